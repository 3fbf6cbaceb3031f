using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Model;
using ClinicOps.Scheduling.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;

namespace ClinicOps.Scheduling.Tests.Doctors;

[Collection(SchedulingCollection.Name)]
public sealed class DoctorsApiTests(SchedulingFactory factory)
{
    [Fact]
    public async Task Registering_a_doctor_answers_201_with_its_location_and_normalised_contacts()
    {
        var clinic = await factory.NewClinicAsync("Europe/Berlin");

        var response = await clinic.Client.PostAsJsonAsync("/api/doctors",
            new { name = " Dr. Ada ", specialization = "cardiology", email = "ada@clinic.example", phone = "030 1234567" });

        var doctor = await response.ReadAsync<DoctorResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/doctors/{doctor.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Dr. Ada", doctor.Name);
        Assert.Equal("+49301234567", doctor.Phone);
        Assert.Equal("ada@clinic.example", doctor.Email);
        Assert.Null(doctor.UserId);
    }

    [Fact]
    public async Task A_doctor_can_be_read_with_an_etag_and_replaced()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();

        var read = await clinic.Client.GetAsync($"/api/doctors/{doctor.Id}");
        Assert.Equal(doctor, await read.ReadAsync<DoctorResponse>(HttpStatusCode.OK));
        Assert.NotNull(read.Headers.ETag);

        var put = await clinic.Client.PutAsJsonAsync($"/api/doctors/{doctor.Id}",
            new { name = "Dr. Ada King", specialization = "neurology", phone = "+44 20 7946 0018" });
        var updated = await put.ReadAsync<DoctorResponse>(HttpStatusCode.OK);
        Assert.Equal(new DoctorResponse(doctor.Id, "Dr. Ada King", "neurology", null, "+442079460018", null), updated);
        Assert.NotEqual(read.Headers.ETag, put.Headers.ETag);
    }

