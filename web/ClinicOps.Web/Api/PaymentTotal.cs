namespace ClinicOps.Web.Api;

/// <summary>How many payments of one status (and currency) and how much money they hold.</summary>
public sealed record PaymentTotal(string Status, string Currency, int Count, decimal Amount);
