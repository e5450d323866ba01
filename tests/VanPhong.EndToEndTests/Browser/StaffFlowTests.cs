using Microsoft.Playwright;

namespace VanPhong.EndToEndTests.Browser;

/// <summary>
/// The people of the issue, each in their own browser: a citizen submits a PAKN with an attachment and tracks it;
/// a clerk of the office classifies and assigns it; the division drafts; the Board's leadership approves; the office
/// sends and publishes; the citizen reads the answer. A unit reports plan progress; the office generates, freezes and
/// downloads the quarterly report.
/// </summary>
public sealed class StaffFlowTests(SystemUnderTest system, Chromium chromium)
{
    [Fact]
    public async Task A_PAKN_goes_from_the_citizen_through_the_staff_pages_and_back_published()
    {
        await StaffBrowser.CreateAsync(system, "web.vanphong", "Trần Thị Văn Thư", "VP", "OfficeStaff");
        await StaffBrowser.CreateAsync(system, "web.qldt", "Lê Văn Chuyên Viên", "QLDT", "UnitStaff");
        await StaffBrowser.CreateAsync(system, "web.lanhdao", "Phạm Văn Lãnh Đạo", "LDB", "Leadership");

        // The citizen
        var citizen = await chromium.NewPageAsync(system, phone: true);
        await citizen.GotoAsync("/phan-anh/gui");
        await citizen.GetByRole(AriaRole.Radio, new() { Name = "Kiến nghị" }).CheckAsync();
        await citizen.GetByLabel("Nội dung phản ánh, kiến nghị về").SelectOptionAsync("implementation-difficulty");
        await citizen.Locator("#content").FillAsync(
            "Tôi là Đỗ Minh Quang, điện thoại 0913 456 789. Hồ sơ điều chỉnh giấy chứng nhận đăng ký đầu tư nộp tại Bộ phận Một cửa đã quá hạn mười ngày.");
        await citizen.GetByLabel("Họ và tên").FillAsync("Đỗ Minh Quang");
        await citizen.GetByLabel("Địa chỉ liên hệ").FillAsync("Thôn Tân Phước, Vạn Ninh, Khánh Hòa");
        await citizen.GetByLabel("Số điện thoại").FillAsync("0913456789");
        await citizen.GetByLabel("Tài liệu kèm theo", new() { Exact = false }).SetInputFilesAsync(
            new FilePayload { Name = "bien-nhan-ho-so.pdf", MimeType = "application/pdf", Buffer = CitizenPagesTests.Pdf });
        await citizen.GetByLabel("Tôi đồng ý để Ban công khai", new() { Exact = false }).CheckAsync();
        Assert.Contains("Nghị định số 13/2023/NĐ-CP", await citizen.Locator("[data-testid=privacy-notice]").InnerTextAsync());
        await citizen.GetByLabel("xử lý dữ liệu cá nhân của tôi", new() { Exact = false }).CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();

        var code = (await citizen.Locator("[data-testid=tracking-code]").InnerTextAsync()).Trim();
        var key = (await citizen.Locator("[data-testid=lookup-key]").InnerTextAsync()).Trim();
        Assert.Matches("^[A-Z0-9-]{6,}$", code);
        await Chromium.ScreenshotAsync(citizen, "bien-nhan");
        Assert.Equal("Đã tiếp nhận", await TrackAsync(citizen, code, key));

        // The office: from its queue on the home page to classification and assignment.
        var office = await StaffBrowser.SignInAsync(chromium, system, "web.vanphong");
        await Chromium.ScreenshotAsync(office, "nghiep-vu-van-phong");
        await office.GotoAsync($"/nghiep-vu/phan-anh?q={code}");
        await office.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        Assert.Equal(1, await office.GetByRole(AriaRole.Link, new() { Name = "bien-nhan-ho-so.pdf" }).CountAsync());
        await office.GetByLabel("Thuộc thẩm quyền của Ban").CheckAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "Phân loại" }).ClickAsync();
        await ExpectDoneAsync(office, "Đã phân loại");
        var detail = office.Url;

        // The units reach the feedback service by events; a fresh system may still be receiving them.
        await RetryAsync(async () =>
        {
            await office.GotoAsync(detail);
            await office.GetByLabel("Giao đơn vị chủ trì xử lý").SelectOptionAsync("QLDT");
            await office.GetByRole(AriaRole.Button, new() { Name = "Giao xử lý" }).ClickAsync();
            await ExpectDoneAsync(office, "Đã giao QLDT");
        });

        // The division
        var division = await StaffBrowser.SignInAsync(chromium, system, "web.qldt");
        Assert.Equal(1, await division.GetByRole(AriaRole.Link, new() { Name = code }).CountAsync());
        await division.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await division.GetByRole(AriaRole.Button, new() { Name = "Nhận xử lý" }).ClickAsync();
        await ExpectDoneAsync(division, "bắt đầu xử lý");
        // Drafted from a template: first without the value it needs (refused, the template's form stays), then with it.
        await division.GetByLabel("Soạn theo mẫu trả lời").SelectOptionAsync(new SelectOptionValue { Label = "Trả lời hướng dẫn thực hiện thủ tục" });
        await division.GetByRole(AriaRole.Button, new() { Name = "Dùng mẫu" }).ClickAsync();
        await division.GetByRole(AriaRole.Button, new() { Name = "Trình Lãnh đạo duyệt" }).ClickAsync();
        Assert.Contains("NoiDungTraLoi", await division.Locator(".field-error").First.InnerTextAsync());
        await division.GetByLabel("Nội dung trả lời").FillAsync(
            "Hồ sơ điều chỉnh đã được giải quyết ngày 20/11/2026; Ban xin lỗi vì sự chậm trễ và đã chấn chỉnh Bộ phận Một cửa.");
        await division.GetByRole(AriaRole.Button, new() { Name = "Trình Lãnh đạo duyệt" }).ClickAsync();
        await ExpectDoneAsync(division, "chờ Lãnh đạo duyệt");

        // The Board's leadership sees what will be published, redacted, and approves.
        var leader = await StaffBrowser.SignInAsync(chromium, system, "web.lanhdao");
        await leader.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        var preview = await leader.Locator("[data-testid=published-question]").InnerTextAsync();
        Assert.DoesNotContain("Đỗ Minh Quang", preview);
        Assert.DoesNotContain("0913 456 789", preview);
        // Each removal is marked in the preview for the approver to check.
        Assert.True(await leader.Locator("[data-testid=published-question] mark[data-testid=redaction]").CountAsync() >= 2);
        await Chromium.ScreenshotAsync(leader, "duyet-tra-loi");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Duyệt câu trả lời" }).ClickAsync();
        await ExpectDoneAsync(leader, "Đã duyệt");

        // The office sends and publishes.
        await office.GotoAsync(detail);
        await office.GetByRole(AriaRole.Button, new() { Name = "Gửi câu trả lời" }).ClickAsync();
        await ExpectDoneAsync(office, "Đã gửi câu trả lời");
        await office.GetByRole(AriaRole.Button, new() { Name = "Công khai kết quả trả lời" }).ClickAsync();
        await ExpectDoneAsync(office, "Đã công khai");

        // The citizen reads the answer with the key, and finds it, redacted, among the published answers.
        Assert.Equal("Đã công khai kết quả", await TrackAsync(citizen, code, key));
        Assert.Contains("đã được giải quyết", await citizen.Locator("[data-testid=answer]").InnerTextAsync());
        await Chromium.ScreenshotAsync(citizen, "tra-cuu-co-tra-loi");
        await citizen.GetByLabel("Hài lòng", new() { Exact = true }).CheckAsync();
        await citizen.GetByLabel("Mức độ hài lòng (1 đến 5)").SelectOptionAsync("5");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        Assert.Contains("Cảm ơn Quý vị đã đánh giá", await citizen.Locator("p.done").InnerTextAsync());
        await citizen.GotoAsync($"/phan-anh/ket-qua?q={code}");
        var published = await citizen.Locator("main").InnerTextAsync();
        Assert.Contains(code, published);
        Assert.DoesNotContain("Đỗ Minh Quang", published);
    }

    [Fact]
    public async Task A_unit_reports_progress_and_the_office_generates_freezes_and_downloads_the_quarterly_report()
    {
        await StaffBrowser.CreateAsync(system, "web.vp.chuyenvien", "Ngô Thị Kiểm Soát", "VP", "UnitStaff");
        await StaffBrowser.CreateAsync(system, "web.vp.baocao", "Hồ Văn Tổng Hợp", "VP", "OfficeStaff");

        var unit = await StaffBrowser.SignInAsync(chromium, system, "web.vp.chuyenvien");
        await unit.GotoAsync("/nghiep-vu/ke-hoach");
        await unit.Locator("tr", new() { HasText = "Công khai TTHC tại trụ sở cơ quan" }).GetByRole(AriaRole.Link).ClickAsync();
        await unit.GetByLabel("Tỷ lệ hoàn thành (%)").FillAsync("60");
        await unit.GetByLabel("Kết quả thực hiện").FillAsync("Đã niêm yết 21 thủ tục tại Bộ phận Một cửa; cập nhật bảng niêm yết theo quyết định công bố mới.");
        await unit.GetByLabel("Số văn bản").FillAsync("215/VP-KKT");
        await unit.GetByLabel("Ngày văn bản").FillAsync("2026-11-20");
        await unit.GetByLabel("Tệp văn bản", new() { Exact = false }).SetInputFilesAsync(
            new FilePayload { Name = "niem-yet.pdf", MimeType = "application/pdf", Buffer = CitizenPagesTests.Pdf });
        await unit.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await ExpectDoneAsync(unit, "Đã ghi nhận báo cáo tiến độ");
        Assert.Contains("60%", await unit.Locator("main").InnerTextAsync());
        Assert.Equal(1, await unit.GetByRole(AriaRole.Link, new() { Name = "tệp minh chứng" }).CountAsync());
        await Chromium.ScreenshotAsync(unit, "bao-cao-tien-do");

        var office = await StaffBrowser.SignInAsync(chromium, system, "web.vp.baocao");
        await office.GotoAsync("/nghiep-vu/bao-cao");
        var quarter = (DateTime.UtcNow.AddHours(7).Month + 2) / 3;
        await office.GetByLabel("Kỳ báo cáo", new() { Exact = false }).SelectOptionAsync($"Quarter:{quarter}");
        await office.GetByRole(AriaRole.Button, new() { Name = "Tổng hợp báo cáo" }).ClickAsync();
        await ExpectDoneAsync(office, "Đã tổng hợp báo cáo");
        Assert.True(await office.Locator("table.kpis meter").CountAsync() >= 5);
        await Chromium.ScreenshotAsync(office, "bao-cao-quy");

        await office.GetByLabel("Số văn bản báo cáo").FillAsync($"{Random.Shared.Next(100, 999)}/BC-KKT");
        await office.GetByRole(AriaRole.Button, new() { Name = "Chốt số liệu" }).ClickAsync();
        await ExpectDoneAsync(office, "Đã chốt số liệu");
        Assert.Equal("Đã chốt số liệu", (await office.Locator("[data-testid=report-status]").InnerTextAsync()).Trim());

        foreach (var (link, extension) in new[] { ("Tải báo cáo (.docx)", ".docx"), ("Tải biểu số liệu (.xlsx)", ".xlsx") })
        {
            var download = await office.RunAndWaitForDownloadAsync(() => office.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
            Assert.EndsWith(extension, download.SuggestedFilename);
            var path = Path.Combine(Chromium.Screenshots, "bao-cao-quy" + extension);
            await download.SaveAsAsync(path);
            var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
            Assert.True(bytes.Length > 1000 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K', $"{extension} is an Open XML package");
        }
    }

    [Fact]
    public async Task The_staff_pages_show_the_catalog_with_versions_and_pass_the_accessibility_check()
    {
        await StaffBrowser.CreateAsync(system, "web.vp.thutuc", "Vũ Thị Danh Mục", "VP", "OfficeStaff");
        var office = await StaffBrowser.SignInAsync(chromium, system, "web.vp.thutuc");
        var violations = new List<string>(await Chromium.SeriousViolationsAsync(office));

        await office.GetByRole(AriaRole.Link, new() { Name = "Thủ tục hành chính" }).Last.ClickAsync();
        await office.WaitForURLAsync("**/nghiep-vu/thu-tuc");
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));
        await office.Locator("table.data a[href='/nghiep-vu/thu-tuc/1.014199']").First.ClickAsync();
        await office.WaitForURLAsync("**/nghiep-vu/thu-tuc/1.014199");
        Assert.True(await office.Locator("table.data tbody tr").CountAsync() >= 1);
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));
        await Chromium.ScreenshotAsync(office, "nghiep-vu-thu-tuc");

        // The compliance cost of halving the processing time of a procedure with 100 dossiers a year (8 h × 40.000 đ an hour).
        await office.GotoAsync("/nghiep-vu/thu-tuc/chi-phi-tuan-thu");
        await office.GetByLabel("Thời gian giải quyết (ngày làm việc), trước đơn giản hóa").FillAsync("10");
        await office.GetByLabel("Số hồ sơ mỗi năm, trước đơn giản hóa").FillAsync("100");
        await office.GetByLabel("Thời gian giải quyết (ngày làm việc), sau đơn giản hóa").FillAsync("5");
        await office.GetByLabel("Số hồ sơ mỗi năm, sau đơn giản hóa").FillAsync("100");
        await office.GetByRole(AriaRole.Button, new() { Name = "Tính chi phí" }).ClickAsync();
        Assert.Equal("160.000.000 đồng (50%)", (await office.Locator("[data-testid=saving]").InnerTextAsync()).Trim());
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));

        // The plan editor: the office rewrites an item's expected result.
        await office.GotoAsync("/nghiep-vu/ke-hoach");
        await office.Locator("tr", new() { HasText = "Công khai TTHC trên Cổng thông tin điện tử của cơ quan" }).GetByRole(AriaRole.Link).ClickAsync();
        await office.GetByText("Sửa nhiệm vụ (Văn phòng)").ClickAsync();
        await office.GetByLabel("Kết quả cần đạt").FillAsync("100% TTHC được công khai trên Cổng thông tin điện tử, cập nhật trong 02 ngày làm việc.");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu nhiệm vụ" }).ClickAsync();
        await ExpectDoneAsync(office, "Đã cập nhật nhiệm vụ");
        Assert.Contains("cập nhật trong 02 ngày làm việc", await office.Locator("dl.facts").InnerTextAsync());
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));

        // III.3 runs "Theo tiến độ của tỉnh": it waits on the "needs a date" list until the office sets its date.
        await office.GotoAsync("/nghiep-vu/ke-hoach");
        await office.Locator("[data-testid=needs-date]").GetByRole(AriaRole.Link, new() { Name = "III.3", Exact = true }).ClickAsync();
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));
        await office.GetByLabel("Hạn hoàn thành").FillAsync("2023-09-29");
        await office.GetByLabel("Căn cứ (văn bản, ngày)").FillAsync("Văn bản 1234/UBND-KSTT ngày 01/9/2023 của UBND tỉnh");
        await office.GetByRole(AriaRole.Button, new() { Name = "Đặt hạn" }).ClickAsync();
        await ExpectDoneAsync(office, "Đã đặt hạn cho nhiệm vụ");
        Assert.Contains("29/09/2023", await office.Locator("dl.facts").InnerTextAsync());
        Assert.Contains("1234/UBND-KSTT", await office.Locator("dl.facts").InnerTextAsync());
        await office.GotoAsync("/nghiep-vu/ke-hoach");
        Assert.Equal(0, await office.Locator("[data-testid=needs-date]").GetByRole(AriaRole.Link, new() { Name = "III.3", Exact = true }).CountAsync());
        Assert.Equal(1, await office.Locator("[data-testid=needs-date]").GetByRole(AriaRole.Link, new() { Name = "VII.2", Exact = true }).CountAsync());

        foreach (var path in new[] { "/nghiep-vu/phan-anh", "/nghiep-vu/phan-anh/vao-so", "/nghiep-vu/ke-hoach", "/nghiep-vu/ke-hoach/nhap", "/nghiep-vu/bao-cao", "/nghiep-vu/thu-tuc/quyet-dinh" })
        {
            Assert.True((await office.GotoAsync(path))!.Ok, path);
            violations.AddRange(await Chromium.SeriousViolationsAsync(office));
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task The_one_stop_desk_enters_a_posted_PAKN_and_the_office_sees_the_live_KPI_charts()
    {
        await StaffBrowser.CreateAsync(system, "web.motcua", "Đặng Thị Một Cửa", "MC", "OneStopStaff");
        await StaffBrowser.CreateAsync(system, "web.vp.chitieu", "Lý Văn Chỉ Tiêu", "VP", "OfficeStaff");

        var desk = await StaffBrowser.SignInAsync(chromium, system, "web.motcua");
        await desk.GotoAsync("/nghiep-vu/phan-anh/vao-so");
        await desk.GetByLabel("Kênh tiếp nhận").SelectOptionAsync("Post");
        await desk.GetByLabel("Nội dung phản ánh, kiến nghị về").SelectOptionAsync("unrealistic");
        await desk.Locator("#content").FillAsync("Thư gửi qua bưu điện: đề nghị bỏ yêu cầu nộp bản sao chứng thực giấy tờ đã có trong cơ sở dữ liệu quốc gia về dân cư.");
        await desk.GetByLabel("Họ và tên").FillAsync("Trịnh Văn Bưu");
        await desk.GetByLabel("Địa chỉ liên hệ").FillAsync("Ninh Hải, Ninh Hòa, Khánh Hòa");
        await desk.GetByLabel("Số điện thoại").FillAsync("0905111222");
        await desk.GetByLabel("đã được thông báo mục đích xử lý dữ liệu cá nhân", new() { Exact = false }).CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Vào sổ" }).ClickAsync();
        await ExpectDoneAsync(desk, "Đã vào sổ phản ánh, kiến nghị mã");
        var code = System.Text.RegularExpressions.Regex.Match(await desk.Locator("p.done").InnerTextAsync(), @"mã (\S+)").Groups[1].Value;
        await desk.GotoAsync($"/nghiep-vu/phan-anh?q={code}");
        await desk.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        Assert.Contains("Bưu chính", await desk.Locator("main").InnerTextAsync());

        var office = await StaffBrowser.SignInAsync(chromium, system, "web.vp.chitieu");
        await office.GetByRole(AriaRole.Link, new() { Name = "Chỉ tiêu", Exact = true }).ClickAsync();
        await office.WaitForURLAsync("**/nghiep-vu/chi-tieu");
        Assert.True(await office.Locator("svg.chart[role=img]").CountAsync() >= 2);
        Assert.Contains("Tỷ lệ phản ánh, kiến nghị trả lời đúng hạn", await office.Locator("svg.chart desc").First.TextContentAsync());
        Assert.Equal(5, await office.Locator("section[aria-labelledby=kpi-h] table.data tbody tr").CountAsync());
        var violations = await Chromium.SeriousViolationsAsync(office);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        await Chromium.ScreenshotAsync(office, "bang-chi-tieu");
    }

    private static async Task<string> TrackAsync(IPage citizen, string code, string key)
    {
        await citizen.GotoAsync("/phan-anh/tra-cuu");
        await citizen.GetByLabel("Mã tra cứu").FillAsync(code);
        await citizen.GetByLabel("Khóa tra cứu").FillAsync(key);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        return (await citizen.Locator("[data-testid=status]").InnerTextAsync()).Trim();
    }

    private static async Task ExpectDoneAsync(IPage page, string message)
    {
        var done = page.Locator("p.done");
        var problem = page.Locator(".problem");
        await page.Locator("p.done, .problem").First.WaitForAsync();
        if (await problem.CountAsync() > 0)
        {
            Assert.Fail($"{page.Url}: {await problem.First.InnerTextAsync()}");
        }

        Assert.Contains(message, await done.InnerTextAsync());
    }

    private static async Task RetryAsync(Func<Task> action)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await action();
                return;
            }
            catch (Exception) when (attempt < 30)
            {
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }
        }
    }
}
