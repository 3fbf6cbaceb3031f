using System.Text.RegularExpressions;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// The clinic's appointment types: listed, created, edited and archived (DELETE). A name taken by another type still
/// offered is refused by the unique index (23505 → 409).
/// </summary>
public sealed partial class AppointmentTypeService(SchedulingDbContext db, TimeProvider time)
{
    public Task<PagedResult<AppointmentTypeResponse>> ListAsync(AppointmentTypeFilter filter, PageRequest page, CancellationToken ct)
    {
        page.Validate();
        var query = db.AppointmentTypes.AsNoTracking();
        if (filter.IncludeArchived != true)
        {
            query = query.Where(t => t.ArchivedAt == null);
        }

        return query.OrderBy(t => t.Name).ThenBy(t => t.Id).ToPagedResultAsync(page, AppointmentTypeResponse.Projection, ct);
    }

    public Task<AppointmentType> GetAsync(Guid id, CancellationToken ct) => db.AppointmentTypes.GetAsync(id, "Appointment type", ct);

    public async Task<AppointmentType> CreateAsync(AppointmentTypeRequest request, CancellationToken ct)
    {
        var type = AppointmentType.Create(Validate(request), time.Now());
        db.AppointmentTypes.Add(type);
        await db.SaveChangesAsync(ct);
        return type;
    }

    /// <summary>Edits the type; appointments booked with it keep the price they were booked at.</summary>
    public async Task<AppointmentType> UpdateAsync(Guid id, AppointmentTypeRequest request, string? ifMatch, CancellationToken ct)
    {
        var details = Validate(request);
        var type = await db.AppointmentTypes.GetForChangeAsync(id, ifMatch, "Appointment type", ct);
        if (type.Update(details))
        {
            await db.SaveChangesAsync(ct);
        }

        return type;
    }

    /// <summary>Archives the type (again: nothing changes); its appointments keep it.</summary>
    public async Task ArchiveAsync(Guid id, CancellationToken ct)
    {
        var type = await db.AppointmentTypes.GetTrackedAsync(id, "Appointment type", ct);
        if (type.Archive(time.Now()))
        {
            await db.SaveChangesAsync(ct);
        }
    }

    private static AppointmentTypeDetails Validate(AppointmentTypeRequest request)
    {
        var name = Text.Clean(request.Name);
        var color = Text.Clean(request.Color);
        var errors = new ValidationErrors()
            .AddIf(name is null, "name", "name is required.")
            .AddIf(name?.Length > AppointmentType.MaxNameLength, "name", $"name must be at most {AppointmentType.MaxNameLength} characters.")
            .AddIf(request.DurationMinutes is null, "durationMinutes", "durationMinutes is required.")
            .AddIf(request.Price is { } price && !Prices.IsValid(price), "price",
                $"price must be between 0 and {Prices.Max} with at most 2 decimals.")
            .AddIf(color is not null && !Colour().IsMatch(color), "color", "color must be written #RRGGBB, e.g. #1E90FF.");
        AppointmentInput.Duration(request.DurationMinutes, errors);
        errors.ThrowIfAny();
        return new AppointmentTypeDetails(name!, request.DurationMinutes!.Value, request.Price is { } p ? Prices.Normalize(p) : null,
            color?.ToUpperInvariant());
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex Colour();
}
