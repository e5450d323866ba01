using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;
using VanPhong.Identity.Data;
using VanPhong.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanPhong.Identity.Connect;

public static class TokenServer
{
    /// <summary>
    /// ASP.NET Core Identity (accounts, password policy, lockout) and OpenIddict (the token server). Tokens are JWTs
    /// signed with the persisted RSA key and not encrypted, so every service can validate them from the JWKS.
    /// The identity service validates its own tokens locally (OpenIddict validation with the local server).
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
                identity.Lockout.MaxFailedAccessAttempts = options.Lockout.MaxFailedAttempts;
                identity.Lockout.DefaultLockoutTimeSpan = options.Lockout.Duration;
                identity.Lockout.AllowedForNewUsers = true;
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
                server.SetAccessTokenLifetime(options.AccessTokenLifetime);
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
