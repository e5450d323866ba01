using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using VanPhong.Identity.Account;
using VanPhong.Identity.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanPhong.Identity.Connect;

/// <summary>The OpenID Connect endpoints OpenIddict passes through to us: token, authorize, logout.</summary>
public static class ConnectEndpoints
{
    /// <summary>The extra parameter of the password grant that carries the second factor (an authenticator or a recovery code).</summary>
    public const string OneTimeCodeParameter = "otp";

    public static WebApplication MapConnectEndpoints(this WebApplication app)
    {
        // The OpenID Connect protocol's answers (sign-in, forbid, challenge) are not an API the document describes, so
        // these handlers stay IResult.
        var connect = app.MapGroup("/connect").AllowAnonymous().ExcludeFromDescription().RefuseFraming();
        connect.MapPost("/token", TokenAsync);
        connect.MapMethods("/authorize", ["GET", "POST"], (Delegate)AuthorizeAsync);
        connect.MapMethods("/logout", ["GET", "POST"], (Delegate)LogoutAsync);
        return app;
    }

    private static async Task<IResult> TokenAsync(
        HttpContext http,
        UserManager<StaffUser> users,
        SignInGuard guard,
        IOptionsSnapshot<TokenServerOptions> options,
        CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        if (request.IsPasswordGrantType())
        {
            return await PasswordGrantAsync(http, request, users, guard, ct);
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
            var stored = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal!;
            var user = await users.FindByIdAsync(stored.GetClaim(Claims.Subject) ?? "");
            if (user is null || !user.IsActive || await users.IsLockedOutAsync(user))
            {
                return Refuse(Errors.InvalidGrant, "Tài khoản không còn được phép đăng nhập.");
            }

            // OpenIddict has revoked the person's stored tokens when their sessions were ended; the stamp and the roles
            // are compared as well, so a change made some other way (or a token not yet revoked) is refused too.
            var roles = await users.GetRolesAsync(user);
            if (!Sessions.IsCurrent(stored, user) || !roles.Order(StringComparer.Ordinal).SequenceEqual(stored.GetClaims(Claims.Role).Order(StringComparer.Ordinal)))
            {
                return Refuse(Errors.InvalidGrant, VietnameseTokenErrors.SessionEnded);
            }

            return SignIn(await Principals.ForUserAsync(user, users, stored.GetScopes()));
        }

        return Refuse(Errors.UnsupportedGrantType, "Kiểu cấp quyền này không được hỗ trợ.");
    }

    /// <summary>
    /// A person at the command line (scripts/token.sh). The same checks as the sign-in page, in one request: a
    /// person whose account needs a second factor sends the code in the "otp" parameter, so the grant is no way
    /// around it; one who has not enrolled yet is sent to the sign-in page, the only place a key is ever shown.
    /// </summary>
    private static async Task<IResult> PasswordGrantAsync(HttpContext http, OpenIddictRequest request, UserManager<StaffUser> users, SignInGuard guard, CancellationToken ct)
    {
        var address = SignInGuard.ClientAddress(http);
        var user = await guard.CheckPasswordAsync(request.Username, request.Password, address, ct);
        if (user is null)
        {
            return Refuse(Errors.InvalidGrant, guard.Refusal);
        }

        var step = await guard.SecondFactorOfAsync(user);
        if (step == SecondFactor.Enrolment)
        {
            return Refuse(Errors.InvalidGrant, "Tài khoản này phải dùng xác thực hai lớp nhưng chưa đăng ký: hãy đăng nhập một lần trên trang nghiệp vụ để đăng ký ứng dụng xác thực.");
        }

        if (step == SecondFactor.Code)
        {
            var code = (string?)request.GetParameter(OneTimeCodeParameter);
            if (string.IsNullOrWhiteSpace(code))
            {
                return Refuse(Errors.InvalidGrant, $"Tài khoản này dùng xác thực hai lớp: gửi kèm tham số {OneTimeCodeParameter} là mã 6 chữ số trong ứng dụng xác thực (hoặc một mã khôi phục).");
            }

            if (!await guard.CheckCodeAsync(user, code, address, ct))
            {
                return Refuse(Errors.InvalidGrant, guard.CodeRefusal);
            }
        }

        await guard.SignedInAsync(user, address, ct);
        return SignIn(await Principals.ForUserAsync(user, users, request.GetScopes()));
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, UserManager<StaffUser> users, SignInGuard guard)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal!) : null;
        // A session opened with the password alone does not do for an account that needs a second factor (its role may
        // have been granted since; that changes the stamp too, but the code is not issued on that alone).
        if (user is not null && await guard.SecondFactorOfAsync(user) != SecondFactor.None
            && !session.Principal!.HasClaim(TwoFactorPages.AuthenticationMethod, TwoFactorPages.Multifactor))
        {
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
            user = null;
        }

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
