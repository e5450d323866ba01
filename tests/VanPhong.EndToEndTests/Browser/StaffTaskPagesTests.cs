using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using VanPhong.Topology;

namespace VanPhong.EndToEndTests.Browser;

/// <summary>
/// The staff tasks that were API-only, done through the pages: a plan item added, a spending recorded, a PAKN linked
/// to a procedure and a plan item; a publication decision typed with its procedure and applied, the internal
/// procedure's steps written and submitted, a review opened, costed and proposed, dossier exports imported; accounts
/// and units administered. Each form is first sent wrong to see the service's Vietnamese message beside its field,
/// and every page passes the accessibility check.
/// </summary>
public sealed class StaffTaskPagesTests(SystemUnderTest system, Chromium chromium)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_office_adds_a_plan_item_records_a_spending_and_links_a_PAKN_through_the_pages()
    {
        await StaffBrowser.CreateAsync(system, "web.vp.nhiemvu", "Ngô Thị Nhiệm Vụ", "VP", "OfficeStaff");
        var office = await StaffBrowser.SignInAsync(chromium, system, "web.vp.nhiemvu");
        var violations = new List<string>();

        // 4. A plan item
        await office.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch", Exact = true }).ClickAsync();
        await office.GetByRole(AriaRole.Link, new() { Name = "Thêm nhiệm vụ" }).ClickAsync();
        var section = await office.GetByLabel("Mục của kế hoạch").InputValueAsync();
        var code = $"{section}.{Random.Shared.Next(100, 100_000)}";
        await office.GetByLabel("Mã nhiệm vụ", new() { Exact = false }).FillAsync(code);
        await office.GetByLabel("Thời gian thực hiện", new() { Exact = false }).FillAsync("Quý IV/2026");
        await office.GetByLabel("Đơn vị chủ trì", new() { Exact = false }).FillAsync("Văn phòng");
        await office.GetByRole(AriaRole.Button, new() { Name = "Thêm nhiệm vụ" }).ClickAsync();
        await office.Locator(".problem").WaitForAsync();
        Assert.Contains("Vui lòng nhập nội dung công việc.", await office.Locator("#loi-content").InnerTextAsync());
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));

        var content = $"Rà soát quy trình cấp giấy chứng nhận đầu tư (kiểm thử {code})";
        await office.GetByLabel("Nội dung công việc").FillAsync(content);
        await office.GetByRole(AriaRole.Button, new() { Name = "Thêm nhiệm vụ" }).ClickAsync();
        await ExpectDoneAsync(office, $"Đã thêm nhiệm vụ {code}.");
        Assert.Contains(content, await office.Locator("p.prose").InnerTextAsync());
        var itemId = office.Url.Split('/').Last();

        // 5. A spending
        await office.GotoAsync("/nghiep-vu/ke-hoach");
        await office.GetByRole(AriaRole.Link, new() { Name = "Kinh phí thực hiện kế hoạch" }).ClickAsync();
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));
        await office.GetByLabel("Nhiệm vụ", new() { Exact = true }).SelectOptionAsync(itemId);
        await office.GetByLabel("Số tiền (đồng)").FillAsync("150000");
        await office.GetByLabel("Ngày chi").FillAsync("2026-11-20");
        await office.GetByRole(AriaRole.Button, new() { Name = "Ghi khoản chi" }).ClickAsync();
        await office.Locator(".problem").WaitForAsync();
        Assert.Contains("Vui lòng nêu nội dung chi.", await office.Locator("#loi-description").InnerTextAsync());

        var purpose = $"In tài liệu tập huấn {code}";
        await office.GetByLabel("Nội dung chi", new() { Exact = true }).FillAsync(purpose);
        await office.GetByRole(AriaRole.Button, new() { Name = "Ghi khoản chi" }).ClickAsync();
        await ExpectDoneAsync(office, "Đã ghi khoản chi 150.000 đồng");
        var spent = office.Locator("table.data tr", new() { HasText = purpose });
        Assert.Contains(code, await spent.InnerTextAsync());
        Assert.Contains("150.000", await spent.InnerTextAsync());

        // 7. A PAKN linked to a procedure and to the item
        var api = await system.PersonClientAsync("web.vp.nhiemvu", StaffBrowser.Password, secondFactor: false);
        var submitted = await system.Gateway.PostAsJsonAsync(RoutePrefixes.PublicFeedback, new
        {
            kind = "Recommendation",
            category = "implementation-difficulty",
            content = "Đề nghị rút ngắn thời gian cấp giấy chứng nhận đăng ký đầu tư tại Ban.",
            submitter = new { name = "Lý Văn Đầu Tư", address = "Ninh Hòa, Khánh Hòa", phone = "0905333444" },
            consentToPublish = false,
            consentToProcessing = true,
        }, _ct);
        submitted.EnsureSuccessStatusCode();
        var tracking = (await submitted.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("trackingCode").GetString()!;
        var feedbackId = await EventuallyAsync(async () => (await api.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Feedback}?q={tracking}", _ct))!.Single().GetProperty("id").GetGuid());

        await office.GotoAsync($"/nghiep-vu/phan-anh/{feedbackId}");
        await office.GetByRole(AriaRole.Link, new() { Name = "Liên kết với thủ tục, nhiệm vụ, phương án" }).ClickAsync();
        await office.GetByLabel("Mã thủ tục", new() { Exact = false }).FillAsync("9.999999");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu liên kết" }).ClickAsync();
        await office.Locator(".problem").WaitForAsync();
        Assert.Contains("Thủ tục 9.999999 không có trong danh mục.", await office.Locator("#loi-procedureCode").InnerTextAsync());
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));

        await office.GetByLabel("Mã thủ tục", new() { Exact = false }).FillAsync("1.009645");
        await office.GetByLabel("Nhiệm vụ của kế hoạch").SelectOptionAsync(itemId);
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu liên kết" }).ClickAsync();
        await ExpectDoneAsync(office, "Đã lưu liên kết");
        var links = await office.Locator("[data-testid=links]").InnerTextAsync();
        Assert.Contains("1.009645", links);
        Assert.Contains(code, links);
        var stored = await api.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Feedback}/{feedbackId}", _ct);
        Assert.Equal(itemId, stored.GetProperty("planItemId").GetGuid().ToString());

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task The_office_records_a_decision_writes_the_internal_procedure_reviews_it_and_imports_dossiers_through_the_pages()
    {
        await StaffBrowser.CreateAsync(system, "web.vp.ghinhan", "Đinh Văn Thủ Tục", "VP", "OfficeStaff");
        var office = await StaffBrowser.SignInAsync(chromium, system, "web.vp.ghinhan");
        var violations = new List<string>();
        var code = $"8.{Random.Shared.Next(0, 1_000_000):D6}.E2E";
        var number = $"{Random.Shared.Next(10_000, 100_000_000)}/QĐ-UBND";

        // 1. A publication decision with its procedure, typed
        await office.GotoAsync("/nghiep-vu/thu-tuc/quyet-dinh");
        await office.GetByRole(AriaRole.Link, new() { Name = "Ghi nhận quyết định không có tệp", Exact = false }).ClickAsync();
        await office.GetByLabel("Số quyết định").FillAsync(number);
        await office.GetByLabel("Ngày ban hành", new() { Exact = true }).FillAsync("2026-11-02");
        await office.GetByLabel("Người ký").FillAsync("Nguyễn Thanh Hà");
        await office.GetByLabel("Mã thủ tục", new() { Exact = false }).FillAsync(code);
        await office.GetByLabel("Tên thủ tục").FillAsync("Thủ tục xác nhận ưu đãi đầu tư (kiểm thử)");
        await office.GetByLabel("Lĩnh vực").FillAsync("Đầu tư");
        await office.GetByLabel("Thời hạn giải quyết (ngày)").FillAsync("10");
        await office.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận quyết định" }).ClickAsync();
        await office.Locator(".problem").WaitForAsync();
        Assert.Contains("Phải nêu thành phần hồ sơ.", await office.Locator("#loi-items-0-dossier").InnerTextAsync());
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));

        await office.GetByLabel("Thành phần hồ sơ", new() { Exact = false }).FillAsync("Văn bản đề nghị xác nhận ưu đãi đầu tư");
        await office.GetByLabel("Căn cứ pháp lý", new() { Exact = false }).FillAsync("Luật Đầu tư số 61/2020/QH14");
        await office.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận quyết định" }).ClickAsync();
        await ExpectDoneAsync(office, $"Đã ghi nhận quyết định {number}");
        await office.GetByRole(AriaRole.Button, new() { Name = $"Áp dụng quyết định {number}" }).ClickAsync();
        await ExpectDoneAsync(office, $"Đã áp dụng quyết định {number}");

        // 2. The internal procedure's steps
        await office.GotoAsync($"/nghiep-vu/thu-tuc/{code}");
        await office.GetByRole(AriaRole.Link, new() { Name = "Các bước của quy trình nội bộ" }).ClickAsync();
        await office.GetByLabel("Nội dung bước 1").FillAsync("Tiếp nhận, kiểm tra hồ sơ");
        await office.GetByLabel("Đơn vị thực hiện bước 1").FillAsync("Bộ phận Một cửa");
        await office.GetByLabel("Thời gian bước 1").FillAsync("12");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu quy trình" }).ClickAsync();
        await office.Locator(".problem").WaitForAsync();
        Assert.Contains("vượt thời hạn giải quyết", await office.Locator("#loi-steps").InnerTextAsync());
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));

        await office.GetByLabel("Thời gian bước 1").FillAsync("1.5");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu quy trình" }).ClickAsync();
        await ExpectDoneAsync(office, "Đã lưu quy trình nội bộ: 1 bước, 1,5/10 ngày làm việc.");
        await office.GetByRole(AriaRole.Button, new() { Name = "Trình phê duyệt quy trình nội bộ" }).ClickAsync();
        await ExpectDoneAsync(office, "Đã trình phê duyệt quy trình nội bộ");

        // 3. A review: opened, costed, proposed
        await office.GotoAsync($"/nghiep-vu/thu-tuc/{code}");
        await office.GetByRole(AriaRole.Link, new() { Name = "Rà soát, đánh giá thủ tục này" }).ClickAsync();
        await office.GetByLabel("Thời gian giải quyết (ngày làm việc), trước đơn giản hóa").FillAsync("10");
        await office.GetByLabel("Thời gian chuẩn bị hồ sơ (giờ), trước đơn giản hóa").FillAsync("8");
        await office.GetByLabel("Số hồ sơ mỗi năm, trước đơn giản hóa").FillAsync("100");
        await office.GetByLabel("Thời gian giải quyết (ngày làm việc), sau đơn giản hóa").FillAsync("5");
        await office.GetByLabel("Thời gian chuẩn bị hồ sơ (giờ), sau đơn giản hóa").FillAsync("8");
        await office.GetByLabel("Số hồ sơ mỗi năm, sau đơn giản hóa").FillAsync("100");
        await office.GetByRole(AriaRole.Button, new() { Name = "Mở phiếu rà soát" }).ClickAsync();
        await office.Locator(".problem").WaitForAsync();
        Assert.Contains("Vui lòng đánh giá sự cần thiết của thủ tục.", await office.Locator("#loi-necessity").InnerTextAsync());
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));

        foreach (var criterion in new[] { "Necessity", "Reasonableness", "Legality" })
        {
            await office.Locator($"input[name='Form.Met[{criterion}]'][value=true]").CheckAsync();
        }

        await office.GetByLabel("Nội dung đơn giản hóa").FillAsync("Rút thời hạn giải quyết từ 10 xuống 5 ngày làm việc.");
        await office.GetByLabel("Lý do", new() { Exact = true }).FillAsync("Hồ sơ đơn giản, chỉ một bước thẩm định.");
        await office.GetByRole(AriaRole.Button, new() { Name = "Mở phiếu rà soát" }).ClickAsync();
        await ExpectDoneAsync(office, $"Đã lưu phiếu rà soát thủ tục {code}");
        Assert.Contains("Đang rà soát", await office.Locator("[data-testid=review-status]").InnerTextAsync());
        await office.GetByRole(AriaRole.Button, new() { Name = "Đề xuất phương án đơn giản hóa" }).ClickAsync();
        await ExpectDoneAsync(office, "Đã đề xuất phương án đơn giản hóa.");
        Assert.Contains("Đã đề xuất phương án", await office.Locator("[data-testid=review-status]").InnerTextAsync());
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));

        // 6. Dossier exports: a file with a wrong row is refused with the row's problem; the sample export is imported
        await office.GetByRole(AriaRole.Link, new() { Name = "Nhập hồ sơ TTHC" }).ClickAsync();
        var sample = Path.Combine(Chromium.RepositoryRoot(), "samples", "dossiers", "ho-so-mau.csv");
        var lines = await File.ReadAllLinesAsync(sample, _ct);
        var wrong = string.Join('\n', lines[0], lines[1].Replace("1.009645", "ma-sai", StringComparison.Ordinal));
        await office.GetByLabel("Tệp hồ sơ (.csv, .xlsx)").SetInputFilesAsync(new FilePayload { Name = "ho-so-loi.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(wrong) });
        await office.GetByRole(AriaRole.Button, new() { Name = "Nhập hồ sơ" }).ClickAsync();
        await office.Locator("[data-testid=row-errors]").WaitForAsync();
        Assert.Contains("Dòng", await office.Locator("[data-testid=row-errors] tbody").InnerTextAsync());
        Assert.Contains("MA-SAI", await office.Locator("[data-testid=row-errors] tbody").InnerTextAsync());
        violations.AddRange(await Chromium.SeriousViolationsAsync(office));

        await office.GetByLabel("Tệp hồ sơ (.csv, .xlsx)").SetInputFilesAsync(sample);
        await office.GetByRole(AriaRole.Button, new() { Name = "Nhập hồ sơ" }).ClickAsync();
        await ExpectDoneAsync(office, $"Đã nhập {lines.Count(l => l.Length > 0) - 1} hồ sơ");

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task The_administrator_adds_a_unit_and_an_account_then_changes_its_roles_and_deactivates_it_through_the_pages()
    {
        await StaffBrowser.CreateAsync(system, "web.quantri", "Vũ Văn Quản Trị", "VP", "Administrator");
        var admin = await StaffBrowser.SignInAsync(chromium, system, "web.quantri");
        var violations = new List<string>();
        var unit = $"TN{Random.Shared.Next(1000, 100_000)}";
        var userName = $"web.tn.{unit.ToLowerInvariant()}";

        // Units
        await admin.GetByRole(AriaRole.Link, new() { Name = "Quản trị tài khoản, đơn vị" }).ClickAsync();
        violations.AddRange(await Chromium.SeriousViolationsAsync(admin));
        await admin.GetByRole(AriaRole.Link, new() { Name = "Đơn vị", Exact = true }).ClickAsync();
        await admin.GetByLabel("Mã đơn vị", new() { Exact = false }).FillAsync(unit);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị" }).ClickAsync();
        await admin.Locator(".problem").WaitForAsync();
        Assert.Contains("Vui lòng nhập tên đơn vị.", await admin.Locator("#loi-name").InnerTextAsync());
        violations.AddRange(await Chromium.SeriousViolationsAsync(admin));

        await admin.GetByLabel("Tên đơn vị").FillAsync($"Phòng Thử nghiệm {unit}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị" }).ClickAsync();
        await ExpectDoneAsync(admin, $"Đã lưu đơn vị {unit}");
        await admin.GetByRole(AriaRole.Link, new() { Name = unit, Exact = true }).ClickAsync();
        await admin.GetByLabel("Tên đơn vị").FillAsync($"Phòng Kiểm thử {unit}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu đơn vị" }).ClickAsync();
        await ExpectDoneAsync(admin, $"Đã lưu đơn vị {unit} — Phòng Kiểm thử {unit}.");

        // Accounts
        await admin.GetByRole(AriaRole.Link, new() { Name = "Tài khoản cán bộ" }).ClickAsync();
        await admin.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await admin.GetByLabel("Họ và tên").FillAsync("Trịnh Thị Thử Nghiệm");
        await admin.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync(unit);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
        await admin.Locator(".problem").WaitForAsync();
        Assert.Contains("Mỗi tài khoản phải có ít nhất một vai trò.", await admin.Locator("#loi-roles").InnerTextAsync());

        await admin.GetByLabel("Chuyên viên đơn vị").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
        await admin.Locator("[data-testid=created]").WaitForAsync();
        Assert.True((await admin.Locator("#mat-khau-tam").InnerTextAsync()).Trim().Length >= 12);
        violations.AddRange(await Chromium.SeriousViolationsAsync(admin));

        await admin.GetByRole(AriaRole.Link, new() { Name = userName, Exact = true }).ClickAsync();
        await admin.GetByLabel("Lãnh đạo đơn vị").CheckAsync();
        await admin.GetByLabel("Tài khoản đang hoạt động", new() { Exact = false }).UncheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu tài khoản" }).ClickAsync();
        await ExpectDoneAsync(admin, $"Đã lưu tài khoản {userName}.");
        var account = await admin.Locator("[data-testid=account]").InnerTextAsync();
        Assert.Contains("Lãnh đạo đơn vị", account);
        Assert.Contains("Đã khóa", account);
        violations.AddRange(await Chromium.SeriousViolationsAsync(admin));

        await admin.GetByRole(AriaRole.Button, new() { Name = "Đặt lại mật khẩu" }).ClickAsync();
        await admin.Locator("#mat-khau-tam").WaitForAsync();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static async Task ExpectDoneAsync(IPage page, string message)
    {
        await page.Locator("p.done, .problem").First.WaitForAsync();
        if (await page.Locator(".problem").CountAsync() > 0)
        {
            Assert.Fail($"{page.Url}: {await page.Locator(".problem").First.InnerTextAsync()} {string.Join(" ", await page.Locator(".field-error").AllInnerTextsAsync())}");
        }

        Assert.Contains(message, await page.Locator("p.done").First.InnerTextAsync());
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await read();
            }
            catch (Exception) when (attempt < 60)
            {
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }
        }
    }
}
