using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace VanPhong.ServiceDefaults;

/// <summary>
/// The field messages of one 400 answer, collected while a request is checked so that everything wrong is said at
/// once. Fields keep the order they were first named in and a field its messages in the order they were added, which
/// is the order of <c>errors</c> in the answer (<see cref="ToProblem"/>) and of the messages the web pages show beside
/// each field.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.Ordinal);

    /// <summary>One field's message (what <see cref="Problems.Invalid"/> answers, for a check that goes on collecting).</summary>
    public static ValidationErrors Of(string field, string message) => new ValidationErrors().Add(field, message);

    public bool IsEmpty => _fields.Count == 0;

    public bool Any => _fields.Count > 0;

    /// <summary>Whether the field already has a message (a later check that would only repeat it is skipped).</summary>
    public bool Has(string field) => _fields.ContainsKey(field);

    /// <summary>Adds a message to the field's messages.</summary>
    public ValidationErrors Add(string field, string message)
    {
        if (_fields.TryGetValue(field, out var messages))
        {
            messages.Add(message);
        }
        else
        {
            _fields[field] = [message];
        }

        return this;
    }

    /// <summary>
    /// The field's one message, in place of what an earlier check said of it: a later, more precise check overrules a
    /// general one ("must be 100%" over "from 0 to 100"). The field keeps its place in the answer.
    /// </summary>
    public ValidationErrors Set(string field, string message)
    {
        _fields[field] = [message];
        return this;
    }

    /// <summary>Adds every message of <paramref name="other"/>, field by field, after those already here.</summary>
    public ValidationErrors Add(ValidationErrors other) => Add(other, field => field);

    /// <summary>Adds the messages of <paramref name="other"/> under <paramref name="prefix"/> ("items[2]" + "." + field).</summary>
    public ValidationErrors Add(string prefix, ValidationErrors other) => Add(other, field => $"{prefix}.{field}");

    /// <summary>The messages by field, in order, as the answer's <c>errors</c> carries them.</summary>
    public Dictionary<string, string[]> ToDictionary() =>
        _fields.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>The 400 validation problem with these messages.</summary>
    public ValidationProblem ToProblem(string? title = null, string? detail = null) =>
        TypedResults.ValidationProblem(ToDictionary(), title: title, detail: detail);

    private ValidationErrors Add(ValidationErrors other, Func<string, string> name)
    {
        foreach (var (field, messages) in other._fields)
        {
            foreach (var message in messages)
            {
                Add(name(field), message);
            }
        }

        return this;
    }
}
