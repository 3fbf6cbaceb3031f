using ClinicOps.Web.Api;
using ClinicOps.Web.Components.Shared;

namespace ClinicOps.Web.Tests.Components;

public sealed class ProblemFieldsTests
{
    [Fact]
    public void An_error_naming_a_form_field_goes_to_that_field_ignoring_case()
    {
        var fields = ProblemFields.Split(Problem(("phone", "Phone is not a valid number.")), typeof(PatientForm));

        Assert.Equal(["Phone is not a valid number."], fields.ByProperty[nameof(PatientForm.Phone)]);
        Assert.Empty(fields.Unplaced);
    }

    [Fact]
    public void An_error_naming_no_field_of_the_form_goes_to_the_banner_and_is_not_dropped()
    {
        var fields = ProblemFields.Split(Problem(("phone", "Bad phone."), ("clinicId", "Unknown clinic.")), typeof(PatientForm));

        Assert.Equal(["Unknown clinic."], fields.Unplaced);
        Assert.Single(fields.ByProperty);
    }

    [Fact]
    public void A_field_the_form_names_differently_is_mapped_to_its_input()
    {
        var fields = ProblemFields.Split(Problem(("startsAt", "startsAt must be in the future.")), typeof(BookingForm), BookingForm.ApiFields);

        Assert.Equal(["startsAt must be in the future."], fields.ByProperty[nameof(BookingForm.Date)]);
    }

    [Fact]
    public void Several_messages_for_one_field_are_all_kept()
    {
        var problem = new ApiProblem(400, "Bad request", null, null, new Dictionary<string, string[]>
        {
            ["name"] = ["Name is required."],
            ["Name"] = ["At most 200 characters."],
        });

        var fields = ProblemFields.Split(problem, typeof(PatientForm));

        Assert.Equal(["Name is required.", "At most 200 characters."], fields.ByProperty[nameof(PatientForm.Name)]);
    }

    [Fact]
    public void A_problem_without_field_errors_places_nothing()
    {
        var fields = ProblemFields.Split(new ApiProblem(409, "Conflict", "Taken.", "abc", new Dictionary<string, string[]>()), typeof(PatientForm));

        Assert.Same(ProblemFields.None, fields);
    }

    private static ApiProblem Problem(params (string Field, string Message)[] errors) =>
        new(400, "Bad request", "One or more fields are invalid.", "trace-1", errors.ToDictionary(e => e.Field, e => new[] { e.Message }));
}
