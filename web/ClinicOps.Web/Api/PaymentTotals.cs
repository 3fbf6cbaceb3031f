namespace ClinicOps.Web.Api;

/// <summary>
/// The totals of every payment a filter matches, per status and currency (a clinic that changed its currency has payments
/// in both). <see cref="Complete"/> is false when the range held more payments than were added up.
/// </summary>
public sealed record PaymentTotals(IReadOnlyList<PaymentTotal> ByStatus, int Counted, bool Complete)
{
    public static PaymentTotals Of(IEnumerable<Payment> payments, bool complete)
    {
        var list = payments.ToList();
        var byStatus = list
            .GroupBy(p => (p.Status, p.Currency))
            .OrderBy(g => PaymentStatusOrder(g.Key.Status)).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
            .Select(g => new PaymentTotal(g.Key.Status, g.Key.Currency, g.Count(), g.Sum(p => p.Amount)))
            .ToList();
        return new PaymentTotals(byStatus, list.Count, complete);
    }

    /// <summary>The order statuses are listed in everywhere; an unknown one last.</summary>
    private static int PaymentStatusOrder(string status) => PaymentStatus.All.TakeWhile(s => s != status).Count();
}
