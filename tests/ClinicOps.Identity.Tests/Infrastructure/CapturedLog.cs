using Microsoft.Extensions.Logging;

namespace ClinicOps.Identity.Tests.Infrastructure;

public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, string?> Values);
