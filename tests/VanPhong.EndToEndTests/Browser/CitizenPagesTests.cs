using System.Text;
using Microsoft.Playwright;

namespace VanPhong.EndToEndTests.Browser;

/// <summary>The public pages in a real browser, without an account: what a citizen sees, can do, and whether it is accessible.</summary>
public sealed class CitizenPagesTests(SystemUnderTest system, Chromium chromium)
{
    [Fact]
    public async Task The_public_pages_have_no_serious_accessibility_violations()
    {
        var page = await chromium.NewPageAsync(system);
        var violations = new List<string>();
        foreach (var (path, name) in new[]
        {
            ("/", "trang-chu"), ("/phan-anh/gui", "gui-phan-anh"), ("/phan-anh/tra-cuu", "tra-cuu"), ("/phan-anh/ket-qua", "ket-qua-tra-loi"),
            ("/thu-tuc?q=dau+tu", "thu-tuc-tim-kiem"), ("/thu-tuc/1.014199", "thu-tuc-chi-tiet"), ("/ke-hoach", "tien-do-ke-hoach"), ("/phan-anh/dia-chi", "dia-chi-tiep-nhan"),
        })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
            Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
            violations.AddRange(await Chromium.SeriousViolationsAsync(page));
            await Chromium.ScreenshotAsync(page, name);
        }

        // The form with its error messages is checked too: errors must be tied to their fields.
        await page.GotoAsync("/phan-anh/gui");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();
        violations.AddRange(await Chromium.SeriousViolationsAsync(page));
        await Chromium.ScreenshotAsync(page, "gui-phan-anh-loi");

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task An_incomplete_PAKN_is_refused_with_messages_next_to_the_fields_and_nothing_is_stored()
    {
        var page = await chromium.NewPageAsync(system, phone: true);
        await page.GotoAsync("/phan-anh/gui");
        await page.Locator("#content").FillAsync("Ngắn quá");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync(),
            r => r.Url.EndsWith("/phan-anh/gui") && r.Request.Method == "POST");

        Assert.Equal(400, response.Status);
        var content = page.Locator("#content");
        Assert.Equal("true", await content.GetAttributeAsync("aria-invalid"));
        var describedBy = await content.GetAttributeAsync("aria-describedby");
        Assert.Contains("ít nhất 20 ký tự", await page.Locator($"#{describedBy}").InnerTextAsync());
        Assert.Contains("Vui lòng nhập họ và tên", await page.Locator("#loi-submitter-name").InnerTextAsync());
        Assert.Equal("Ngắn quá", await content.InputValueAsync());
        Assert.Equal(0, await page.Locator("[data-testid=tracking-code]").CountAsync());
        await Chromium.ScreenshotAsync(page, "gui-phan-anh-dien-thoai");
    }

    [Fact]
    public async Task The_catalog_is_searched_without_diacritics_and_a_procedure_shows_its_due_date()
    {
        var page = await chromium.NewPageAsync(system);
        await page.GotoAsync("/thu-tuc");
        await page.GetByLabel("Tên hoặc mã thủ tục (gõ có dấu hoặc không dấu)").FillAsync("giay phep lao dong");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm kiếm" }).ClickAsync();
        await page.WaitForURLAsync("**/thu-tuc?q=*");
        var link = page.Locator("table.data a[href='/thu-tuc/1.014199']");
        Assert.Equal(1, await link.CountAsync());

        await link.ClickAsync();
        await page.WaitForURLAsync("**/thu-tuc/1.014199");
        var due = await page.Locator("[data-testid=due-date]").InnerTextAsync();
        Assert.Matches(@"\d{2}/\d{2}/\d{4}", due);
        Assert.Contains("Thành phần hồ sơ", await page.ContentAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Phản ánh, kiến nghị về thủ tục này" }).CountAsync());
    }

    [Fact]
    public async Task The_plan_progress_page_shows_sections_and_progress_bars_without_internal_notes()
    {
        var page = await chromium.NewPageAsync(system);
        await page.GotoAsync("/ke-hoach/2023");
        Assert.Contains("KẾ HOẠCH", (await page.Locator("h1").InnerTextAsync()).ToUpperInvariant());
        Assert.True(await page.Locator("section.plan-section").CountAsync() >= 8);
        Assert.True(await page.Locator("progress").CountAsync() > 29);
        var text = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("minh chứng", text);
        Assert.DoesNotContain("Kết quả thực hiện", text);
    }

    /// <summary>A one-page PDF, small enough for any limit; the service checks the type by content.</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}
