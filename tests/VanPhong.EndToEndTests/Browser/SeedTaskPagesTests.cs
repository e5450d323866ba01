using Microsoft.Playwright;

namespace VanPhong.EndToEndTests.Browser;

/// <summary>
/// The office records a training of plan task VII through the staff pages, is told in Vietnamese what a form without a
/// title lacks, corrects the participants on the record's page; the pages and the public one-stop desk page pass the
/// accessibility check.
/// </summary>
public sealed class SeedTaskPagesTests(SystemUnderTest system, Chromium chromium)
{
    [Fact]
    public async Task The_office_records_and_corrects_a_training_through_the_staff_pages()
    {
        await StaffBrowser.CreateAsync(system, "web.vp.hoatdong", "Đỗ Thị Hoạt Động", "VP", "OfficeStaff");
        var office = await StaffBrowser.SignInAsync(chromium, system, "web.vp.hoatdong");
        var violations = new List<string>();
        var title = $"Tập huấn nghiệp vụ một cửa {Guid.NewGuid().ToString("N")[..6]}";

        await office.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ thực hiện kế hoạch" }).ClickAsync();
        await office.GetByRole(AriaRole.Link, new() { Name = "VII. Truyền thông, tuyên truyền, tập huấn" }).ClickAsync();
        await office.WaitForURLAsync("**/nghiep-vu/hoat-dong/truyen-thong");
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));

        await office.GetByText("Ghi nhận mới (Văn phòng)").ClickAsync();
        await office.GetByLabel("Loại hoạt động").SelectOptionAsync(new SelectOptionValue { Label = "Tập huấn" });
        await office.GetByLabel("Ngày thực hiện").FillAsync("2026-05-05");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await office.Locator(".problem").WaitForAsync();
        Assert.Contains("Vui lòng nhập tên hoạt động.", await office.Locator("#loi-title").InnerTextAsync());
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));

        await office.GetByLabel("Tên hoạt động").FillAsync(title);
        await office.GetByLabel("Số người tham dự").FillAsync("35");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await office.Locator("p.done").WaitForAsync();
        var row = office.Locator("table.data tr", new() { HasText = title });
        Assert.Contains("35", await row.InnerTextAsync());

        await row.GetByRole(AriaRole.Link, new() { Name = "Xem, sửa" }).ClickAsync();
        await office.GetByText("Sửa hồ sơ (Văn phòng)").ClickAsync();
        await office.GetByLabel("Số người tham dự").FillAsync("50");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await office.Locator("p.done").WaitForAsync();
        Assert.Contains("50", await office.Locator("dl.facts").InnerTextAsync());
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));

        foreach (var path in new[] { "/nghiep-vu/hoat-dong/danh-gia-tac-dong", "/nghiep-vu/hoat-dong/kiem-tra", "/nghiep-vu/hoat-dong/mot-cua", "/nghiep-vu/hoat-dong/lien-thong", "/bo-phan-mot-cua" })
        {
            Assert.True((await office.GotoAsync(path))!.Ok, path);
            violations.AddRange(await Chromium.SeriousViolationsAsync(office));
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
