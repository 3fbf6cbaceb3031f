using ClinicOps.Web.Api;

namespace ClinicOps.Web.Calendar;

/// <summary>
/// An appointment placed on the grid: in the slot it starts in, <see cref="Offset"/> rows down from that slot's top and
/// <see cref="Rows"/> rows tall; appointments overlapping in one column (a cancelled visit and the one booked in its
/// place) share its width in <see cref="Lanes"/> lanes.
/// </summary>
/// <param name="Color">The type's "#RRGGBB", or null for the calendar's neutral colour.</param>
public sealed record AppointmentBlock(Appointment Appointment, int Column, int Row, double Offset, double Rows, int Lane, int Lanes, string? Color);
