using Microsoft.AspNetCore.Components.Forms;

namespace ClinicOps.Web.Components.Shared;

/// <summary>Marks an input with an error the Bootstrap way (<c>is-invalid</c>), so its message and colour show.</summary>
public sealed class BootstrapFieldCss : FieldCssClassProvider
{
    public override string GetFieldCssClass(EditContext editContext, in FieldIdentifier fieldIdentifier) =>
        editContext.GetValidationMessages(fieldIdentifier).Any() ? "is-invalid" : "";
}
