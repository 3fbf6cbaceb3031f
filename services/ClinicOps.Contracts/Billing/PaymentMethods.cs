namespace ClinicOps.Contracts.Billing;

/// <summary>How a payment is made: the lower-case words of the API and of every payment event.</summary>
public static class PaymentMethods
{
    public const string Cash = "cash";
    public const string Card = "card";
    public const string Transfer = "transfer";
    public const string Insurance = "insurance";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Cash, Card, Transfer, Insurance, Other];
}
