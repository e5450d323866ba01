using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using VanPhong.Identity.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanPhong.Identity.Connect;

/// <summary>The OpenID Connect endpoints OpenIddict passes through to us: token, authorize, logout.</summary>
public static class ConnectEndpoints
{
    private const string WrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";

    public static WebApplication MapConnectEndpoints(this WebApplication app)
    {
        var connect = app.MapGroup("/connect").AllowAnonymous().ExcludeFromDescription();
        connect.MapPost("/token", TokenAsync);
        connect.MapMethods("/authorize", ["GET", "POST"], (Delegate)AuthorizeAsync);
        connect.MapMethods("/logout", ["GET", "POST"], (Delegate)LogoutAsync);
        return app;
    }

    private static async Task<IResult> TokenAsync(
        HttpContext http,
        UserManager<StaffUser> users,
        SignInManager<StaffUser> signIn,
        IOptionsSnapshot<TokenServerOptions> options)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        if (request.IsPasswordGrantType())
        {
            var user = await users.FindByNameAsync(request.Username ?? "");
            if (user is null || !user.IsActive)
            {
                return Refuse(Errors.InvalidGrant, WrongCredentials);
            }

            var check = await signIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true);
            if (check.IsLockedOut)
            {
                return Refuse(Errors.InvalidGrant, $"Tài khoản tạm bị khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau {options.Value.Lockout.Duration.TotalMinutes:0} phút hoặc liên hệ quản trị hệ thống.");
            }

            if (!check.Succeeded)
            {
                return Refuse(Errors.InvalidGrant, WrongCredentials);
            }

            return SignIn(await Principals.ForUserAsync(user, users, request.GetScopes()));
        }

        if (request.IsClientCredentialsGrantType())
        {
            // OpenIddict has already authenticated the client (id + secret) before we get here.
            var clientId = request.ClientId!;
            if (!options.Value.Clients.TryGetValue(clientId, out var client))
            {
                return Refuse(Errors.InvalidClient, "Ứng dụng tích hợp chưa được đăng ký.");
            }

            return SignIn(Principals.ForClient(clientId, client, request.GetScopes()));
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var stored = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = await users.FindByIdAsync(stored.Principal?.GetClaim(Claims.Subject) ?? "");
            if (user is null || !user.IsActive || await users.IsLockedOutAsync(user))
            {
                return Refuse(Errors.InvalidGrant, "Tài khoản không còn được phép đăng nhập.");
            }

            // Roles and unit are read again, so a change by the administrator applies at the next refresh.
            return SignIn(await Principals.ForUserAsync(user, users, stored.Principal!.GetScopes()));
        }

        return Refuse(Errors.UnsupportedGrantType, "Kiểu cấp quyền này không được hỗ trợ.");
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, UserManager<StaffUser> users)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal!) : null;
        if (user is null || !user.IsActive)
        {
            // Not signed in: to the sign-in page, then back here with the same request.
            var returnUrl = http.Request.PathBase + http.Request.Path + (http.Request.HasFormContentType
                ? QueryString.Create(http.Request.Form.Select(f => KeyValuePair.Create(f.Key, (string?)f.Value.ToString())))
                : http.Request.QueryString);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        return SignIn(await Principals.ForUserAsync(user, users, request.GetScopes()));
    }

    private static async Task<IResult> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult SignIn(ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
