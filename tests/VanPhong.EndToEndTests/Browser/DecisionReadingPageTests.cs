using System.Text;
using Microsoft.Playwright;

namespace VanPhong.EndToEndTests.Browser;

/// <summary>The office uploads a decision document, sees the flag of its reading beside the field with its line, accepts it and applies the decision.</summary>
public sealed class DecisionReadingPageTests(SystemUnderTest system, Chromium chromium)
{
    [Fact]
    public async Task The_office_reads_a_decision_document_accepts_its_flag_and_applies_it()
    {
        await StaffBrowser.CreateAsync(system, "web.vp.quyetdinh", "Hồ Thị Quyết Định", "VP", "OfficeStaff");
        var code = $"8.{Random.Shared.Next(0, 1_000_000):D6}.E2E";
        var number = $"{Random.Shared.Next(10_000, 100_000_000)}/QĐ-UBND";
        string[] text =
        [
            $"Số: {number}", "Khánh Hòa, ngày 15 tháng 6 năm 2026", "QUYẾT ĐỊNH", "Về việc công bố thủ tục hành chính mới ban hành trong lĩnh vực Đầu tư",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", "QUYẾT ĐỊNH:", "Điều 1. Công bố kèm theo Quyết định này danh mục 01 thủ tục hành chính mới ban hành.",
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thanh Hà",
            "Phần II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH", "A. THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH", "I. Lĩnh vực Đầu tư",
            $"1. Thủ tục cấp giấy xác nhận ưu đãi đầu tư (Mã số TTHC: {code})",
            "a) Trình tự thực hiện:", "- Bước 1: Nhà đầu tư nộp hồ sơ.", "- Bước 2: Ban Quản lý cấp giấy xác nhận.",
            "b) Cách thức thực hiện: Nộp trực tiếp, qua bưu chính công ích hoặc trực tuyến (dịch vụ công trực tuyến một phần).",
            "c) Thành phần, số lượng hồ sơ:", "- Văn bản đề nghị: 01 bản chính.",
            "d) Thời hạn giải quyết: 10 ngày làm việc.", "đ) Đối tượng thực hiện: Nhà đầu tư.", "e) Cơ quan thực hiện: Ban Quản lý Khu kinh tế Vân Phong.",
            "g) Kết quả thực hiện: Giấy xác nhận ưu đãi đầu tư.", "h) Phí, lệ phí: Không.", "l) Căn cứ pháp lý:", "- Luật Đầu tư số 61/2020/QH14 ngày 17/6/2020.",
        ];

        var office = await StaffBrowser.SignInAsync(chromium, system, "web.vp.quyetdinh");
        await office.GotoAsync("/nghiep-vu/thu-tuc/quyet-dinh");
        await office.GetByLabel("Tệp quyết định").SetInputFilesAsync(
            new FilePayload { Name = "quyet-dinh.md", MimeType = "text/markdown", Buffer = Encoding.UTF8.GetBytes(string.Join('\n', text)) });
        await office.GetByRole(AriaRole.Button, new() { Name = "Đọc quyết định" }).ClickAsync();
        await ExpectDoneAsync(office, $"Đã đọc quyết định {number}: kiểm tra 1 cảnh báo");

        // The place: a Phần II without the lists of Phần I does not give it; flagged beside the field, with the line.
        var flag = office.Locator(".flag.open");
        Assert.Equal(1, await flag.CountAsync());
        Assert.Contains("Địa điểm thực hiện", await flag.InnerTextAsync());
        Assert.Contains("Dòng 15 của văn bản", await flag.InnerTextAsync());
        var violations = await Chromium.SeriousViolationsAsync(office);

        await office.GetByLabel("Chấp nhận như văn bản ghi", new() { Exact = false }).CheckAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu sửa đổi và cảnh báo đã chấp nhận" }).ClickAsync();
        await ExpectDoneAsync(office, "Không còn cảnh báo");
        Assert.Contains("Đã chấp nhận", await office.Locator(".flag").InnerTextAsync());

        await office.GetByRole(AriaRole.Button, new() { Name = $"Áp dụng quyết định {number}" }).ClickAsync();
        await ExpectDoneAsync(office, $"Đã áp dụng quyết định {number}");
        var row = office.Locator("table.data tr", new() { HasText = number });
        Assert.Contains("Đã áp dụng", await row.InnerTextAsync());
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static async Task ExpectDoneAsync(IPage page, string message)
    {
        await page.Locator("p.done, .problem").First.WaitForAsync();
        if (await page.Locator(".problem").CountAsync() > 0)
        {
            Assert.Fail($"{page.Url}: {await page.Locator(".problem").First.InnerTextAsync()}");
        }

        Assert.Contains(message, await page.Locator("p.done").InnerTextAsync());
    }
}
