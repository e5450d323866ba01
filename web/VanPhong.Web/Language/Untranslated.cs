using Microsoft.AspNetCore.Html;

namespace VanPhong.Web.Language;

/// <summary>The mark beside a text an English page shows in Vietnamese because the office has not recorded its English yet.</summary>
public static class Untranslated
{
    public const string Note = "(Vietnamese — no English text yet)";

    public static IHtmlContent Mark(bool vietnamese) =>
        vietnamese ? new HtmlString($"<span class=\"untranslated\" lang=\"en\">{Note}</span>") : HtmlString.Empty;
}
