using System.Text.Json;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.OpenApi;

/// <summary>
/// Each service's OpenAPI document, served by its real pipeline, shows every answer a handler gives (issue 18): a
/// handler known to answer 404 documents it as <c>application/problem+json</c>, and no operation lacks its 2xx answer.
/// Catches a handler that drifts back to an untyped <c>IResult</c>, or a problem result that loses its status.
/// </summary>
public sealed class OpenApiDocumentTests(SharedBroker broker)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public Task Catalog_document_shows_the_procedure_404_and_every_success() =>
        AssertDocumentAsync<VanPhong.Catalog.Marker>(ResourceNames.CatalogDb, $"{RoutePrefixes.Procedures}/{{code}}", "get");

    [Fact]
    public Task Reporting_document_shows_the_periodic_report_404_and_every_success() =>
        AssertDocumentAsync<VanPhong.Reporting.Marker>(ResourceNames.ReportingDb, $"{RoutePrefixes.Reports}/periodic/{{id}}", "get");

    [Fact]
    public Task Plans_document_shows_the_plan_404_and_every_success() =>
        AssertDocumentAsync<VanPhong.Plans.Marker>(ResourceNames.PlansDb, $"{RoutePrefixes.Plans}/{{planId}}", "get");

    [Fact]
    public Task Identity_document_shows_the_user_404_and_every_success() =>
        AssertDocumentAsync<VanPhong.Identity.Marker>(ResourceNames.IdentityDb, $"{RoutePrefixes.Identity}/users/{{id}}", "get");

    [Fact]
    public Task Feedback_document_shows_the_case_404_and_every_success() =>
        AssertDocumentAsync<VanPhong.Feedback.Marker>(ResourceNames.FeedbackDb, $"{RoutePrefixes.Feedback}/{{id}}", "get",
            // GeoReport v2's token resource answers 404 by design: every service is realtime, so there is never a token.
            withoutSuccessByDesign: $"GET {VanPhong.Feedback.Open311.Open311Api.Prefix}/tokens/{{token}}.{{format}}");

    [Fact]
    public async Task Feedback_document_shows_why_a_submission_is_refused()
    {
        using var document = await DocumentAsync<VanPhong.Feedback.Marker>(ResourceNames.FeedbackDb);
        var paths = document.RootElement.GetProperty("paths");

        // The citizen's form: invalid (400), already received (409), refused by a rule of Decree 20/2008 (422).
        var submission = paths.GetProperty(RoutePrefixes.PublicFeedback).GetProperty("post").GetProperty("responses");
        foreach (var status in new[] { "201", "400", "409", "422" })
        {
            Assert.True(submission.TryGetProperty(status, out var response), $"POST {RoutePrefixes.PublicFeedback} does not document its {status}");
            if (status != "201")
            {
                Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _),
                    $"POST {RoutePrefixes.PublicFeedback} documents its {status} without application/problem+json");
            }
        }

        // An Open311 client's: GeoReport v2's error list, in the format the URL names.
        var open311 = paths.GetProperty($"{VanPhong.Feedback.Open311.Open311Api.Prefix}/requests.{{format}}").GetProperty("post").GetProperty("responses");
        Assert.Equal(["201", "400", "403", "404"], open311.EnumerateObject().Select(r => r.Name).Order());
        Assert.True(open311.GetProperty("403").GetProperty("content").TryGetProperty("text/xml", out _),
            $"POST {VanPhong.Feedback.Open311.Open311Api.Prefix}/requests.{{format}} documents its 403 without text/xml");
    }

    private async Task AssertDocumentAsync<TMarker>(string database, string notFoundPath, string notFoundMethod, string? withoutSuccessByDesign = null)
        where TMarker : class
    {
        using var document = await DocumentAsync<TMarker>(database);
        var paths = document.RootElement.GetProperty("paths");

        var notFound = paths.GetProperty(notFoundPath).GetProperty(notFoundMethod).GetProperty("responses").GetProperty("404");
        Assert.True(notFound.GetProperty("content").TryGetProperty("application/problem+json", out _),
            $"{notFoundMethod.ToUpperInvariant()} {notFoundPath} documents its 404 without application/problem+json");

        var withoutSuccess = (
            from path in paths.EnumerateObject()
            from operation in path.Value.EnumerateObject()
            where operation.Value.ValueKind == JsonValueKind.Object && operation.Value.TryGetProperty("responses", out _)
            where !operation.Value.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('2'))
            let name = $"{operation.Name.ToUpperInvariant()} {path.Name}"
            where name != withoutSuccessByDesign
            select name).ToList();
        Assert.Empty(withoutSuccess);
    }

    private async Task<JsonDocument> DocumentAsync<TMarker>(string database)
        where TMarker : class
    {
        await using var host = new ServiceHost<TMarker>(database, broker.Uri);
        return JsonDocument.Parse(await host.CreateClient().GetStringAsync("/openapi/v1.json", _ct));
    }
}
