namespace ClinicOps.Billing.Model;

public static class PaymentMethod
{
    public const string Cash = "cash";
    public const string Card = "card";
    public const string Transfer = "transfer";
    public const string Insurance = "insurance";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Cash, Card, Transfer, Insurance, Other];
}
