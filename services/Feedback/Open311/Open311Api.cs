using System.Text.Json.Nodes;

namespace VanPhong.Feedback.Open311;

/// <summary>
/// Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) over the PAKN service, so any Open311 client can file
/// and follow a PAKN: service discovery, the services (the categories of Decree 20/2008 Art. 5) and their definitions,
/// POST and GET requests, in XML and JSON. Requests show only what is public: status and service always, the
/// (redacted) question, answer and location only once the answer is published. Posting needs an API key the
/// administrator issued; reading does not. Every service is "realtime": the tracking code comes back at once, so the
/// token resource only says that no token exists.
/// </summary>
/// <remarks>
/// Every Open311 route is here; what each answers is beside it: <see cref="Open311Discovery"/> (discovery, services,
/// definitions, tokens), <see cref="Open311Submission"/> (POST requests), <see cref="Open311Lookup"/> (GET requests),
/// <see cref="Open311RequestView"/> (a request as the public sees it), <see cref="Open311Arguments"/> (the format and
/// jurisdiction every route checks) and <see cref="Open311Result"/> (the XML and JSON written).
/// </remarks>
public static class Open311Api
{
    public const string Prefix = VanPhong.Topology.RoutePrefixes.PublicOpen311 + "/v2";

    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    /// <summary>Service discovery (Service Discovery spec): at the Open311 root, above the versioned endpoint.</summary>
    public static RouteGroupBuilder MapOpen311Discovery(this RouteGroupBuilder group)
    {
        group.MapGet("/discovery.{format}", Open311Discovery.Discovery).WithName("Open311Discovery")
            .Answers(StatusCodes.Status200OK, StatusCodes.Status404NotFound);
        return group;
    }

    public static RouteGroupBuilder MapOpen311(this RouteGroupBuilder group)
    {
        group.MapGet("/services.{format}", Open311Discovery.Services).WithName("Open311Services")
            .Answers(StatusCodes.Status200OK, StatusCodes.Status404NotFound);
        group.MapGet("/services/{service_code}.{format}", Open311Discovery.Definition).WithName("Open311ServiceDefinition")
            .Answers(StatusCodes.Status200OK, StatusCodes.Status404NotFound);
        group.MapPost("/requests.{format}", Open311Submission.CreateAsync).WithName("Open311CreateRequest").DisableAntiforgery()
            .Answers(StatusCodes.Status201Created, StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        group.MapGet("/requests.{format}", Open311Lookup.ListAsync).WithName("Open311Requests")
            .Answers(StatusCodes.Status200OK, StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapGet("/requests/{service_request_id}.{format}", Open311Lookup.GetAsync).WithName("Open311Request")
            .Answers(StatusCodes.Status200OK, StatusCodes.Status404NotFound);
        // No success: every service is realtime, so there is never a token to show.
        group.MapGet("/tokens/{token}.{format}", Open311Discovery.Token).WithName("Open311Token")
            .Answers(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>
    /// The statuses a route answers, for the OpenAPI document: an <see cref="Open311Result"/> takes its format from the
    /// URL and its status from the outcome at run time, so no result type can declare them. Errors are GeoReport v2's
    /// error list, not problem details, and the body is described only as JSON of any shape (or its XML mapping).
    /// </summary>
    private static RouteHandlerBuilder Answers(this RouteHandlerBuilder route, params int[] statusCodes)
    {
        foreach (var statusCode in statusCodes)
        {
            route.Produces(statusCode, typeof(JsonNode), contentType: "text/xml", additionalContentTypes: ["application/json"]);
        }

        return route;
    }
}
