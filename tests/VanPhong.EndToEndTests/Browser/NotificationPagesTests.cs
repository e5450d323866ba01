using Microsoft.Playwright;

namespace VanPhong.EndToEndTests.Browser;

/// <summary>The citizen chooses how to be told; the office edits a notice's template and is told what it may not contain.</summary>
public sealed class NotificationPagesTests(SystemUnderTest system, Chromium chromium)
{
    [Fact]
    public async Task Sms_without_a_mobile_number_is_refused_beside_the_channel_field()
    {
        var page = await chromium.NewPageAsync(system, phone: true);
        await page.GotoAsync("/phan-anh/gui");
        await page.Locator("#phone").FillAsync("(0258) 3 822 123");
        await page.GetByLabel("Tin nhắn SMS (số di động)").CheckAsync();
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync(),
            r => r.Url.EndsWith("/phan-anh/gui") && r.Request.Method == "POST");

        Assert.Equal(400, response.Status);
        Assert.Contains("số điện thoại di động", await page.Locator("#loi-notifyBy").InnerTextAsync());
        Assert.True(await page.GetByLabel("Tin nhắn SMS (số di động)").IsCheckedAsync());
        var violations = await Chromium.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task The_office_edits_a_notice_template_and_an_unknown_variable_is_named()
    {
        await StaffBrowser.CreateAsync(system, "web.vp.thongbao", "Lê Thị Thông Báo", "VP", "OfficeStaff");
        var office = await StaffBrowser.SignInAsync(chromium, system, "web.vp.thongbao");
        await office.GotoAsync("/nghiep-vu/thong-bao/mau");
        var violations = (await Chromium.SeriousViolationsAsync(office)).ToList();

        var form = office.Locator("[data-testid=mau-published-sms]");
        await form.Locator("textarea").FillAsync("Ket qua PAKN {ma} da cong khai ngay {ngay_cong_khai}, {ten_sai}.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu mẫu" }).ClickAsync();
        await office.Locator("#loi-body").First.WaitForAsync();
        Assert.Contains("{ten_sai}", await office.Locator("[data-testid=mau-published-sms] #loi-body").InnerTextAsync());
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));

        form = office.Locator("[data-testid=mau-published-sms]");
        await form.Locator("textarea").FillAsync("Ket qua PAKN {ma} da duoc cong khai ngay {ngay_cong_khai}.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu mẫu" }).ClickAsync();
        await office.Locator("p.done").WaitForAsync();
        Assert.Contains("Đã lưu mẫu thông báo", await office.Locator("p.done").InnerTextAsync());
        Assert.Contains("sửa bởi", await office.Locator("[data-testid=mau-published-sms] legend").InnerTextAsync());

        await office.Locator("[data-testid=mau-published-sms]").GetByRole(AriaRole.Button, new() { Name = "Dùng lại mẫu mặc định" }).ClickAsync();
        await office.Locator("p.done").WaitForAsync();
        Assert.Contains("mẫu mặc định", await office.Locator("[data-testid=mau-published-sms] legend").InnerTextAsync());
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
