using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VanPhong.Identity.Data;
using static VanPhong.Identity.Account.AccountHtml;

namespace VanPhong.Identity.Account;

/// <summary>
/// Đăng nhập: the sign-in page of the authorization code flow. Plain server-rendered HTML, works without
/// JavaScript, labelled fields, Vietnamese messages; the session cookie it sets is only for this service. A person
/// whose account needs a second factor goes on to <see cref="TwoFactorPages"/> before the session exists.
/// </summary>
public static class LoginPage
{
    public sealed record LoginForm(string? UserName, string? Password, string? ReturnUrl);

    public static WebApplication MapLoginPage(this WebApplication app)
    {
        // HTML pages and redirects, out of the OpenAPI document: these handlers (and the two-factor pages) stay IResult.
        var account = app.MapGroup("/account").AllowAnonymous().ExcludeFromDescription().RefuseFraming();
        account.MapGet("/login", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Form(http, antiforgery, SafeReturnUrl(returnUrl), userName: null, error: null));
        account.MapPost("/login", LoginAsync);
        account.MapPost("/logout", async Task<IResult> (SignInManager<StaffUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.Redirect("/account/login");
        });
        account.MapTwoFactorPages();
        return app;
    }

    private static async Task<IResult> LoginAsync(
        HttpContext http, IAntiforgery antiforgery, [FromForm] LoginForm form, SignInGuard guard, SignInManager<StaffUser> signIn, CancellationToken ct)
    {
        var returnUrl = SafeReturnUrl(form.ReturnUrl);
        var address = SignInGuard.ClientAddress(http);
        var user = await guard.CheckPasswordAsync(form.UserName, form.Password, address, ct);
        if (user is null)
        {
            return Form(http, antiforgery, returnUrl, form.UserName, guard.Refusal, StatusCodes.Status400BadRequest);
        }

        var step = await guard.SecondFactorOfAsync(user);
        if (step == SecondFactor.None)
        {
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(TwoFactorPages.AuthenticationMethod, "pwd")]);
            await guard.SignedInAsync(user, address, ct);
            return Results.LocalRedirect(returnUrl);
        }

        return await TwoFactorPages.BeginAsync(http, signIn, user, step, returnUrl);
    }

    private static IResult Form(HttpContext http, IAntiforgery antiforgery, string returnUrl, string? userName, string? error, int status = StatusCodes.Status200OK) =>
        Page("Đăng nhập", $"""
                <h1>Đăng nhập hệ thống kiểm soát thủ tục hành chính</h1>
                <p>Ban quản lý Khu kinh tế Vân Phong</p>
                {Error(error, "login-error")}
                <form method="post" action="/account/login">
                  {AntiforgeryField(http, antiforgery)}
                  <input type="hidden" name="returnUrl" value="{Encode(returnUrl)}">
                  <label for="userName">Tên đăng nhập</label>
                  <input id="userName" name="userName" autocomplete="username" required value="{Encode(userName)}" {(error is null ? "" : "aria-describedby=\"login-error\"")}>
                  <label for="password">Mật khẩu</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <button type="submit">Đăng nhập</button>
                </form>
            """, status);
}
