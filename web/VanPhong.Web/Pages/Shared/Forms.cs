using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages;

/// <summary>Field errors and problem boxes, rendered next to the field they concern and tied to it for screen readers.</summary>
public static class Forms
{
    /// <summary>A title as a sentence: its first letter in upper case ("quý IV năm 2026" → "Quý IV năm 2026").</summary>
    public static string Sentence(string text) => text.Length == 0 ? text : char.ToUpper(text[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + text[1..];

    /// <summary>The id of a field's error text, for aria-describedby.</summary>
    public static string ErrorId(string field) => "loi-" + field.Replace('.', '-').Replace('[', '-').Replace("]", "", StringComparison.Ordinal);

    public static bool HasError(ApiProblem? problem, string field) => problem?.For(field).Any() == true;

    /// <summary>aria-invalid and aria-describedby for an input, when the service refused its value.</summary>
    public static IHtmlContent Aria(ApiProblem? problem, string field) =>
        HasError(problem, field) ? new HtmlString($"aria-invalid=\"true\" aria-describedby=\"{ErrorId(field)}\"") : HtmlString.Empty;

    public static IHtmlContent Error(ApiProblem? problem, string field)
    {
        var messages = problem?.For(field).ToList() ?? [];
        if (messages.Count == 0)
        {
            return HtmlString.Empty;
        }

        return new HtmlString($"<p class=\"field-error\" id=\"{ErrorId(field)}\">{string.Join("<br>", messages.Select(m => HtmlEncoder.Default.Encode(m)))}</p>");
    }

    /// <summary>A problem's title and detail at the top of a form, announced by screen readers (role="alert").</summary>
    public static IHtmlContent Summary(ApiProblem? problem)
    {
        if (problem is null)
        {
            return HtmlString.Empty;
        }

        var e = HtmlEncoder.Default;
        var detail = problem.Detail is null ? "" : $"<p>{e.Encode(problem.Detail)}</p>";
        return new HtmlString($"<div class=\"problem\" role=\"alert\" tabindex=\"-1\" id=\"thong-bao-loi\"><h2>{e.Encode(problem.Title)}</h2>{detail}</div>");
    }
}
