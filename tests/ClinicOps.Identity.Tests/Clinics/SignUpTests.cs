using System.Net;
using System.Net.Http.Json;
using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Tests.Infrastructure;

namespace ClinicOps.Identity.Tests.Clinics;

[Collection(IdentityCollection.Name)]
public sealed class SignUpTests(IdentityFactory factory)
{
    [Fact]
    public async Task Sign_up_creates_the_clinic_and_its_owner_and_signs_them_in()
    {
        var email = Requests.UniqueEmail();
        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(email, timeZone: "America/New_York", currency: "usd"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<AuthResponse>())!;
        Assert.Equal(new ClinicResponse(body.Clinic.Id, "Riverside Clinic", "America/New_York", "USD", 15), body.Clinic);
        Assert.Equal(new UserResponse(body.User.Id, "Ann Owner", email, "owner"), body.User);
        Assert.False(string.IsNullOrEmpty(body.AccessToken));
        Assert.False(string.IsNullOrEmpty(body.RefreshToken));
        Assert.Equal(900, body.ExpiresIn);
        Assert.Equal(7, body.Clinic.Id.Version);
    }

    [Fact]
    public async Task Sign_up_then_login_then_me_shows_the_user_and_their_clinic()
    {
        var clinic = await factory.SignUpAsync();

        var session = await factory.LoginOkAsync(clinic.Email, clinic.Password);
        var me = await factory.ClientFor(session).GetFromJsonAsync<MeResponse>("/api/me");

        Assert.Equal(clinic.Session.User, me!.User);
        Assert.Equal(clinic.Session.Clinic, me.Clinic);
        Assert.Equal(clinic.Session.User, session.User);
        Assert.Equal(clinic.Session.Clinic, session.Clinic);
    }

    [Fact]
    public async Task Emails_are_trimmed_and_lower_cased()
    {
        var email = Requests.UniqueEmail();
        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody($"  {email.ToUpperInvariant()} "));

