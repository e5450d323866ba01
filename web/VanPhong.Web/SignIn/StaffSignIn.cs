using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using VanPhong.Topology;

namespace VanPhong.Web.SignIn;

/// <summary>
/// Staff sign in at the identity service with the authorization code flow and PKCE (public client "vanphong-web").
/// The browser only ever sees the gateway's address: the authorize and end-session redirects are rewritten to the
/// address the request came in on (the gateway forwards X-Forwarded-Host/Proto), while discovery, keys and the code
/// exchange go server-to-server to "http://identity" by service discovery. The access and refresh tokens are kept in
/// the (encrypted) cookie; the access token is sent to the services and renewed before it expires
/// (<see cref="TokenRenewal"/>); the cookie lives a working day at most, like the identity service's own session.
/// </summary>
public static class StaffSignIn
{
    public const string ClientId = "vanphong-web";
    public const string CallbackPath = "/signin-oidc";
    public const string SignedOutCallbackPath = "/signout-callback-oidc";

    public static IServiceCollection AddStaffSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var authority = configuration["Web:Authority"] ?? $"http://{ResourceNames.IdentityService}/";
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = "vanphong.nghiepvu";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.AccessDeniedPath = "/nghiep-vu/khong-co-quyen";
                options.SlidingExpiration = false;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.Events.OnValidatePrincipal = context =>
                    context.HttpContext.RequestServices.GetRequiredService<TokenRenewal>().ValidatePrincipalAsync(context);
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = authority;
                options.RequireHttpsMetadata = false;
                options.ClientId = ClientId;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                // The code comes back in the query of a top-level redirect, so Lax cookies suffice: the correlation and
                // nonce cookies then work over plain http on a developer's machine as well as behind TLS.
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SaveTokens = true;
                options.UseTokenLifetime = false;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.CallbackPath = CallbackPath;
                options.SignedOutCallbackPath = SignedOutCallbackPath;
                options.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "roles", "offline_access", "vanphong.api" })
                {
                    options.Scope.Add(scope);
                }

                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = "role";
                options.Events.OnRedirectToIdentityProvider = context =>
                {
                    context.ProtocolMessage.IssuerAddress = PublicAddress(context.Request, "/connect/authorize");
                    return Task.CompletedTask;
                };
                options.Events.OnRedirectToIdentityProviderForSignOut = context =>
                {
                    context.ProtocolMessage.IssuerAddress = PublicAddress(context.Request, "/connect/logout");
                    return Task.CompletedTask;
                };
                options.Events.OnRemoteFailure = context =>
                {
                    // A refused or interrupted sign-in: back to the public home page with a message, not an exception page.
                    context.Response.Redirect("/nghiep-vu/dang-nhap-loi");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });

        // Discovery, keys and the token request go to the identity service by service discovery.
        services.AddHttpClient("oidc-backchannel");
        services.AddSingleton<TokenRenewal>();
        services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, factory) => options.Backchannel = factory.CreateClient("oidc-backchannel"));
        return services;
    }

    private static string PublicAddress(HttpRequest request, string path) => $"{request.Scheme}://{request.Host}{request.PathBase}{path}";

    public static IEndpointRouteBuilder MapStaffSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/nghiep-vu/dang-nhap", (string? returnUrl) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = SafeReturn(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]));
        app.MapPost("/nghiep-vu/dang-xuat", () =>
            Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]))
            .RequireAuthorization();
        return app;
    }

    private static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/nghiep-vu";
}
