namespace ClinicOps.ServiceDefaults.Problems;

/// <summary>Collects field errors so a request gets all of them at once, then throws one ValidationException.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool IsEmpty => _errors.Count == 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    /// <summary>Adds <paramref name="message"/> when <paramref name="failed"/> is true.</summary>
    public ValidationErrors AddIf(bool failed, string field, string message) => failed ? Add(field, message) : this;

    /// <summary>Adds the field error of <see cref="SingleLineText"/> when <paramref name="value"/> holds a control character.</summary>
    public ValidationErrors AddIfNotSingleLine(string field, string? value) =>
        AddIf(!SingleLineText.IsSingleLine(value), field, SingleLineText.Message);

    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new ValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