        var body = (await response.Content.ReadFromJsonAsync<AuthResponse>())!;
        Assert.Equal(email, body.User.Email);
        await factory.LoginOkAsync(email.ToUpperInvariant());
    }

    [Fact]
    public async Task An_email_already_used_in_any_clinic_answers_409()
    {
        var first = await factory.SignUpAsync();

        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(first.Email.ToUpperInvariant()));

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("An account with this email already exists.", problem.Detail);
    }

    [Fact]
    public async Task Sign_ups_racing_for_one_email_create_one_account()
    {
        var email = Requests.UniqueEmail();

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(email))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(1L, (await factory.QueryAsync<long>("SELECT count(*) FROM users WHERE email = $1", email))[0]);
    }

    [Fact]
    public async Task The_sign_up_token_works_right_away()
    {
        var clinic = await factory.SignUpAsync();

        var me = await factory.ClientFor(clinic.Session).GetFromJsonAsync<MeResponse>("/api/me");

        Assert.Equal(new MeResponse(clinic.Session.User, clinic.Session.Clinic), me);
    }

    [Theory]
    [InlineData("Short1!", "at least 8")]
    [InlineData("password1", "common")]
    [InlineData("BASEBALL", "common")]
    [InlineData("iloveyou", "common")]
    [InlineData("password123", "too easy to guess")]
    [InlineData("Summer2024!", "too easy to guess")]
    [InlineData("Riverside123", "too easy to guess")]
    [InlineData("qwertyuiop1", "too easy to guess")]
    public async Task Weak_and_common_passwords_are_refused(string password, string reason)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(Requests.UniqueEmail(), password));

        var problem = await response.ValidationProblemAsync();
        Assert.Contains(reason, Assert.Single(problem.Errors["password"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zelda.quill-Harbour-77", "your email")]
    [InlineData("Compass-Ann-Owner-58", "your name")]
    [InlineData("riverside-clinic-Lantern-9", "your clinic name")]
    public async Task A_password_containing_the_users_email_name_or_clinic_name_is_refused(string password, string reason)
    {
        var email = $"zelda.quill@{Guid.CreateVersion7():N}.example.com";

        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(email, password));

        var problem = await response.ValidationProblemAsync();
        Assert.Contains(reason, Assert.Single(problem.Errors["password"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clinicName", "Sunrise\r\nBcc: victim@example.com")]
    [InlineData("ownerName", "Ann\nOwner")]
    [InlineData("ownerName", "Ann\tOwner")]
    [InlineData("clinicName", "Sunrise\u2028Clinic")]
    public async Task Names_with_line_breaks_or_other_control_characters_are_refused(string field, string value)
    {
        var body = new Dictionary<string, string>
        {
            ["clinicName"] = "Riverside Clinic", ["timeZone"] = "Europe/London", ["currency"] = "GBP", ["ownerName"] = "Ann Owner",
            ["email"] = Requests.UniqueEmail(), ["password"] = Requests.Password,
        };
        body[field] = value;

        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", body);

        var problem = await response.ValidationProblemAsync();
        Assert.Equal([field], problem.Errors.Keys);
        Assert.Contains("control characters", Assert.Single(problem.Errors[field]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_with_a_mail_header_after_a_line_break_is_refused()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(Requests.UniqueEmail() + "\r\nBcc: victim@example.com"));

        var problem = await response.ValidationProblemAsync();
        Assert.Equal(["email"], problem.Errors.Keys);
    }

    [Fact]
    public async Task Passwords_longer_than_128_characters_are_refused()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(Requests.UniqueEmail(), new string('k', 129)));

        var problem = await response.ValidationProblemAsync();
        Assert.Contains("at most 128", Assert.Single(problem.Errors["password"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(73, 'k')] // ASCII: one byte per character
    [InlineData(37, 'é')] // two bytes each: 74 bytes in only 37 characters
    public async Task Passwords_beyond_bcrypts_72_bytes_are_refused(int length, char character)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(Requests.UniqueEmail(), new string(character, length)));

        var problem = await response.ValidationProblemAsync();
        Assert.Contains("72 bytes", Assert.Single(problem.Errors["password"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_72_byte_password_is_accepted_and_every_byte_counts()
    {
        var email = Requests.UniqueEmail();
        var first71 = "Velvet-Orchard-Compass-58-Amber-Falcon-Meadow-77-Quiet-Harbour-Lantern-4"[..71];
        var password = first71 + "x";
        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(email, password));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(email, password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.LoginAsync(email, first71 + "y")).StatusCode);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Pacific Standard Time")] // a Windows id, not IANA
    [InlineData("localtime")]
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    public async Task Unknown_or_non_IANA_time_zones_are_refused(string timeZone)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(Requests.UniqueEmail(), timeZone: timeZone));

        var problem = await response.ValidationProblemAsync();
        Assert.True(problem.Errors.ContainsKey("timeZone"));
        Assert.False(problem.Errors.ContainsKey("currency"));
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("usd1")]
    [InlineData("US")]
    [InlineData("")]
    public async Task Unknown_currencies_are_refused(string currency)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(Requests.UniqueEmail(), currency: currency));

        var problem = await response.ValidationProblemAsync();
        Assert.True(problem.Errors.ContainsKey("currency"));
        Assert.False(problem.Errors.ContainsKey("timeZone"));
    }

    [Fact]
    public async Task Every_missing_field_is_reported_at_once()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", new { });

        var problem = await response.ValidationProblemAsync();
        Assert.Equal(["clinicName", "currency", "email", "ownerName", "password", "timeZone"], problem.Errors.Keys.Order());
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("ann@localhost")]
    [InlineData("Ann <ann@clinic.test>")]
    public async Task A_malformed_email_is_refused(string email)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(email));

        var problem = await response.ValidationProblemAsync();
        Assert.True(problem.Errors.ContainsKey("email"));
    }

    [Fact]
    public async Task An_email_longer_than_254_characters_is_refused()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(new string('a', 250) + "@x.io"));

        var problem = await response.ValidationProblemAsync();
        Assert.Contains("254", Assert.Single(problem.Errors["email"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_answers_400_problem()
    {
        var response = await factory.CreateClient().PostAsync("/api/clinics", new StringContent("{ nope", System.Text.Encoding.UTF8, "application/json"));

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }
}
