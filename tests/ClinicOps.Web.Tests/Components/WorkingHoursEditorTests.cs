using Bunit;
using ClinicOps.Web.Api;
using ClinicOps.Web.Components.Schedule;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClinicOps.Web.Tests.Components;

public sealed class WorkingHoursEditorTests : BunitContext
{
    [Fact]
    public void Hours_added_and_typed_are_the_weeks_hours()
    {
        Services.AddSingleton(new WorkingHoursClient(new ApiClient(new HttpClient(), NullLogger<ApiClient>.Instance)));
        // The editor stays disabled until its circuit runs.
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var editor = Render<WorkingHoursEditor>(parameters => parameters
            .Add(e => e.DoctorId, Guid.Empty)
            .Add(e => e.Initial, WorkingHours.None(Guid.Empty)));

        editor.Find("button[aria-label='Add hours on Monday']").Click();
        // As the browser's Blazor sends a time input's value.
        editor.Find("#monday-0-end").Change("12:30:00");
        editor.Find("button[aria-label='Add hours on Monday']").Click();

        Assert.Equal("12:30:00", editor.Find("#monday-0-end").GetAttribute("value"));
        Assert.Equal("13:30:00", editor.Find("#monday-1-start").GetAttribute("value"));
    }
}
