namespace ClinicOps.Web.Api;

/// <summary>The appointment type form as typed; the API checks every rule (length 5–480 minutes, price, colour, unique name).</summary>
public sealed class AppointmentTypeForm
{
    /// <summary>The colour a new type starts with: Bootstrap's blue, readable behind dark text at the calendar's tint.</summary>
    public const string DefaultColor = "#0d6efd";

    public string? Name { get; set; }
    public int DurationMinutes { get; set; } = 30;
    public decimal? Price { get; set; }
    public string? Color { get; set; } = DefaultColor;

    /// <summary>The version the form was filled from (sent as If-Match), so a stale edit is refused, not applied.</summary>
    public string? ETag { get; set; }

    public static AppointmentTypeForm From(AppointmentType type, string? etag) => new()
    {
        ETag = etag,
        Name = type.Name,
        DurationMinutes = type.DurationMinutes,
        Price = type.Price,
        Color = type.Color,
    };

    public object ToBody() => new { name = Name, durationMinutes = DurationMinutes, price = Price, color = Blank.ToNull(Color) };
}
