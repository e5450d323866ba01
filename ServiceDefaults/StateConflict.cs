using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace VanPhong.ServiceDefaults;

/// <summary>
/// A step that the record's state does not allow (answering a PAKN that is not approved, reporting on a cancelled
/// item): thrown by the entity that guards its own state machine, answered 409 with its Vietnamese title and detail.
/// </summary>
public sealed class StateConflictException(string title, string detail) : Exception(detail)
{
    public string Title { get; } = title;

    public string Detail { get; } = detail;
}

internal sealed class StateConflictExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not StateConflictException conflict)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = conflict.Title, Detail = conflict.Detail },
        });
    }
}
