using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Security;

/// <summary>
/// The first administrator's generated password: outside Development it goes to an owner-only file beside the keys and
/// never into the log (whose lines reach collectors and dashboards); in Development it is printed once, which is also
/// what shows that this test's log capture would catch it.
/// </summary>
public sealed class AdminPasswordLogTests(SharedBroker broker)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Outside_development_the_generated_admin_password_is_in_an_owner_only_file_and_not_in_the_log()
    {
        var log = new CapturedLog();
        var keys = RepositoryPaths.NewStateDirectory("keys");
        await using var identity = Identity("Production", keys, log);
        // Outside Development the token server takes HTTPS requests only (TLS ends at the edge in front of it).
        using var client = identity.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var file = Path.Combine(keys, "identity-admin-password.txt");
        Assert.True(File.Exists(file), "the generated password is written beside the key file");
        var password = (await File.ReadAllTextAsync(file, _ct)).Trim();
        Assert.True(password.Length >= 12);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        // It is the administrator's password: the token endpoint says so (the administrator must now enrol a second
        // factor — a different answer from the one every wrong password gets).
        var grant = await client.PostAsync($"{RoutePrefixes.Connect}/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "vanphong-cli", ["username"] = "admin", ["password"] = password,
        }), _ct);
        Assert.Contains("chưa đăng ký", (await grant.Content.ReadFromJsonAsync<Platform.TokenResponse>(_ct))!.ErrorDescription);

        Assert.Contains(log.Lines, l => l.Contains(file, StringComparison.Ordinal));
        Assert.DoesNotContain(log.Lines, l => l.Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_development_the_generated_admin_password_is_printed_once()
    {
        var log = new CapturedLog();
        var keys = RepositoryPaths.NewStateDirectory("keys");
        await using var identity = Identity("Development", keys, log);
        using var client = identity.CreateClient();

        Assert.False(File.Exists(Path.Combine(keys, "identity-admin-password.txt")));
        Assert.Single(log.Lines, l => l.Contains("mật khẩu tạm:", StringComparison.Ordinal));
    }

    private ServiceHost<VanPhong.Identity.Marker> Identity(string environment, string keys, CapturedLog log) => new(
        ResourceNames.IdentityDb,
        broker.Uri,
        new Dictionary<string, string?>
        {
            ["environment"] = environment,
            ["Identity:KeyFile"] = Path.Combine(keys, "identity-keys.json"),
            ["Messaging:Prefix"] = "adminpw" + Guid.NewGuid().ToString("N")[..6],
        },
        services => services.AddSingleton<ILoggerProvider>(log));

    /// <summary>Every line any logger of the service writes, formatted, with its exception.</summary>
    private sealed class CapturedLog : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var structured = state is IEnumerable<KeyValuePair<string, object?>> values ? string.Join(";", values.Select(v => $"{v.Key}={v.Value}")) : "";
            Lines.Enqueue($"{formatter(state, exception)} {structured} {exception}");
        }

        public void Dispose()
        {
        }
    }
}
