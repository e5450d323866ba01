namespace VanPhong.Identity.Connect;

public sealed class TokenServerOptions
{
    /// <summary>The issuer written into every token; services read it from the discovery document.</summary>
    public string Issuer { get; set; } = "http://identity/";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Where the keys live (see <see cref="SigningKeys"/>).</summary>
    public string KeyFile { get; set; } = "identity-keys.json";

    public AdminAccount Admin { get; set; } = new();

    public LockoutSettings Lockout { get; set; } = new();

    public WebClientSettings WebClient { get; set; } = new();

    /// <summary>Machine clients (client credentials), by client id. A client without a secret is not registered.</summary>
    public Dictionary<string, MachineClient> Clients { get; set; } = [];

    public sealed class AdminAccount
    {
        public string UserName { get; set; } = "admin";

        public string FullName { get; set; } = "Quản trị hệ thống";

        /// <summary>The first administrator's password: the app host's secret parameter. When absent, one is generated and logged once.</summary>
        public string? Password { get; set; }
    }

    public sealed class LockoutSettings
    {
        public int MaxFailedAttempts { get; set; } = 5;

        public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
    }

    public sealed class WebClientSettings
    {
        public List<string> RedirectUris { get; set; } = [];

        public List<string> PostLogoutRedirectUris { get; set; } = [];
    }

    public sealed class MachineClient
    {
        public string? Secret { get; set; }

        public string? DisplayName { get; set; }

        public List<string> Roles { get; set; } = [];

        public string? Unit { get; set; }

        /// <summary>Overrides the access token lifetime for this client.</summary>
        public TimeSpan? AccessTokenLifetime { get; set; }
    }
}

/// <summary>The clients the platform itself registers.</summary>
public static class KnownClients
{
    /// <summary>Staff web pages: authorization code with PKCE.</summary>
    public const string Web = "vanphong-web";

    /// <summary>A person getting a token from the command line: password grant (see README).</summary>
    public const string CommandLine = "vanphong-cli";
}
