using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VanPhong.Identity.Data;

namespace VanPhong.Identity.Account;

/// <summary>
/// Đăng nhập: the sign-in page of the authorization code flow. Plain server-rendered HTML, works without
/// JavaScript, labelled fields, Vietnamese messages; the session cookie it sets is only for this service.
/// </summary>
public static class LoginPage
{
    public sealed record LoginForm(string? UserName, string? Password, string? ReturnUrl);

    public static WebApplication MapLoginPage(this WebApplication app)
    {
        var account = app.MapGroup("/account").AllowAnonymous().ExcludeFromDescription();
        account.MapGet("/login", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(http, antiforgery, returnUrl, userName: null, error: null));
        account.MapPost("/login", LoginAsync);
        account.MapPost("/logout", async Task<IResult> (SignInManager<StaffUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.Redirect("/account/login");
        });
        return app;
    }

    private static async Task<IResult> LoginAsync(
        HttpContext http, IAntiforgery antiforgery, [FromForm] LoginForm form, UserManager<StaffUser> users, SignInManager<StaffUser> signIn)
    {
        var returnUrl = IsLocal(form.ReturnUrl) ? form.ReturnUrl! : "/";
        var user = await users.FindByNameAsync(form.UserName ?? "");
        if (user is null || !user.IsActive)
        {
            return Page(http, antiforgery, returnUrl, form.UserName, "Tên đăng nhập hoặc mật khẩu không đúng.", StatusCodes.Status400BadRequest);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Page(http, antiforgery, returnUrl, form.UserName, "Tài khoản tạm bị khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau.", StatusCodes.Status400BadRequest);
        }

        if (!result.Succeeded)
        {
            return Page(http, antiforgery, returnUrl, form.UserName, "Tên đăng nhập hoặc mật khẩu không đúng.", StatusCodes.Status400BadRequest);
        }

        return Results.LocalRedirect(returnUrl);
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? userName, string? error, int status = StatusCodes.Status200OK)
    {
        var token = antiforgery.GetAndStoreTokens(http);
        Func<string?, string> e = value => WebUtility.HtmlEncode(value ?? "");
        var html = $$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Đăng nhập — Ban quản lý Khu kinh tế Vân Phong</title>
              <style>
                body { font-family: system-ui, "Segoe UI", Roboto, sans-serif; background: #f4f6f8; color: #1a1a1a; margin: 0; }
                main { max-width: 26rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: .5rem; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
                h1 { font-size: 1.35rem; margin-top: 0; }
                label { display: block; margin-top: 1rem; font-weight: 600; }
                input { width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem; border: 1px solid #5a6570; border-radius: .25rem; }
                input:focus, button:focus { outline: 3px solid #0b5cad; outline-offset: 2px; }
                button { margin-top: 1.5rem; width: 100%; padding: .7rem; font-size: 1rem; background: #0b4f8a; color: #fff; border: 0; border-radius: .25rem; cursor: pointer; }
                .error { background: #fdecea; color: #8a1c12; padding: .75rem; border-radius: .25rem; }
              </style>
            </head>
            <body>
              <main>
                <h1>Đăng nhập hệ thống kiểm soát thủ tục hành chính</h1>
                <p>Ban quản lý Khu kinh tế Vân Phong</p>
                {{(error is null ? "" : $"<p class=\"error\" role=\"alert\" id=\"login-error\">{e(error)}</p>")}}
                <form method="post" action="/account/login">
                  <input type="hidden" name="{{e(token.FormFieldName)}}" value="{{e(token.RequestToken ?? "")}}">
                  <input type="hidden" name="returnUrl" value="{{e(returnUrl ?? "/")}}">
                  <label for="userName">Tên đăng nhập</label>
                  <input id="userName" name="userName" autocomplete="username" required value="{{e(userName ?? "")}}" {{(error is null ? "" : "aria-describedby=\"login-error\"")}}>
                  <label for="password">Mật khẩu</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <button type="submit">Đăng nhập</button>
                </form>
              </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
