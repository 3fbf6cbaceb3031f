using System.Linq.Expressions;
using Bunit;
using ClinicOps.Web.Api;
using ClinicOps.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace ClinicOps.Web.Tests.Components;

public sealed class ApiValidationTests : BunitContext
{
    [Fact]
    public void The_apis_field_error_shows_next_to_its_input_and_marks_it_invalid()
    {
        var model = new PatientForm { Name = "Ann", Phone = "12" };
        var problem = new ApiProblem(400, "Bad request", null, "t1", new Dictionary<string, string[]> { ["phone"] = ["Phone is not a valid number."] });

        var form = RenderForm(model, problem);

        Assert.Equal("Phone is not a valid number.", form.Find(".validation-message").TextContent);
        Assert.Contains("is-invalid", form.Find("#phone").ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("is-invalid", form.Find("#name").ClassName ?? "", StringComparison.Ordinal);
        Assert.Equal("12", form.Find("#phone").GetAttribute("value"));
    }

    [Fact]
    public void A_new_problem_replaces_the_old_messages()
    {
        var model = new PatientForm();
        var first = new ApiProblem(400, "Bad", null, null, new Dictionary<string, string[]> { ["phone"] = ["Bad phone."] });
        var form = RenderForm(model, first);

        var second = new ApiProblem(400, "Bad", null, null, new Dictionary<string, string[]> { ["name"] = ["Name is required."] });
        form.Render(parameters => parameters.Add(f => f.ChildContent, Fields(model, second)));

        Assert.Equal(["Name is required."], form.FindAll(".validation-message").Select(m => m.TextContent));
    }

    [Fact]
    public void Errors_of_a_part_of_the_model_go_to_that_parts_inputs()
    {
        var booking = new BookingForm { NewPatient = new PatientForm { Phone = "1" } };
        var problem = new ApiProblem(400, "Bad", null, null, new Dictionary<string, string[]> { ["phone"] = ["Phone is not valid."] });

        var form = Render<EditForm>(parameters => parameters
            .Add(f => f.Model, booking)
            .Add(f => f.ChildContent, (EditContext _) => builder =>
            {
                builder.OpenComponent<ApiValidation>(0);
                builder.AddComponentParameter(1, nameof(ApiValidation.Problem), problem);
                builder.AddComponentParameter(2, nameof(ApiValidation.Model), booking.NewPatient);
                builder.CloseComponent();
                builder.OpenComponent<ValidationMessage<string?>>(3);
                builder.AddComponentParameter(4, "For", (Expression<Func<string?>>)(() => booking.NewPatient.Phone));
                builder.CloseComponent();
            }));

        Assert.Equal("Phone is not valid.", form.Find(".validation-message").TextContent);
    }

    private IRenderedComponent<EditForm> RenderForm(PatientForm model, ApiProblem problem) =>
        Render<EditForm>(parameters => parameters.Add(f => f.Model, model).Add(f => f.ChildContent, Fields(model, problem)));

    private static RenderFragment<EditContext> Fields(PatientForm model, ApiProblem problem) => _ => builder =>
    {
        builder.OpenComponent<ApiValidation>(0);
        builder.AddComponentParameter(1, nameof(ApiValidation.Problem), problem);
        builder.CloseComponent();
        builder.OpenRegion(10);
        AddInput(builder, "name", () => model.Name, value => model.Name = value);
        builder.CloseRegion();
        builder.OpenRegion(20);
        AddInput(builder, "phone", () => model.Phone, value => model.Phone = value);
        builder.CloseRegion();
    };

    private static void AddInput(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder, string id,
        Expression<Func<string?>> field, Action<string?> set)
    {
        builder.OpenComponent<InputText>(0);
        builder.AddAttribute(1, "id", id);
        builder.AddComponentParameter(2, nameof(InputText.Value), field.Compile()());
        builder.AddComponentParameter(3, nameof(InputText.ValueChanged), EventCallback.Factory.Create<string?>(new object(), set));
        builder.AddComponentParameter(4, nameof(InputText.ValueExpression), field);
        builder.CloseComponent();
        builder.OpenComponent<ValidationMessage<string?>>(5);
        builder.AddComponentParameter(6, "For", field);
        builder.CloseComponent();
    }
}
