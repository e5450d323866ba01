using System.Text.Json;
using Microsoft.Playwright;

namespace VanPhong.EndToEndTests.Browser;

/// <summary>The public statistics page and the open-data page in a real browser: charts a screen reader can read, tables, downloads.</summary>
public sealed class OpenDataPagesTests(SystemUnderTest system, Chromium chromium)
{
    [Fact]
    public async Task The_statistics_page_draws_each_chart_with_a_description_and_a_table_and_links_its_data()
    {
        var page = await chromium.NewPageAsync(system);
        var response = await page.GotoAsync("/thong-ke");
        Assert.True(response!.Ok, $"/thong-ke answered {response.Status}");
        Assert.Contains("Thống kê công tác kiểm soát thủ tục hành chính", await page.Locator("h1").InnerTextAsync());
        var charts = page.Locator("svg.chart[role=img]");
        Assert.True(await charts.CountAsync() >= 3);
        for (var i = 0; i < await charts.CountAsync(); i++)
        {
            var ids = (await charts.Nth(i).GetAttributeAsync("aria-labelledby"))!.Split(' ');
            Assert.False(string.IsNullOrWhiteSpace(await page.Locator($"[id='{ids[1]}']").TextContentAsync()));
        }

        Assert.True(await page.Locator("table.data caption").CountAsync() >= 3);
        var violations = await Chromium.SeriousViolationsAsync(page);
        await Chromium.ScreenshotAsync(page, "thong-ke");

        var csv = page.GetByRole(AriaRole.Link, new() { Name = "CSV" });
        var download = await page.APIRequest.GetAsync((await csv.GetAttributeAsync("href"))!);
        Assert.Equal(200, download.Status);
        Assert.StartsWith("nam,quy,", (await download.TextAsync()).TrimStart('\uFEFF'));

        await page.GotoAsync("/du-lieu-mo");
        Assert.Equal(4, await page.Locator("table.data tbody tr").CountAsync());
        Assert.Equal(1, await page.Locator("a[rel=license]").CountAsync());
        var answers = await page.APIRequest.GetAsync((await page.Locator("a[href='/public/feedback/open-data/answers.json']").GetAttributeAsync("href"))!);
        Assert.Equal(200, answers.Status);
        using var json = JsonDocument.Parse(await answers.TextAsync());
        Assert.True(json.RootElement.TryGetProperty("rows", out _));
        violations = [.. violations, .. await Chromium.SeriousViolationsAsync(page)];
        await Chromium.ScreenshotAsync(page, "du-lieu-mo");

        // A procedure's page shows its publication history.
        await page.GotoAsync("/thu-tuc/1.014199");
        Assert.Contains("Lịch sử công bố", await page.ContentAsync());
        violations = [.. violations, .. await Chromium.SeriousViolationsAsync(page)];

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
