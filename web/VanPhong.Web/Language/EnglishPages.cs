using System.Globalization;
using Microsoft.AspNetCore.Localization;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Web.Language;

/// <summary>
/// The English twin of every public page is the same page under /en: the prefix is moved into the request's path base,
/// so the page runs unchanged, every "~/" link it writes stays in English, and the request's language is English
/// (<see cref="PublicLanguage"/>: the page's texts, the culture, and the Accept-Language passed to the services).
/// Staff pages have no twin: /en/nghiep-vu/… goes to the staff page itself.
/// </summary>
public static class EnglishPages
{
    public const string Prefix = "/en";

    private const string StaffPrefix = "/nghiep-vu";

    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IApplicationBuilder UseEnglishPages(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase, out var rest))
            {
                if (rest.StartsWithSegments(StaffPrefix, StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.Redirect(rest + context.Request.QueryString);
                    return;
                }

                context.Request.PathBase = context.Request.PathBase.Add(Prefix);
                context.Request.Path = rest.HasValue ? rest : "/";
                context.UseLanguage(Bilingual.English);
            }
            else
            {
                context.UseLanguage(Bilingual.Vietnamese);
            }

            await next();
        });
        return app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Vietnamese),
            SupportedCultures = [Vietnamese, English],
            SupportedUICultures = [Vietnamese, English],
            RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context => Task.FromResult<ProviderCultureResult?>(
                    new(context.PrefersEnglish() ? English.Name : Vietnamese.Name))),
            ],
        });
    }

    /// <summary>The same page in the other language: "/thu-tuc?q=x" ↔ "/en/thu-tuc?q=x".</summary>
    public static string Twin(HttpContext context)
    {
        var path = context.Request.Path.Value is { Length: > 1 } p ? p : "";
        var query = context.Request.QueryString.Value;
        return context.PrefersEnglish() ? (path.Length == 0 ? "/" : path) + query : Prefix + path + query;
    }
}

/// <summary>Every call to a service carries the page's language, so the service answers in it.</summary>
public sealed class LanguageHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { } context && !request.Headers.Contains("Accept-Language"))
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", context.Language());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
