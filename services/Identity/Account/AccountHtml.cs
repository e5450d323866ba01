using System.Net;
using Microsoft.AspNetCore.Antiforgery;

namespace VanPhong.Identity.Account;

/// <summary>
/// The shell of the identity service's own pages (sign-in, second factor): plain server-rendered HTML that works
/// without JavaScript, and the headers they go out with.
/// </summary>
public static class AccountHtml
{
    /// <summary>
    /// A page that takes a password or shows a key must not be framed by another site (clickjacking) nor kept in a
    /// cache: X-Frame-Options for old browsers, frame-ancestors for the others. Set before the endpoint runs, so
    /// redirects and refusals carry them too.
    /// </summary>
    public static TBuilder RefuseFraming<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers.XFrameOptions = "DENY";
            // No script at all; the inline style block is the only style; the form may lead to the web's callback.
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self' http: https:; base-uri 'none'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "same-origin";
            return await next(context);
        });

    public static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");

    /// <summary>Only a path on this site may be returned to after signing in (no open redirect).</summary>
    public static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";

    public static string AntiforgeryField(HttpContext http, IAntiforgery antiforgery)
    {
        var token = antiforgery.GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{Encode(token.FormFieldName)}\" value=\"{Encode(token.RequestToken)}\">";
    }

    public static string Error(string? error, string id = "form-error") =>
        error is null ? "" : $"<p class=\"error\" role=\"alert\" id=\"{id}\">{Encode(error)}</p>";

    public static IResult Page(string title, string body, int status = StatusCodes.Status200OK)
    {
        var html = $$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{Encode(title)}} — Ban quản lý Khu kinh tế Vân Phong</title>
              <style>
                body { font-family: system-ui, "Segoe UI", Roboto, sans-serif; background: #f4f6f8; color: #1a1a1a; margin: 0; }
                main { max-width: 30rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: .5rem; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
                h1 { font-size: 1.35rem; margin-top: 0; }
                label { display: block; margin-top: 1rem; font-weight: 600; }
                input { width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem; border: 1px solid #5a6570; border-radius: .25rem; }
                input:focus, button:focus, a:focus { outline: 3px solid #0b5cad; outline-offset: 2px; }
                button, .button { display: block; box-sizing: border-box; margin-top: 1.5rem; width: 100%; padding: .7rem; font-size: 1rem; background: #0b4f8a; color: #fff; border: 0; border-radius: .25rem; cursor: pointer; text-align: center; text-decoration: none; }
                .error { background: #fdecea; color: #8a1c12; padding: .75rem; border-radius: .25rem; }
                code { font-size: 1.05rem; word-break: break-all; }
                .key { display: block; background: #eef2f6; padding: .75rem; border-radius: .25rem; letter-spacing: .08em; }
                ol.codes { columns: 2; font-family: ui-monospace, monospace; font-size: 1.05rem; }
              </style>
            </head>
            <body>
              <main>
            {{body}}
              </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
