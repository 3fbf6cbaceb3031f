namespace ClinicOps.Web.Api;

/// <summary>The API's payment methods, in the order the form offers them.</summary>
public static class PaymentMethod
{
    public const string Card = "card";
    public const string Cash = "cash";
    public const string Transfer = "transfer";
    public const string Insurance = "insurance";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Card, Cash, Transfer, Insurance, Other];

    public static string Label(string method) => method switch
    {
        Card => "Card",
        Cash => "Cash",
        Transfer => "Bank transfer",
        Insurance => "Insurance",
        Other => "Other",
        _ => method,
    };
}