    [Fact]
    public async Task Replacing_a_doctor_with_a_stale_if_match_is_412()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var etag = (await clinic.Client.GetAsync($"/api/doctors/{doctor.Id}")).Headers.ETag!.Tag;
        await clinic.Client.PutAsJsonAsync($"/api/doctors/{doctor.Id}", new { name = "Dr. B", specialization = "x" });

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/doctors/{doctor.Id}")
        {
            Content = JsonContent.Create(new { name = "Dr. C", specialization = "y" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        await (await clinic.Client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Doctors_are_listed_by_name_filtered_by_specialization_and_search_and_paged()
    {
        var clinic = await factory.NewClinicAsync();
        await clinic.Client.AddDoctorAsync("Dr. Zoe", "Cardiology");
        await clinic.Client.AddDoctorAsync("Dr. Adam", "cardiology");
        await clinic.Client.AddDoctorAsync("Dr. Mia", "dermatology");

        var cardiologists = await clinic.Client.GetFromJsonAsync<PagedResult<DoctorResponse>>("/api/doctors?specialization=cardiology");
        Assert.Equal(["Dr. Adam", "Dr. Zoe"], cardiologists!.Items.Select(d => d.Name));
        Assert.Equal(2, cardiologists.TotalCount);

        var search = await clinic.Client.GetFromJsonAsync<PagedResult<DoctorResponse>>("/api/doctors?search=mi");
        Assert.Equal(["Dr. Mia"], search!.Items.Select(d => d.Name));

        var page = await clinic.Client.GetFromJsonAsync<PagedResult<DoctorResponse>>("/api/doctors?page=2&pageSize=2");
        Assert.Equal(["Dr. Zoe"], page!.Items.Select(d => d.Name));
        Assert.Equal((2, 2, 3), (page.Page, page.PageSize, page.TotalCount));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=101")]
    public async Task Listing_doctors_with_a_bad_page_is_400(string query)
    {
        var clinic = await factory.NewClinicAsync();
        await (await clinic.Client.GetAsync($"/api/doctors?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_doctor_may_be_linked_only_to_a_user_of_the_same_clinic()
    {
        var clinic = await factory.NewClinicAsync();
        var other = await factory.NewClinicAsync();
        var ownUser = Guid.CreateVersion7();
        var foreignUser = Guid.CreateVersion7();
        await factory.InClinicAsync(clinic.Id, db =>
        {
            db.ClinicUsers.Add(ClinicUser.Registered(ownUser, "Ada", "doctor", DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        });
        await factory.InClinicAsync(other.Id, db =>
        {
            db.ClinicUsers.Add(ClinicUser.Registered(foreignUser, "Bob", "doctor", DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        });

        var linked = await clinic.Client.AddDoctorAsync(userId: ownUser);
        Assert.Equal(ownUser, linked.UserId);

        var foreign = await clinic.Client.PostAsJsonAsync("/api/doctors", new { name = "Dr. B", specialization = "x", userId = foreignUser });
        await foreign.ShouldBeInvalidAsync("userId");

        var unknown = await clinic.Client.PostAsJsonAsync("/api/doctors", new { name = "Dr. C", specialization = "x", userId = Guid.CreateVersion7() });
        await unknown.ShouldBeInvalidAsync("userId");

        var second = await clinic.Client.PostAsJsonAsync("/api/doctors", new { name = "Dr. D", specialization = "x", userId = ownUser });
        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_owner_links_a_doctor_to_a_user_identity_created_a_moment_ago_but_a_removed_user_stays_removed()
    {
        var clinic = await factory.NewClinicAsync();
        var (justCreated, removed) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        factory.Identity.CreateUser(justCreated);
        factory.Identity.CreateUser(removed);
        await factory.InClinicAsync(clinic.Id, db =>
        {
            db.ClinicUsers.Add(ClinicUser.Removed(removed, DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        });

        // Only owners create users, and identity answers only owners about them: a receptionist's link waits for the event.
        var receptionist = factory.CreateClientFor(clinic.Id, "receptionist");
        var early = await receptionist.PostAsJsonAsync("/api/doctors", new { name = "Dr. A", specialization = "x", userId = justCreated });
        await early.ShouldBeInvalidAsync("userId");
        Assert.DoesNotContain(justCreated, factory.Identity.Asked);

        var linked = await clinic.Client.AddDoctorAsync(userId: justCreated);
        Assert.Equal(justCreated, linked.UserId);
        Assert.Contains(justCreated, factory.Identity.Asked);

        var gone = await clinic.Client.PostAsJsonAsync("/api/doctors", new { name = "Dr. B", specialization = "x", userId = removed });
        await gone.ShouldBeInvalidAsync("userId");
        Assert.DoesNotContain(removed, factory.Identity.Asked);
    }

    [Fact]
    public async Task A_doctor_without_appointments_is_deleted()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await clinic.Client.DeleteAsync($"/api/doctors/{doctor.Id}")).StatusCode);
        await (await clinic.Client.GetAsync($"/api/doctors/{doctor.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_doctor_with_appointments_cannot_be_deleted_even_when_they_are_deleted()
    {
        var clinic = await factory.NewClinicAsync();
        var appointment = await clinic.Client.BookNewAsync();

        var refused = await clinic.Client.DeleteAsync($"/api/doctors/{appointment.DoctorId}");
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("appointments", problem.Detail);

        await clinic.Client.DeleteAsync($"/api/appointments/{appointment.Id}");
        await (await clinic.Client.DeleteAsync($"/api/doctors/{appointment.DoctorId}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Another_clinics_doctor_is_404_for_get_put_and_delete()
    {
        var owner = await factory.NewClinicAsync();
        var stranger = await factory.NewClinicAsync();
        var doctor = await owner.Client.AddDoctorAsync();

        await (await stranger.Client.GetAsync($"/api/doctors/{doctor.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.PutAsJsonAsync($"/api/doctors/{doctor.Id}", new { name = "X", specialization = "y" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.DeleteAsync($"/api/doctors/{doctor.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var list = await stranger.Client.GetFromJsonAsync<PagedResult<DoctorResponse>>("/api/doctors");
        Assert.Empty(list!.Items);

        Assert.Equal(doctor, await (await owner.Client.GetAsync($"/api/doctors/{doctor.Id}")).ReadAsync<DoctorResponse>(HttpStatusCode.OK));
    }
}
