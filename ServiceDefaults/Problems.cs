using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace VanPhong.ServiceDefaults;

/// <summary>
/// The RFC 7807 answers every endpoint gives, built one way: a Vietnamese title (what went wrong, for the reader) and
/// a detail (which record, what to do). Validation problems name the field each message belongs to, as the web pages
/// show them beside it.
/// </summary>
public static class Problems
{
    /// <summary>404: the record does not exist (or the caller may not know it does).</summary>
    public static ProblemHttpResult NotFound(string title, string? detail = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    /// <summary>409: the record's state or version does not allow the step.</summary>
    public static ProblemHttpResult Conflict(string title, string? detail = null, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail, extensions: extensions);

    /// <summary>400 with one field's message.</summary>
    public static ValidationProblem Invalid(string field, string message, string? title = null) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: title);
}
