using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using VanPhong.Security;
using VanPhong.Topology;
using Yarp.ReverseProxy.Forwarder;

namespace VanPhong.IntegrationTests.Infrastructure;

/// <summary>
/// The whole platform in one test process: identity, the four services and the real gateway, each in its real
/// HTTP pipeline, on one RabbitMQ and their own SQLite files. The gateway forwards in memory; the services fetch
/// the identity service's signing keys from its discovery document as they do in production. Tests talk to the
/// gateway with tokens obtained through the real flows.
/// </summary>
public sealed class Platform : IAsyncDisposable
{
    public const string IntegrationClient = "test-integration";
    public const string ExpiredClient = "test-expired";
    public const string ClientSecret = "test-client-secret-9f2c";

    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new();
    private readonly ConcurrentDictionary<string, Task> _users = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<VanPhong.Testing.Authenticator.Enrolment>>> _authenticators = new();
    private readonly Dictionary<string, Func<HttpMessageHandler>> _handlers = new();

    private Platform(string brokerUri)
    {
        var keys = RepositoryPaths.NewStateDirectory("keys");
        KeyDirectory = keys;
        Identity = new ServiceHost<VanPhong.Identity.Marker>(ResourceNames.IdentityDb, brokerUri, new Dictionary<string, string?>
        {
            ["Identity:KeyFile"] = Path.Combine(keys, "identity-keys.json"),
            ["Identity:Admin:Password"] = TestUsers.AdminPassword,
            // Tokens are cached per person for the whole test class, which can outlast the 5-minute default; the
            // stamp check, not the lifetime, is what ends a session, and that is what the tests rely on.
            ["Identity:AccessTokenLifetime"] = "01:00:00",
            ["Messaging:Prefix"] = BrokerPrefix,
            [$"Identity:Clients:{IntegrationClient}:Secret"] = ClientSecret,
            [$"Identity:Clients:{IntegrationClient}:Roles:0"] = StaffRoles.Integration,
            [$"Identity:Clients:{ExpiredClient}:Secret"] = ClientSecret,
            [$"Identity:Clients:{ExpiredClient}:AccessTokenLifetime"] = "00:00:01",
            // Every role: only the token's age may make it fail.
            [$"Identity:Clients:{ExpiredClient}:Roles:0"] = StaffRoles.Administrator,
            [$"Identity:Clients:{ExpiredClient}:Roles:1"] = StaffRoles.OfficeStaff,
            [$"Identity:Clients:{ExpiredClient}:Roles:2"] = StaffRoles.Leadership,
            [$"Identity:Clients:{ExpiredClient}:Roles:3"] = StaffRoles.UnitHead,
            [$"Identity:Clients:{ExpiredClient}:Roles:4"] = StaffRoles.UnitStaff,
            [$"Identity:Clients:{ExpiredClient}:Roles:5"] = StaffRoles.OneStopStaff,
            [$"Identity:Clients:{ExpiredClient}:Unit"] = "QLDT",
        });
        Mail = new VanPhong.MailSink.MailSinkServer(FreePort());
        Plans = Service<VanPhong.Plans.Marker>(ResourceNames.PlansDb, brokerUri, s => s.AddSingleton<TimeProvider>(PlansClock), new()
        {
            // The daily job is run by hand in tests, on the test's clock.
            ["Plans:Urging:Enabled"] = "false",
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = Mail.Port.ToString(),
        });
        Catalog = Service<VanPhong.Catalog.Marker>(ResourceNames.CatalogDb, brokerUri);
        Reporting = Service<VanPhong.Reporting.Marker>(ResourceNames.ReportingDb, brokerUri);
        Feedback = Service<VanPhong.Feedback.Marker>(ResourceNames.FeedbackDb, brokerUri, s => s.AddSingleton<TimeProvider>(FeedbackClock).AddSingleton<VanPhong.Notifications.ISmsSender>(Sms), new()
        {
            ["Feedback:DeadlineWatch:Enabled"] = "false",
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = Mail.Port.ToString(),
            // A refused message is tried again within seconds, so a test can watch it go.
            ["Notifications:Outbox:RetryDelay"] = "00:00:01",
            ["Notifications:Outbox:MaxRetryDelay"] = "00:00:04",
        });

        _handlers[ResourceNames.IdentityService] = () => Identity.Server.CreateHandler();
        _handlers[ResourceNames.PlansService] = () => Plans.Server.CreateHandler();
        _handlers[ResourceNames.CatalogService] = () => Catalog.Server.CreateHandler();
        _handlers[ResourceNames.ReportingService] = () => Reporting.Server.CreateHandler();
        _handlers[ResourceNames.FeedbackService] = () => Feedback.Server.CreateHandler();
        _web = new Lazy<WebApplicationFactory<VanPhong.Web.Marker>>(WebPages);
        _handlers[ResourceNames.Web] = () => _web.Value.Server.CreateHandler();
        Gateway = new WebApplicationFactory<VanPhong.Gateway.Marker>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Gateway:PublicSurface:PermitsPerWindow", "100000");
            b.UseSetting("Gateway:PublicSurface:PagePermitsPerWindow", "100000");
            b.ConfigureLogging(logging => logging.AddProvider(TelemetryCapture.LoggerProvider));
            foreach (var service in _handlers.Keys)
            {
                b.UseSetting($"services:{service}:http:0", $"http://{service}");
            }

            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<IForwarderHttpClientFactory>(new InMemoryForwarder(host => _handlers[host]()));
                s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new TestPeer());
            });
        });
    }

    private readonly Lazy<WebApplicationFactory<VanPhong.Web.Marker>> _web;

    public string KeyDirectory { get; }

    /// <summary>
    /// This platform's own queues and exchanges on the shared broker: another test class's events never reach this
    /// platform's consumers, so a report's figures are exactly what this class did. Every service of the platform
    /// shares it, as every service of a deployment shares its topology.
    /// </summary>
    public string BrokerPrefix { get; } = "p" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The feedback service's clock; a test that needs a particular day sets it (AdjustTime).</summary>
    public FakeTimeProvider FeedbackClock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The plan registry's clock (reports, urging).</summary>
    public FakeTimeProvider PlansClock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>
    /// Both clocks back to the real time. The tests of a class share its platform and run in random order, so a class
    /// whose tests move a clock resets it after each test (IDisposable): no test runs on a day another one left behind.
    /// </summary>
    public void ResetClocks()
    {
        FeedbackClock.AdjustTime(DateTimeOffset.UtcNow);
        PlansClock.AdjustTime(DateTimeOffset.UtcNow);
    }

    /// <summary>The SMS gateway the feedback service sends through.</summary>
    public SmsGateway Sms { get; } = new();

    /// <summary>The SMTP server mail from the services is delivered to.</summary>
    public VanPhong.MailSink.MailSinkServer Mail { get; }

    public ServiceHost<VanPhong.Identity.Marker> Identity { get; }

    public ServiceHost<VanPhong.Plans.Marker> Plans { get; }

    public ServiceHost<VanPhong.Catalog.Marker> Catalog { get; }

    public ServiceHost<VanPhong.Reporting.Marker> Reporting { get; }

    public ServiceHost<VanPhong.Feedback.Marker> Feedback { get; }

    public WebApplicationFactory<VanPhong.Gateway.Marker> Gateway { get; }

    /// <summary>An anonymous client of the gateway, as a citizen's browser would be.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public IEnumerable<(string Name, IServiceProvider Services)> ApiServices =>
    [
        (ResourceNames.IdentityService, Identity.Services),
        (ResourceNames.PlansService, Plans.Services),
        (ResourceNames.CatalogService, Catalog.Services),
        (ResourceNames.ReportingService, Reporting.Services),
        (ResourceNames.FeedbackService, Feedback.Services),
    ];

    public static async Task<Platform> StartAsync(string brokerUri)
    {
        var platform = new Platform(brokerUri);
        // Consumers first, so their queues exist before the publishers start announcing (the same order as the app host).
        platform.Reporting.CreateClient();
        platform.Plans.CreateClient();
        platform.Feedback.CreateClient();
        platform.Catalog.CreateClient();
        platform.Identity.CreateClient();
        platform.Anonymous = platform.Gateway.CreateClient();
        await Task.CompletedTask;
        return platform;
    }

    /// <summary>A gateway client carrying the user's access token (the user is created on first use).</summary>
    public async Task<HttpClient> ClientForAsync(TestUser user) => WithToken(await TokenForAsync(user));

    public HttpClient WithToken(string? accessToken)
    {
        var client = Gateway.CreateClient();
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    /// <summary>
    /// Password grant through the gateway, as `scripts/token.sh` does for a person at the command line. Administrators
    /// and leadership must use a second factor, and there is deliberately no setting that turns it off (one that
    /// tests could set could be set in production too): such a person enrols an authenticator through the real
    /// sign-in pages on first use, as they would, and every token request carries a code computed from its key.
    /// </summary>
    public Task<string> TokenForAsync(TestUser user) => _tokens.GetOrAdd(user.UserName, async _ =>
    {
        await EnsureUserAsync(user);
        var password = PasswordOf(user);
        var otp = NeedsSecondFactor(user) ? (await AuthenticatorOfAsync(user)).CurrentCode() : null;
        return await PasswordTokenAsync(user.UserName, password, otp);
    });

    public static string PasswordOf(TestUser user) => user == TestUsers.Admin ? TestUsers.AdminPassword : TestUser.Password;

    public static bool NeedsSecondFactor(TestUser user) =>
        user.Roles.Any(r => r is StaffRoles.Administrator or StaffRoles.Leadership);

    /// <summary>The person's authenticator, enrolled through the sign-in pages the first time it is asked for.</summary>
    /// <remarks>Lazy: GetOrAdd may run its factory twice under contention, and two enrolments of one person race.</remarks>
    public Task<VanPhong.Testing.Authenticator.Enrolment> AuthenticatorOfAsync(TestUser user) => _authenticators.GetOrAdd(user.UserName, _ => new(async () =>
    {
        await EnsureUserAsync(user);
        using var browser = Gateway.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        return await VanPhong.Testing.Authenticator.EnrolAsync(browser, user.UserName, PasswordOf(user));
    })).Value;

    public async Task<string> PasswordTokenAsync(string userName, string password, string? otp = null) =>
        await AccessTokenAsync(await RequestTokenAsync(PasswordGrant(userName, password, otp)));

    /// <summary>The form of a password grant (with the second factor in "otp" when given).</summary>
    public static Dictionary<string, string> PasswordGrant(string userName, string password, string? otp = null, string scope = StaffClaims.ApiScope)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "vanphong-cli",
            ["username"] = userName,
            ["password"] = password,
            ["scope"] = scope,
        };
        if (otp is not null)
        {
            form["otp"] = otp;
        }

        return form;
    }

    /// <summary>Client credentials through the gateway, as an integration would.</summary>
    public async Task<string> ClientTokenAsync(string clientId) => await AccessTokenAsync(await RequestTokenAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId,
        ["client_secret"] = ClientSecret,
        ["scope"] = StaffClaims.ApiScope,
    }));

    public Task<HttpResponseMessage> RequestTokenAsync(Dictionary<string, string> form) =>
        Anonymous.PostAsync($"{RoutePrefixes.Connect}/token", new FormUrlEncodedContent(form));

    private Task<string>? _expired;

    /// <summary>A real token of the client whose tokens live one second, kept until it has expired.</summary>
    public Task<string> ExpiredTokenAsync() => _expired ??= Task.Run(async () =>
    {
        var token = await ClientTokenAsync(ExpiredClient);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        return token;
    });

    public Task EnsureUserAsync(TestUser user) => user == TestUsers.Admin ? Task.CompletedTask : _users.GetOrAdd(user.UserName, async _ =>
    {
        var admin = WithToken(await TokenForAsync(TestUsers.Admin));
        var response = await admin.PostAsJsonAsync($"{RoutePrefixes.Identity}/users", new
        {
            userName = user.UserName,
            fullName = user.FullName,
            unitCode = user.Unit,
            roles = user.Roles,
            password = TestUser.Password,
        });
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Creating {user.UserName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    });

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        if (_web.IsValueCreated)
        {
            await _web.Value.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        await Identity.DisposeAsync();
        await Feedback.DisposeAsync();
        await Reporting.DisposeAsync();
        await Catalog.DisposeAsync();
        await Plans.DisposeAsync();
        await Mail.DisposeAsync();
        try
        {
            Directory.Delete(KeyDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private ServiceHost<T> Service<T>(string database, string brokerUri, Action<IServiceCollection>? services = null, Dictionary<string, string?>? extra = null)
        where T : class => new(
        database,
        brokerUri,
        new Dictionary<string, string?>(extra ?? [])
        {
            [$"services:{ResourceNames.IdentityService}:http:0"] = $"http://{ResourceNames.IdentityService}",
            ["Auth:ClockSkew"] = "00:00:00",
            // A "still current" answer of the identity service is kept 2 s (30 s by default), so that a test sees an
            // ended session refused by the services without waiting half a minute.
            ["Auth:SessionCheckInterval"] = "00:00:02",
            ["Messaging:Prefix"] = BrokerPrefix,
        },
        s =>
        {
            // The signing keys come from the identity service's discovery document, over its test server.
            s.AddHttpClient(StaffSecurity.IdentityMetadataClient).ConfigurePrimaryHttpMessageHandler(() => Identity.Server.CreateHandler());
            services?.Invoke(s);
        });

    /// <summary>
    /// The citizens' web pages behind the gateway's catch-all route, started the first time a test reaches them; their
    /// calls to the services go over the services' test servers, as service discovery sends them in production.
    /// </summary>
    private WebApplicationFactory<VanPhong.Web.Marker> WebPages()
    {
        var state = Path.Combine(KeyDirectory, "web");
        Directory.CreateDirectory(state);
        return new WebApplicationFactory<VanPhong.Web.Marker>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting($"ConnectionStrings:{ResourceNames.WebDb}", $"Data Source={Path.Combine(state, ResourceNames.WebDb + ".db")}");
            b.UseSetting("Web:CitizenPostsPerMinute", "100000");
            b.ConfigureTestServices(s =>
            {
                foreach (var service in VanPhong.Web.Backend.Services.Names)
                {
                    s.AddHttpClient(service).ConfigurePrimaryHttpMessageHandler(() => _handlers[service]());
                }
            });
        });
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until the plan registry and the feedback service have the units the identity service announced.</summary>
    public async Task WaitForUnitsAsync()
    {
        await Eventually.HoldsAsync(
            () => Plans.QueryAsync<VanPhong.Plans.Data.PlansDb, int>(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Units)),
            n => n >= 7, what: "the units reach the plan registry");
        await Eventually.HoldsAsync(
            () => Feedback.QueryAsync<VanPhong.Feedback.Data.FeedbackDb, int>(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Units)),
            n => n >= 7, what: "the units reach the feedback service");
    }

    private static async Task<string> AccessTokenAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return body?.AccessToken ?? throw new InvalidOperationException($"No token: {(int)response.StatusCode} {body?.Error} {body?.ErrorDescription}");
    }

    public sealed record TokenResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string? AccessToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("error")] string? Error,
        [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string? ErrorDescription);
}

/// <summary>
/// The in-memory test server has no TCP peer; a test that needs clients at different addresses names the peer in
/// <see cref="Header"/>, as the network would give it (the gateway then forwards it to the services as it forwards a
/// real peer). It plays the network, not a client: a real client cannot choose its TCP peer address.
/// </summary>
public sealed class TestPeer : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        Microsoft.AspNetCore.Builder.UseExtensions.Use(app, (context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var peer) && IPAddress.TryParse(peer.ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
                context.Request.Headers.Remove(Header);
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>One platform per test class, on the assembly's broker.</summary>
public sealed class PlatformFixture(SharedBroker broker) : IAsyncLifetime
{
    public Platform Platform { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Platform = await Platform.StartAsync(broker.Uri);

    public async ValueTask DisposeAsync() => await Platform.DisposeAsync();
}
