using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace VanPhong.Web.Pages;

/// <summary>
/// Charts as inline SVG drawn on the server: no script, no inline style (presentation attributes only, so the
/// Content-Security-Policy holds). Each chart is an image with a title and a text description for screen readers,
/// and the pages show the same figures in a table next to it.
/// </summary>
public static class Charts
{
    public sealed record Bar(string Label, double Value, double Max, double? Target = null, string? Text = null);

    private const int LabelWidth = 370;
    private const int BarWidth = 380;
    private const int RowHeight = 30;

    public static IHtmlContent HorizontalBars(string id, string title, IReadOnlyList<Bar> bars)
    {
        var e = HtmlEncoder.Default;
        var inv = CultureInfo.InvariantCulture;
        var height = bars.Count * RowHeight + 10;
        var width = LabelWidth + BarWidth + 130;
        var description = string.Join("; ", bars.Select(b => $"{b.Label}: {b.Text ?? b.Value.ToString("0.#", inv)}" + (b.Target is { } t ? $", mục tiêu {t.ToString("0.#", inv)}" : "")));
        var svg = new StringBuilder();
        svg.Append(inv, $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append(inv, $"<title id=\"{id}-title\">{e.Encode(title)}</title><desc id=\"{id}-desc\">{e.Encode(description)}</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * RowHeight + 5;
            var share = bar.Max <= 0 ? 0 : Math.Clamp(bar.Value / bar.Max, 0, 1);
            var met = bar.Target is not { } target || bar.Value >= target;
            svg.Append(inv, $"<text x=\"0\" y=\"{y + 18}\" font-size=\"13\" fill=\"#1b1b1b\">{e.Encode(Shorten(bar.Label, 54))}</text>");
            svg.Append(inv, $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{BarWidth}\" height=\"18\" fill=\"#e6e9ee\" />");
            svg.Append(inv, $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{(share * BarWidth).ToString("0.#", inv)}\" height=\"18\" fill=\"{(bar.Target is null ? "#0b4a8b" : met ? "#1e6b2e" : "#b35c00")}\" />");
            if (bar.Target is { } goal && bar.Max > 0)
            {
                var x = LabelWidth + Math.Clamp(goal / bar.Max, 0, 1) * BarWidth;
                svg.Append(inv, $"<line x1=\"{x.ToString("0.#", inv)}\" x2=\"{x.ToString("0.#", inv)}\" y1=\"{y}\" y2=\"{y + 26}\" stroke=\"#1b1b1b\" stroke-width=\"2\" />");
            }

            svg.Append(inv, $"<text x=\"{LabelWidth + BarWidth + 8}\" y=\"{y + 18}\" font-size=\"13\" fill=\"#1b1b1b\">{e.Encode(bar.Text ?? bar.Value.ToString("0.#", inv))}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
