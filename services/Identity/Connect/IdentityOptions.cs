namespace VanPhong.Identity.Connect;

public sealed class TokenServerOptions
{
    /// <summary>The issuer written into every token; services read it from the discovery document.</summary>
    public string Issuer { get; set; } = "http://identity/";

    /// <summary>
    /// Short, because the services validate access tokens on their own: after a password change, a reset, a
    /// deactivation or a role change an old token is refused within Auth:SessionCheckInterval by the stamp check, and
    /// within this lifetime at worst (when the identity service cannot be asked).
    /// </summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A working day: the staff pages renew their access token with it, and a sign-in lasts no longer.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Where the keys live (see <see cref="SigningKeys"/>).</summary>
    public string KeyFile { get; set; } = "identity-keys.json";

    public AdminAccount Admin { get; set; } = new();

    public LockoutSettings Lockout { get; set; } = new();

    public TwoFactorSettings TwoFactor { get; set; } = new();

    public WebClientSettings WebClient { get; set; } = new();

    /// <summary>Machine clients (client credentials), by client id. A client without a secret is not registered.</summary>
    public Dictionary<string, MachineClient> Clients { get; set; } = [];

    public sealed class AdminAccount
    {
        public string UserName { get; set; } = "admin";

        public string FullName { get; set; } = "Quản trị hệ thống";

        /// <summary>
        /// The first administrator's password: the app host's secret parameter. When absent, one is generated: shown in
        /// the log in Development only, otherwise written to <see cref="PasswordFile"/> and only that path is logged.
        /// </summary>
        public string? Password { get; set; }

        /// <summary>Where a generated password goes outside Development (readable by the service account only); relative to the key file's directory.</summary>
        public string PasswordFile { get; set; } = "identity-admin-password.txt";
    }

    /// <summary>
    /// Wrong passwords are counted per (account, client address), per address and per account over a sliding
    /// <see cref="Duration"/>; nobody is locked out for everyone, so a stranger cannot keep an administrator out.
    /// </summary>
    public sealed class LockoutSettings
    {
        /// <summary>Failures of one account from one address before that address waits.</summary>
        public int MaxFailedAttempts { get; set; } = 5;

        /// <summary>How long a failure counts: an address that reached a limit may try again once its failures are this old.</summary>
        public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);

        /// <summary>Failures from one address over all accounts (password spraying) before the address waits.</summary>
        public int MaxFailedAttemptsPerAddress { get; set; } = 20;

        /// <summary>
        /// Failures of one account over all addresses (a guessing campaign from many addresses) past which each address
        /// gets a single failure on that account per <see cref="Duration"/>; the person's own address is not blocked
        /// until it fails itself.
        /// </summary>
        public int MaxFailedAttemptsPerAccount { get; set; } = 50;
    }

    /// <summary>Xác thực hai lớp: a time-based code (RFC 6238) from an authenticator app after the password.</summary>
    public sealed class TwoFactorSettings
    {
        private static readonly string[] DefaultRoles = [VanPhong.Security.StaffRoles.Administrator, VanPhong.Security.StaffRoles.Leadership];

        /// <summary>
        /// Roles whose holders must use the second factor; they enrol at their next sign-in. Administrators and
        /// leadership when not set (a default list would be appended to, not replaced, by the configuration binder).
        /// </summary>
        public List<string>? RequiredForRoles { get; set; }

        public IReadOnlyList<string> Roles => RequiredForRoles is { Count: > 0 } roles ? roles : DefaultRoles;

        /// <summary>The name the authenticator app shows above the code.</summary>
        public string Issuer { get; set; } = "KKT Van Phong";
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
