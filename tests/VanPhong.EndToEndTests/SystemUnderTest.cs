using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.Topology;

[assembly: AssemblyFixture(typeof(VanPhong.EndToEndTests.SystemUnderTest))]

namespace VanPhong.EndToEndTests;

/// <summary>
/// The whole system as the run command starts it — the real app host with its RabbitMQ node, the four services,
/// their SQLite databases and the gateway — once for the test assembly, on a throw-away state directory.
/// </summary>
public sealed class SystemUnderTest : IAsyncLifetime
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "vanphong-e2e-" + Guid.NewGuid().ToString("N")[..12]);

    public DistributedApplication App { get; private set; } = null!;

    public HttpClient Gateway { get; private set; } = null!;

    public static readonly string[] Services =
        [ResourceNames.PlansService, ResourceNames.FeedbackService, ResourceNames.CatalogService, ResourceNames.ReportingService];

    public async ValueTask InitializeAsync()
    {
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.VanPhong_AppHost>(
            [$"StateDirectory={_state}", "Messaging:Management=false"], startup.Token);
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());

        App = await builder.BuildAsync(startup.Token);
        await App.StartAsync(startup.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, startup.Token);
        Gateway = App.CreateHttpClient(ResourceNames.Gateway);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        try
        {
            Directory.Delete(_state, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
