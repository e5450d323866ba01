using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using VanPhong.Text;

namespace VanPhong.ServiceDefaults;

/// <summary>
/// The reader's language on the public surface, picked once per request (<c>?lang=</c>, else <c>Accept-Language</c>,
/// else Vietnamese; see <see cref="Bilingual.Pick"/>). An endpoint that answers in English says so with
/// <see cref="AnswersIn"/>; every other <c>/public</c> answer is marked <c>Content-Language: vi</c>, which is the truth
/// for texts the Board keeps only in Vietnamese (answers to PAKN, plan items, reports).
/// </summary>
public static class PublicLanguage
{
    private const string Key = "VanPhong.Language";

    public static string Language(this HttpContext context)
    {
        if (context.Items[Key] is string known)
        {
            return known;
        }

        var language = Bilingual.Pick(context.Request.Query["lang"].FirstOrDefault(), context.Request.Headers.AcceptLanguage.ToString());
        context.Items[Key] = language;
        return language;
    }

    /// <summary>Fixes the language of this request (the web's /en pages choose by their path, not by the browser).</summary>
    public static void UseLanguage(this HttpContext context, string language) => context.Items[Key] = language;

    public static bool PrefersEnglish(this HttpContext context) => context.Language() == Bilingual.English;

    /// <summary>The text in the reader's language: the English twin when English is preferred.</summary>
    public static string Say(this HttpContext context, string vietnamese, string english) => context.PrefersEnglish() ? english : vietnamese;

    /// <summary>Marks the answer's language: "en", or "en, vi" when part of it is still Vietnamese.</summary>
    public static void AnswersIn(this HttpContext context, params string[] languages) =>
        context.Response.Headers[HeaderNames.ContentLanguage] = string.Join(", ", languages.Distinct());

    /// <summary>Every /public answer varies by Accept-Language and carries Content-Language (Vietnamese unless the endpoint said otherwise).</summary>
    public static IApplicationBuilder UsePublicLanguage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/public", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
                if (!context.Response.Headers.ContainsKey(HeaderNames.ContentLanguage))
                {
                    context.Response.Headers[HeaderNames.ContentLanguage] = Bilingual.Vietnamese;
                }

                return Task.CompletedTask;
            });
        }

        await next();
    });
}
