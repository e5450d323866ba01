using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;
using VanPhong.Identity.Account;
using VanPhong.Identity.Data;
using VanPhong.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanPhong.Identity.Connect;

public static class TokenServer
{
    /// <summary>
    /// ASP.NET Core Identity (accounts, password policy, the second factor) and OpenIddict (the token server). Tokens
    /// are JWTs signed with the persisted RSA key and not encrypted, so every service can validate them from the JWKS;
    /// they carry the digest of the person's security stamp, which the identity service checks on its own API and
    /// answers for the others (<see cref="Sessions"/>). The identity service validates its own tokens locally
    /// (OpenIddict validation with the local server).
    /// </summary>
    public static IHostApplicationBuilder AddTokenServer(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Identity").Get<TokenServerOptions>() ?? new TokenServerOptions();
        builder.Services.AddOptions<TokenServerOptions>().BindConfiguration("Identity");
        var keys = SigningKeys.LoadOrCreate(options.KeyFile);

        builder.Services.AddIdentity<StaffUser, IdentityRole>(identity =>
            {
                identity.Password.RequiredLength = 10;
                identity.Password.RequireDigit = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireUppercase = true;
                identity.Password.RequireNonAlphanumeric = true;
                // ASP.NET Core Identity's lockout keeps one counter per account and locks it for everyone, so anyone
                // could keep the administrator out; SignInGuard counts per client address instead.
                identity.Lockout.AllowedForNewUsers = false;
                identity.User.RequireUniqueEmail = false;
                identity.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                identity.ClaimsIdentity.UserNameClaimType = Claims.Name;
                identity.ClaimsIdentity.RoleClaimType = Claims.Role;
            })
            .AddEntityFrameworkStores<IdentityDb>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrors>();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.Cookie.Name = "vanphong.identity";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        builder.Services.Configure<SecurityStampValidatorOptions>(stamps =>
        {
            // The session cookie is checked against the stamp on every request (the sign-in pages and /connect/authorize
            // only), so a password change or a deactivation also ends the session a new code would be issued from.
            stamps.ValidationInterval = TimeSpan.Zero;
            stamps.OnRefreshingPrincipal = context =>
            {
                // Keep how the session was opened ("mfa"): /connect/authorize asks for it.
                foreach (var method in context.CurrentPrincipal?.FindAll(TwoFactorPages.AuthenticationMethod) ?? [])
                {
                    if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity && !identity.HasClaim(method.Type, method.Value))
                    {
                        identity.AddClaim(new System.Security.Claims.Claim(method.Type, method.Value));
                    }
                }

                return Task.CompletedTask;
            };
        });
        builder.Services.AddScoped<SignInGuard>();
        builder.Services.AddScoped<Sessions>();

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDb>())
            .AddServer(server =>
            {
                server.SetIssuer(new Uri(options.Issuer));
                server.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks")
                    .SetConfigurationEndpointUris(".well-known/openid-configuration");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowPasswordFlow()
                    .AllowRefreshTokenFlow();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, StaffClaims.ApiScope);
                server.SetAccessTokenLifetime(options.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(options.RefreshTokenLifetime);
                server.AddEventHandler(VietnameseTokenErrors.Descriptor);
                server.AddSigningKey(keys.Signing).AddEncryptionKey(keys.Encryption);
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // TLS ends in front of the platform (or nowhere on a dev machine); the gateway forwards plain HTTP.
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
                validation.AddEventHandler(RefuseStaleAccessTokens.Descriptor);
            });

        builder.Services.Configure<Microsoft.AspNetCore.Authentication.AuthenticationOptions>(auth =>
        {
            // The API of this service is called with bearer tokens like every other; the cookie is only for sign-in pages.
            auth.DefaultScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            auth.DefaultAuthenticateScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            auth.DefaultChallengeScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            auth.DefaultForbidScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
        });
        builder.Services.AddHostedService<IdentitySeeder>();
        return builder;
    }
}
