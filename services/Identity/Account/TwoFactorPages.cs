using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Identity.Connect;
using VanPhong.Identity.Data;
using static VanPhong.Identity.Account.AccountHtml;

namespace VanPhong.Identity.Account;

/// <summary>
/// Xác thực hai lớp: after a correct password, a person who must use a second factor either enrols an authenticator
/// app (the key as text and as an otpauth:// link, confirmed with a code, then ten recovery codes shown once) or gives
/// the 6-digit code of the app, or a recovery code. Between the password and the code the person holds only ASP.NET
/// Core Identity's short two-factor cookie (five minutes, the user id and security stamp); the session, and with it an
/// authorization code, exists only after the second step.
/// </summary>
public static class TwoFactorPages
{
    /// <summary>The claim that says how the session was opened ("pwd", or "mfa" after the second factor), as ASP.NET Core Identity names it.</summary>
    public const string AuthenticationMethod = "amr";

    public const string Multifactor = "mfa";

    public const int RecoveryCodeCount = 10;

    public sealed record CodeInput(string? Code, string? ReturnUrl);

    public static RouteGroupBuilder MapTwoFactorPages(this RouteGroupBuilder account)
    {
        account.MapGet("/mfa", CodeFormAsync);
        account.MapPost("/mfa", VerifyAsync);
        account.MapGet("/mfa/setup", EnrolmentFormAsync);
        account.MapPost("/mfa/setup", EnrolAsync);
        return account;
    }

    /// <summary>
    /// Right after the password. An enrolment starts with a fresh key, so a key shown during one sign-in (perhaps to
    /// someone who had only the password) is never the key of a later enrolment.
    /// </summary>
    public static async Task<IResult> BeginAsync(HttpContext http, SignInManager<StaffUser> signIn, StaffUser user, SecondFactor step, string returnUrl)
    {
        if (step == SecondFactor.Enrolment)
        {
            try
            {
                await signIn.UserManager.ResetAuthenticatorKeyAsync(user);
            }
            catch (DbUpdateException)
            {
                // Two sign-ins of one person at the same moment both began an enrolment and both inserted a key: the
                // other one's fresh key stands (the page shows the key stored), which is as good as this one's.
                http.RequestServices.GetRequiredService<IdentityDb>().ChangeTracker.Clear();
            }
        }

        await HoldAsync(http, signIn, user);
        var page = step == SecondFactor.Enrolment ? "/account/mfa/setup" : "/account/mfa";
        return Results.LocalRedirect(page + QueryString.Create("returnUrl", returnUrl));
    }

    private static async Task<IResult> CodeFormAsync(HttpContext http, IAntiforgery antiforgery, SignInManager<StaffUser> signIn, SignInGuard guard, string? returnUrl)
    {
        var user = await PendingAsync(http, signIn, guard, SecondFactor.Code);
        return user is null ? BackToLogin(returnUrl) : CodeForm(http, antiforgery, SafeReturnUrl(returnUrl), error: null);
    }

    private static async Task<IResult> VerifyAsync(
        HttpContext http, IAntiforgery antiforgery, [FromForm] CodeInput form, SignInManager<StaffUser> signIn, SignInGuard guard, CancellationToken ct)
    {
        var returnUrl = SafeReturnUrl(form.ReturnUrl);
        var user = await PendingAsync(http, signIn, guard, SecondFactor.Code);
        if (user is null)
        {
            return BackToLogin(returnUrl);
        }

        var address = SignInGuard.ClientAddress(http);
        if (!await guard.CheckCodeAsync(user, form.Code, address, ct))
        {
            return CodeForm(http, antiforgery, returnUrl, guard.CodeRefusal, StatusCodes.Status400BadRequest);
        }

        await CompleteAsync(http, signIn, guard, user, address, ct);
        return Results.LocalRedirect(returnUrl);
    }

    private static async Task<IResult> EnrolmentFormAsync(
        HttpContext http, IAntiforgery antiforgery, SignInManager<StaffUser> signIn, SignInGuard guard, IOptionsSnapshot<TokenServerOptions> options, string? returnUrl)
    {
        var user = await PendingAsync(http, signIn, guard, SecondFactor.Enrolment);
        return user is null
            ? BackToLogin(returnUrl)
            : await EnrolmentForm(http, antiforgery, signIn.UserManager, user, options.Value.TwoFactor.Issuer, SafeReturnUrl(returnUrl), error: null);
    }

