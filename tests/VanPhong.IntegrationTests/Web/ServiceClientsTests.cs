using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;
using VanPhong.Web.Backend;

namespace VanPhong.IntegrationTests.Web;

/// <summary>
/// The web reaches each service through its typed client (issue 18): a page never writes an API path or names the
/// service it calls, and every client the web has is one the running web can hand to a page.
/// </summary>
public sealed class ServiceClientsTests
{
    private static readonly string Pages = Path.Combine(RepositoryPaths.Root, "web", "VanPhong.Web", "Pages");

    [Fact]
    public void No_page_writes_an_api_path_or_addresses_a_service_itself()
    {
        var files = Directory.EnumerateFiles(Pages, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Pages, "*.cshtml.cs", SearchOption.AllDirectories))
            .ToList();
        Assert.True(files.Count > 40, $"Only {files.Count} pages found under {Pages}.");

        var offenders = files
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => l.line.Contains(RoutePrefixes.Api + "/", StringComparison.OrdinalIgnoreCase) || l.line.Contains("ResourceNames.", StringComparison.Ordinal))
            .Select(l => $"{Path.GetRelativePath(RepositoryPaths.Root, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Call the service's client (web/VanPhong.Web/Backend/Clients) instead:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Every_service_client_is_registered_in_the_web()
    {
        var clients = typeof(ServiceClient).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ServiceClient)) && !t.IsAbstract).ToList();
        Assert.Equal(5, clients.Count);

        var state = RepositoryPaths.NewStateDirectory("web");
        using var web = new WebApplicationFactory<VanPhong.Web.Marker>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting($"ConnectionStrings:{ResourceNames.WebDb}", $"Data Source={Path.Combine(state, "webdb.db")}");
        });
        var missing = clients.Where(c => web.Services.GetService(c) is null).Select(c => c.Name).ToList();
        Assert.True(missing.Count == 0, "Not registered in AddServiceClients: " + string.Join(", ", missing));
    }
}
