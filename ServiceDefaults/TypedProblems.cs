using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace VanPhong.ServiceDefaults;

/// <summary>
/// A problem answer whose status is part of its type, so a handler declaring <c>Results&lt;Ok&lt;T&gt;, NotFoundProblem&gt;</c>
/// documents its 404 in the OpenAPI document. It runs the wrapped <see cref="ProblemHttpResult"/> unchanged: the
/// problem-details service still writes the body (translated title, <c>traceId</c>, <c>application/problem+json</c>),
/// which <c>TypedResults.NotFound&lt;ProblemDetails&gt;</c> would bypass.
/// </summary>
public abstract class TypedProblem(ProblemHttpResult inner)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
{
    private const string ContentType = "application/problem+json";

    public ProblemDetails ProblemDetails => inner.ProblemDetails;

    public int StatusCode => inner.StatusCode;

    int? IStatusCodeHttpResult.StatusCode => inner.StatusCode;

    string? IContentTypeHttpResult.ContentType => inner.ContentType;

    object? IValueHttpResult.Value => inner.ProblemDetails;

    ProblemDetails? IValueHttpResult<ProblemDetails>.Value => inner.ProblemDetails;

    public Task ExecuteAsync(HttpContext httpContext) => inner.ExecuteAsync(httpContext);

    /// <summary>What each sealed problem declares for its status.</summary>
    protected static void Declare(EndpointBuilder builder, int statusCode, Type body) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(statusCode, body, [ContentType]));

    internal static ProblemHttpResult Problem(int statusCode, string title, string? detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(statusCode: statusCode, title: title, detail: detail, extensions: extensions);
}

/// <summary>404: the record does not exist (or the caller may not know it does).</summary>
public sealed class NotFoundProblem(string title, string? detail = null)
    : TypedProblem(Problem(StatusCodes.Status404NotFound, title, detail)), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Declare(builder, StatusCodes.Status404NotFound, typeof(ProblemDetails));
}

/// <summary>409: the record's state or version does not allow the step.</summary>
public sealed class ConflictProblem(string title, string? detail = null, IDictionary<string, object?>? extensions = null)
    : TypedProblem(Problem(StatusCodes.Status409Conflict, title, detail, extensions)), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Declare(builder, StatusCodes.Status409Conflict, typeof(ProblemDetails));
}

/// <summary>400 without field messages: the request as a whole cannot be read (an empty file, an unknown format).</summary>
public sealed class BadRequestProblem(string title, string? detail = null)
    : TypedProblem(Problem(StatusCodes.Status400BadRequest, title, detail)), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Declare(builder, StatusCodes.Status400BadRequest, typeof(ProblemDetails));
}

/// <summary>403: signed in, but this record is not the caller's (another unit's PAKN, another division's procedure).</summary>
public sealed class ForbiddenProblem(string title, string? detail = null)
    : TypedProblem(Problem(StatusCodes.Status403Forbidden, title, detail)), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Declare(builder, StatusCodes.Status403Forbidden, typeof(ProblemDetails));
}

/// <summary>413: the upload is larger than the endpoint accepts.</summary>
public sealed class TooLargeProblem(string title, string? detail = null)
    : TypedProblem(Problem(StatusCodes.Status413PayloadTooLarge, title, detail)), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Declare(builder, StatusCodes.Status413PayloadTooLarge, typeof(ProblemDetails));
}