    private static async Task<IResult> EnrolAsync(
        HttpContext http, IAntiforgery antiforgery, [FromForm] CodeInput form, SignInManager<StaffUser> signIn, SignInGuard guard,
        IOptionsSnapshot<TokenServerOptions> options, CancellationToken ct)
    {
        var returnUrl = SafeReturnUrl(form.ReturnUrl);
        var user = await PendingAsync(http, signIn, guard, SecondFactor.Enrolment);
        if (user is null)
        {
            return BackToLogin(returnUrl);
        }

        if (!await guard.IsValidAuthenticatorCodeAsync(user, form.Code))
        {
            return await EnrolmentForm(http, antiforgery, signIn.UserManager, user, options.Value.TwoFactor.Issuer, returnUrl,
                "Mã xác thực không đúng. Hãy kiểm tra giờ trên điện thoại và nhập mã đang hiển thị trong ứng dụng.", StatusCodes.Status400BadRequest);
        }

        var users = signIn.UserManager;
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        await CompleteAsync(http, signIn, guard, user, SignInGuard.ClientAddress(http), ct);
        return Page("Mã khôi phục", $"""
                <h1>Đã bật xác thực hai lớp</h1>
                <p>Đây là {RecoveryCodeCount} mã khôi phục. Mỗi mã dùng được <strong>một lần</strong> thay cho mã trong ứng dụng xác thực khi không có điện thoại bên cạnh.</p>
                <p><strong>Các mã chỉ hiển thị lần này.</strong> Hãy in hoặc chép lại và cất ở nơi an toàn.</p>
                <ol class="codes" id="recovery-codes">
                  {string.Concat(codes.Select(c => $"<li><code>{Encode(c)}</code></li>"))}
                </ol>
                <a class="button" href="{Encode(returnUrl)}">Tiếp tục</a>
            """);
    }

    /// <summary>The person between the password and the second factor, if this is the step they are at.</summary>
    private static async Task<StaffUser?> PendingAsync(HttpContext http, SignInManager<StaffUser> signIn, SignInGuard guard, SecondFactor step)
    {
        // The cookie is checked against the security stamp on every request (a password change in between voids it).
        var held = await http.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        var userId = held.Principal?.FindFirstValue(ClaimTypes.Name);
        var user = userId is null ? null : await signIn.UserManager.FindByIdAsync(userId);
        return user is { IsActive: true } && await guard.SecondFactorOfAsync(user) == step ? user : null;
    }

    /// <summary>ASP.NET Core Identity's two-factor cookie, in its own format: the user id, and the stamp it is validated against.</summary>
    private static async Task HoldAsync(HttpContext http, SignInManager<StaffUser> signIn, StaffUser user)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        identity.AddClaim(new Claim(signIn.Options.ClaimsIdentity.SecurityStampClaimType, await signIn.UserManager.GetSecurityStampAsync(user)));
        await http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }

    private static async Task CompleteAsync(HttpContext http, SignInManager<StaffUser> signIn, SignInGuard guard, StaffUser user, string address, CancellationToken ct)
    {
        await http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(AuthenticationMethod, Multifactor)]);
        await guard.SignedInAsync(user, address, ct);
    }

    private static IResult BackToLogin(string? returnUrl) =>
        Results.LocalRedirect("/account/login" + QueryString.Create("returnUrl", SafeReturnUrl(returnUrl)));

    private static IResult CodeForm(HttpContext http, IAntiforgery antiforgery, string returnUrl, string? error, int status = StatusCodes.Status200OK) =>
        Page("Xác thực hai lớp", $"""
                <h1>Xác thực hai lớp</h1>
                <p>Nhập mã 6 chữ số đang hiển thị trong ứng dụng xác thực trên điện thoại. Nếu không có điện thoại bên cạnh, nhập một mã khôi phục.</p>
                {Error(error, "code-error")}
                <form method="post" action="/account/mfa">
                  {AntiforgeryField(http, antiforgery)}
                  <input type="hidden" name="returnUrl" value="{Encode(returnUrl)}">
                  <label for="code">Mã xác thực hoặc mã khôi phục</label>
                  <input id="code" name="code" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" required {(error is null ? "" : "aria-describedby=\"code-error\"")}>
                  <button type="submit">Xác nhận</button>
                </form>
            """, status);

    private static async Task<IResult> EnrolmentForm(
        HttpContext http, IAntiforgery antiforgery, UserManager<StaffUser> users, StaffUser user, string issuer, string returnUrl, string? error, int status = StatusCodes.Status200OK)
    {
        var key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        var grouped = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
        var label = Uri.EscapeDataString(issuer) + ":" + Uri.EscapeDataString(user.UserName ?? "");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits=6&period=30";
        return Page("Đăng ký xác thực hai lớp", $"""
                <h1>Đăng ký xác thực hai lớp</h1>
                <p>Tài khoản của Quý vị có quyền quản trị hoặc phê duyệt, nên ngoài mật khẩu cần thêm mã từ một ứng dụng xác thực
                (ví dụ Google Authenticator, Microsoft Authenticator, FreeOTP) trên điện thoại.</p>
                <ol>
                  <li>Trong ứng dụng, chọn thêm tài khoản bằng khóa thiết lập và nhập khóa sau (loại: theo thời gian):
                    <code class="key" id="authenticator-key">{Encode(grouped)}</code></li>
                  <li>Hoặc, trên điện thoại, mở liên kết thiết lập:
                    <a id="authenticator-uri" href="{Encode(uri)}"><code>{Encode(uri)}</code></a></li>
                  <li>Nhập mã 6 chữ số mà ứng dụng hiển thị để xác nhận.</li>
                </ol>
                {Error(error, "code-error")}
                <form method="post" action="/account/mfa/setup">
                  {AntiforgeryField(http, antiforgery)}
                  <input type="hidden" name="returnUrl" value="{Encode(returnUrl)}">
                  <label for="code">Mã xác thực 6 chữ số</label>
                  <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required {(error is null ? "" : "aria-describedby=\"code-error\"")}>
                  <button type="submit">Xác nhận và bật xác thực hai lớp</button>
                </form>
            """, status);
    }
}
