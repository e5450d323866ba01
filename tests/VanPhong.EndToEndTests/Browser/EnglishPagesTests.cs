using Microsoft.Playwright;

namespace VanPhong.EndToEndTests.Browser;

/// <summary>The English twins of the public pages (/en/…) in a real browser, and the office recording a procedure's English.</summary>
public sealed class EnglishPagesTests(SystemUnderTest system, Chromium chromium)
{
    private const string NoEnglishYet = "(Vietnamese — no English text yet)";

    [Fact]
    public async Task The_English_pages_are_in_English_and_have_no_serious_accessibility_violations()
    {
        var page = await chromium.NewPageAsync(system);
        var violations = new List<string>();
        foreach (var (path, heading, name) in new[]
        {
            ("/en", "Administrative procedure control", "en-home"),
            ("/en/thu-tuc?q=dau+tu", "Administrative procedures handled by the Authority", "en-procedures"),
            ("/en/thu-tuc/1.014199", "Issuance of a work permit for a foreign worker", "en-procedure"),
            ("/en/phan-anh/gui", "Submit feedback on administrative regulations", "en-feedback-form"),
            ("/en/phan-anh/ket-qua", "Published answers to feedback", "en-answers"),
            ("/en/phan-anh/tra-cuu", "Track your feedback", "en-track"),
            ("/en/thong-ke", "Statistics of administrative procedure control", "en-statistics"),
            ("/en/du-lieu-mo", "Open data", "en-open-data"),
        })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
            Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
            Assert.Contains(heading, await page.Locator("h1").InnerTextAsync());
            Assert.Equal("Submit feedback", await page.Locator("header nav a").First.InnerTextAsync());
            violations.AddRange(await Chromium.SeriousViolationsAsync(page));
            await Chromium.ScreenshotAsync(page, name);
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task The_English_procedure_page_shows_the_Vietnamese_marked_where_there_is_no_English_and_links_stay_English()
    {
        var page = await chromium.NewPageAsync(system);
        await page.GotoAsync("/en/thu-tuc?q=giay+phep+lao+dong");
        await page.Locator("table.data a", new() { HasText = "work permit" }).First.ClickAsync();
        Assert.Contains("/en/thu-tuc/", page.Url);

        Assert.Contains("Dossier", await page.Locator("main").InnerTextAsync());
        Assert.True(await page.Locator(".untranslated", new() { HasText = NoEnglishYet }).CountAsync() > 0);
        Assert.Equal("vi", await page.Locator("ol li").First.GetAttributeAsync("lang"));
        var switchLink = page.Locator("p.language a");
        Assert.Equal("Tiếng Việt", await switchLink.InnerTextAsync());
        Assert.StartsWith("/thu-tuc/", await switchLink.GetAttributeAsync("href"));

        await page.GotoAsync("/thu-tuc/1.014199");
        Assert.Equal("/en/thu-tuc/1.014199", await page.Locator("p.language a").GetAttributeAsync("href"));
    }

    [Fact]
    public async Task The_English_feedback_form_explains_that_the_decree_requires_Vietnamese()
    {
        var page = await chromium.NewPageAsync(system);
        await page.GotoAsync("/en/phan-anh/gui");

        var notice = await page.Locator("[data-testid=vietnamese-only]").InnerTextAsync();
        Assert.Contains("Article 7.1(b) of Decree 20/2008/NĐ-CP", notice);
        Assert.Contains("representative", notice);
        Assert.Contains("one-stop desk", notice);

        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        Assert.Contains("Please enter the sender's full name.", await page.Locator("#loi-submitter-name").InnerTextAsync());
    }

    [Fact]
    public async Task The_office_records_a_procedure_s_English_and_an_investor_reads_it()
    {
        await StaffBrowser.CreateAsync(system, "web.vp.tienganh", "Lê Thị Tiếng Anh", "VP", "OfficeStaff");
        var office = await StaffBrowser.SignInAsync(chromium, system, "web.vp.tienganh");
        await office.GotoAsync("/nghiep-vu/thu-tuc/9.000010");
        await office.Locator("[data-testid=english-link]").ClickAsync();
        Assert.Contains("Chưa có bản tiếng Anh", await office.Locator("[data-testid=english-state]").InnerTextAsync());

        await office.GetByLabel("Tên thủ tục (tiếng Anh)").FillAsync("Appraisal and approval of the task of a detailed construction plan in the economic zone");
        await office.GetByLabel("Đối tượng thực hiện", new() { Exact = true }).FillAsync("Investors and organisations assigned to prepare the plan");
        await office.GetByLabel("Bước 1", new() { Exact = true }).FillAsync("The investor submits the dossier at the one-stop desk.");
        var violations = await Chromium.SeriousViolationsAsync(office);
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu bản tiếng Anh" }).ClickAsync();
        await office.Locator("p.done, .problem").First.WaitForAsync();
        Assert.Contains("Đã lưu bản tiếng Anh", await office.Locator("p.done").InnerTextAsync());
        Assert.Contains("dịch từ phiên bản 1", await office.Locator("[data-testid=english-state]").InnerTextAsync());

        await office.GotoAsync("/en/thu-tuc/9.000010");
        Assert.Equal("Appraisal and approval of the task of a detailed construction plan in the economic zone", await office.Locator("h1").InnerTextAsync());
        var main = await office.Locator("main").InnerTextAsync();
        Assert.Contains("Investors and organisations assigned to prepare the plan", main);
        Assert.Contains("The investor submits the dossier at the one-stop desk.", main);
        Assert.Contains(NoEnglishYet, main);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
