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

    private async Task AssertDocumentAsync<TMarker>(string database, string notFoundPath, string notFoundMethod)
        where TMarker : class
    {
        await using var host = new ServiceHost<TMarker>(database, broker.Uri);
        using var document = JsonDocument.Parse(await host.CreateClient().GetStringAsync("/openapi/v1.json", _ct));
        var paths = document.RootElement.GetProperty("paths");

        var notFound = paths.GetProperty(notFoundPath).GetProperty(notFoundMethod).GetProperty("responses").GetProperty("404");
        Assert.True(notFound.GetProperty("content").TryGetProperty("application/problem+json", out _),
            $"{notFoundMethod.ToUpperInvariant()} {notFoundPath} documents its 404 without application/problem+json");

        var withoutSuccess = (
            from path in paths.EnumerateObject()
            from operation in path.Value.EnumerateObject()
            where operation.Value.ValueKind == JsonValueKind.Object && operation.Value.TryGetProperty("responses", out _)
            where !operation.Value.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('2'))
            select $"{operation.Name.ToUpperInvariant()} {path.Name}").ToList();
        Assert.Empty(withoutSuccess);
    }
}
