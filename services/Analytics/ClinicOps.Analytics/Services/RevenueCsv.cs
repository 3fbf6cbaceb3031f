using System.Globalization;
using System.Text;
using ClinicOps.Analytics.Dtos;

namespace ClinicOps.Analytics.Services;

/// <summary>The revenue report as CSV: header `date,revenue,payments`, invariant culture (2025-01-31,120.50,3).</summary>
public static class RevenueCsv
{
    public const string ContentType = "text/csv";

    public static string Write(IEnumerable<DailyRevenueResponse> days)
    {
        var csv = new StringBuilder("date,revenue,payments\n");
        foreach (var day in days)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{day.Date:yyyy-MM-dd},{day.Revenue:0.00},{day.Payments}\n");
        }

        return csv.ToString();
    }
}
