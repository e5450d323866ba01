using Microsoft.Playwright;

namespace VanPhong.EndToEndTests.Browser;

/// <summary>
/// The public page of evaluation results (công khai kết quả đánh giá) and the staff KPI page with the QĐ 766 index,
/// in a real browser through the gateway, with axe's WCAG A/AA check.
/// </summary>
public sealed class EvaluationPagesTests(SystemUnderTest system, Chromium chromium)
{
    [Fact]
    public async Task The_public_evaluation_results_and_the_KPI_page_with_the_766_index_pass_the_accessibility_check()
    {
        var violations = new List<string>();
        var citizen = await chromium.NewPageAsync(system);
        var response = await citizen.GotoAsync("/danh-gia/2026/2");
        Assert.True(response!.Ok, $"/danh-gia/2026/2 answered {response.Status}");
        Assert.Contains("Công khai kết quả đánh giá", await citizen.Locator("h1").InnerTextAsync());
        // The per-dossier indicators 1, 2, 3, 4, 6, 7 and at least indicator 8 (PAKN), scored for the Board.
        Assert.True(await citizen.Locator("section[aria-labelledby=chi-so] table.data tbody tr").CountAsync() >= 7);
        violations.AddRange(await Chromium.SeriousViolationsAsync(citizen));
        await Chromium.ScreenshotAsync(citizen, "ket-qua-danh-gia");

        await StaffBrowser.CreateAsync(system, "web.vp.bcs766", "Phan Văn Chỉ Số", "VP", "OfficeStaff");
        var office = await StaffBrowser.SignInAsync(chromium, system, "web.vp.bcs766");
        await office.GotoAsync("/nghiep-vu/chi-tieu");
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Name = "Bộ chỉ số 766 (Quyết định 766/QĐ-TTg) từ dữ liệu của Ban" })).ToBeVisibleAsync();
        Assert.Contains("không cho biết hồ sơ nào phải nộp phí", await office.Locator("section[aria-labelledby=bcs-h]").InnerTextAsync());
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));
        await Chromium.ScreenshotAsync(office, "bo-chi-so-766");

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
