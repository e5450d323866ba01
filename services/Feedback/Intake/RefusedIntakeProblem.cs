using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Intake;

/// <summary>
/// 422: the PAKN is well formed but is not received — a rule of Decree 20/2008 refuses it (with the rule as its
/// <c>type</c> and <c>reason</c>), or its Idempotency-Key was used for another PAKN. Only intake answers 422, so the
/// typed problem lives here rather than beside the shared ones in ServiceDefaults.
/// </summary>
public sealed class RefusedIntakeProblem(string title, string? detail, string? type = null, IDictionary<string, object?>? extensions = null)
    : TypedProblem(TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: title, detail: detail, type: type, extensions: extensions)),
        IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Declare(builder, StatusCodes.Status422UnprocessableEntity, typeof(ProblemDetails));
}
