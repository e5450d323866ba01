using Aspire.Hosting;
using Aspire.Hosting.Testing;
using System.Net.Http.Json;
using System.Text.Json;
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

    public const string AdminPassword = "E2e-Quan-Tri-2026!";
    public const string Client = "e2e-integration";
    public static readonly string ClientSecret = Guid.NewGuid().ToString("N");

    public static readonly string[] Services =
        [ResourceNames.PlansService, ResourceNames.FeedbackService, ResourceNames.CatalogService, ResourceNames.ReportingService, ResourceNames.IdentityService];

    public async ValueTask InitializeAsync()
    {
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.VanPhong_AppHost>(
            [
                $"StateDirectory={_state}",
                "Messaging:Management=false",
                // No dashboard runs under the testing builder to receive telemetry (AppHost/TelemetryExport.cs).
                "Telemetry:Export=false",
                // Every test comes from one address: the per-address limits of the pages and of the public API are lifted
                // (their own tests are in the integration suite). With the API's 60 a minute, tests that poll a public
                // figure until reporting agrees used up the budget and the others' calls were refused (429) until they timed out.
                "Gateway:PublicSurface:PagePermitsPerWindow=100000",
                "Gateway:PublicSurface:PermitsPerWindow=100000",
                $"Parameters:admin-password={AdminPassword}",
                $"Identity:Clients:{Client}:Secret={ClientSecret}",
                $"Identity:Clients:{Client}:Roles:0=Integration",
            ],
            startup.Token);
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());

        App = await builder.BuildAsync(startup.Token);
        await App.StartAsync(startup.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, startup.Token);
        Gateway = App.CreateHttpClient(ResourceNames.Gateway);
    }

    /// <summary>A token through the gateway's /connect/token, by the given grant.</summary>
    public async Task<HttpClient> ClientWithTokenAsync(Dictionary<string, string> grant)
    {
        var response = await Gateway.PostAsync($"{RoutePrefixes.Connect}/token", new FormUrlEncodedContent(grant));
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        var client = App.CreateHttpClient(ResourceNames.Gateway);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<HttpClient> IntegrationClientAsync() => ClientWithTokenAsync(new()
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = Client,
        ["client_secret"] = ClientSecret,
    });

    public Task<HttpClient> AdminClientAsync() => PersonClientAsync("admin", AdminPassword, secondFactor: true);

    /// <summary>Lazy: GetOrAdd may run its factory twice when tests ask at once, and two enrolments of one person race.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<VanPhong.Testing.Authenticator.Enrolment>>> _authenticators = new();

    /// <summary>
    /// A person's token by the password grant. Administrators and leadership must use a second factor, with no
    /// setting to turn it off (a switch tests could flip, production could too): the first time, such a person enrols
    /// an authenticator through the real sign-in pages, and every grant carries a code computed from its key.
    /// </summary>
    public async Task<HttpClient> PersonClientAsync(string userName, string password, bool secondFactor)
    {
        var grant = new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "vanphong-cli",
            ["username"] = userName,
            ["password"] = password,
        };
        if (secondFactor)
        {
            var enrolment = await _authenticators.GetOrAdd(userName, _ => new Lazy<Task<VanPhong.Testing.Authenticator.Enrolment>>(async () =>
            {
                using var browser = VanPhong.Testing.Authenticator.Browser(Gateway.BaseAddress!);
                return await VanPhong.Testing.Authenticator.EnrolAsync(browser, userName, password);
            })).Value;
            grant["otp"] = enrolment.CurrentCode();
        }

        return await ClientWithTokenAsync(grant);
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
