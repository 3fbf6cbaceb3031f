using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace ClinicOps.Identity.Services;

/// <summary>
/// Structured audit lines: event, clinic, acting user, the subject (the user acted on, or the email tried) and the
/// request's trace id. Never a password, hash or token.
/// </summary>
public sealed class AuditLog(ILogger<AuditLog> logger, IHttpContextAccessor http)
{
    public void Record(string auditEvent, Guid? clinicId, Guid? userId, string? subject = null) =>
        logger.LogInformation("Audit {Event} clinic {ClinicId} user {UserId} subject {Subject} trace {TraceId}",
            auditEvent, clinicId, userId, subject, TraceId);

    public void Warn(string auditEvent, Guid? clinicId, Guid? userId, string? subject = null) =>
        logger.LogWarning("Audit {Event} clinic {ClinicId} user {UserId} subject {Subject} trace {TraceId}",
            auditEvent, clinicId, userId, subject, TraceId);

    private string? TraceId => Activity.Current?.TraceId.ToString() ?? http.HttpContext?.TraceIdentifier;
}
