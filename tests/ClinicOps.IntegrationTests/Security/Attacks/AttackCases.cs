namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>Every attack of the suite, by name.</summary>
public static class AttackCases
{
    public static readonly IReadOnlyList<AttackCase> All =
    [
        .. TokenAttacks.Cases, .. RoleAttacks.Cases, .. BodyAttacks.Cases, .. EnumAttacks.Cases, .. MoneyAttacks.Cases,
        .. DateAttacks.Cases, .. ClinicSettingAttacks.Cases, .. ScheduleAttacks.Cases, .. PagingAttacks.Cases, .. IdAttacks.Cases,
        .. IdempotencyKeyAttacks.Cases, .. ControlCharacterAttacks.Cases, .. AcceptHeaderAttacks.Cases,
    ];

    public static AttackCase Named(string name) => All.Single(c => c.Name == name);
}
