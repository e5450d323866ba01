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
    /// <summary>
    /// 404: the record does not exist (or the caller may not know it does). Without a title it is the bare 404, titled
    /// as the status-code page titled it before the endpoints named what was missing.
    /// </summary>
    public static NotFoundProblem NotFound(string title = "Không tìm thấy", string? detail = null) => new(title, detail);

    /// <summary>409: the record's state or version does not allow the step.</summary>
    public static ConflictProblem Conflict(string title, string? detail = null, IDictionary<string, object?>? extensions = null) =>
        new(title, detail, extensions);

    /// <summary>400 with one field's message.</summary>
    public static ValidationProblem Invalid(string field, string message, string? title = null) =>
        ValidationErrors.Of(field, message).ToProblem(title);

    /// <summary>400 for a request that cannot be read as a whole (no field to name).</summary>
    public static BadRequestProblem BadRequest(string title, string? detail = null) => new(title, detail);

    /// <summary>403: the record belongs to another unit or division.</summary>
    public static ForbiddenProblem Forbidden(string title, string? detail = null) => new(title, detail);

    /// <summary>413: the upload is too large.</summary>
    public static TooLargeProblem TooLarge(string title, string? detail = null) => new(title, detail);
}
