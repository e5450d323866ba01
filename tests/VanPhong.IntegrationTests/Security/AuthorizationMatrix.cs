using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.Catalog.Model;
using VanPhong.IntegrationTests.Catalog;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Reporting;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.IntegrationTests.Plans;
using static VanPhong.IntegrationTests.Infrastructure.TestUsers;

namespace VanPhong.IntegrationTests.Security;

/// <summary>
/// One row per staff endpoint: who holds the right token, who has a wrong role, who has the right role in another
/// unit (and whether that may pass), and a request that succeeds for the right caller. A new /api endpoint without
/// a row here fails <see cref="AuthorizationMatrixTests.Every_api_endpoint_has_a_policy_and_a_row_in_the_matrix"/>.
/// </summary>
public sealed record EndpointRow(
    string Method,
    string Route,
    TestUser Right,
    TestUser WrongRole,
    TestUser OtherUnit,
    bool OtherUnitAllowed,
    Func<Platform, TestUser, Task<HttpRequestMessage>> Request)
{
    public string Key => $"{Method} {Route}";

    public override string ToString() => Key;
}

public static class AuthorizationMatrix
{
    private static Func<Platform, TestUser, Task<HttpRequestMessage>> Get(string url) =>
        (_, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));

    private static Func<Platform, TestUser, Task<HttpRequestMessage>> Send(HttpMethod method, Func<Platform, TestUser, Task<(string Url, object? Body)>> build) =>
        async (platform, caller) =>
        {
            var (url, body) = await build(platform, caller);
            return new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        };

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    /// <summary>A user the administrator endpoints can act on without disturbing the callers.</summary>
    private static async Task<string> ThrowawayUserIdAsync(Platform platform)
    {
        var admin = await platform.ClientForAsync(Admin);
        var response = await admin.PostAsJsonAsync("/api/identity/users", new { userName = Unique("tam."), fullName = "Tài khoản thử", unitCode = "QHXD", roles = new[] { "UnitStaff" } });
        var created = await response.Content.ReadFromJsonAsync<CreatedUser>();
        return created!.User.Id;
    }

    private sealed record CreatedUser(UserId User);

    private sealed record UserId(string Id);

    /// <summary>
    /// For endpoints every member of staff may call there is no wrong role among people; the wrong caller is then a
    /// machine client whose only role is Integration, which the policy does not admit for these endpoints.
    /// </summary>
    public static readonly TestUser Platformless = new("(integration client)", "", "", "Integration");

    public static readonly IReadOnlyList<EndpointRow> Rows =
    [
        // identity: accounts and units
        new("GET", "/api/identity/users/", Admin, Office, AdminQldt, true, Get("/api/identity/users")),
        new("GET", "/api/identity/users/{id}", Admin, Leader, AdminQldt, true,
            async (p, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/identity/users/{await ThrowawayUserIdAsync(p)}")),
        new("POST", "/api/identity/users/", Admin, HeadQldt, AdminQldt, true, Send(HttpMethod.Post, (_, _) => Task.FromResult<(string, object?)>(
            ("/api/identity/users", new { userName = Unique("moi."), fullName = "Người mới", unitCode = "QLDT", roles = new[] { "UnitStaff" } })))),
        new("PUT", "/api/identity/users/{id}", Admin, Office, AdminQldt, true, Send(HttpMethod.Put, async (p, _) =>
            ($"/api/identity/users/{await ThrowawayUserIdAsync(p)}", new { fullName = "Tên đã sửa" }))),
        new("POST", "/api/identity/users/{id}/unlock", Admin, Leader, AdminQldt, true, Send(HttpMethod.Post, async (p, _) =>
            ($"/api/identity/users/{await ThrowawayUserIdAsync(p)}/unlock", null))),
        new("POST", "/api/identity/users/{id}/reset-two-factor", Admin, Office, AdminQldt, true, Send(HttpMethod.Post, async (p, _) =>
            ($"/api/identity/users/{await ThrowawayUserIdAsync(p)}/reset-two-factor", null))),
        new("POST", "/api/identity/users/{id}/reset-password", Admin, OneStop, AdminQldt, true, Send(HttpMethod.Post, async (p, _) =>
            ($"/api/identity/users/{await ThrowawayUserIdAsync(p)}/reset-password", null))),
        new("GET", "/api/identity/units/", StaffQldt, Platformless, StaffQhxd, true, Get("/api/identity/units")),
        new("POST", "/api/identity/units/", Admin, Office, AdminQldt, true, Send(HttpMethod.Post, (_, _) => Task.FromResult<(string, object?)>(
            ("/api/identity/units", new { code = Unique("T").ToUpperInvariant(), name = "Tổ công tác thử", kind = "Division" })))),
        new("PUT", "/api/identity/units/{code}", Admin, Leader, AdminQldt, true, Send(HttpMethod.Put, (_, _) => Task.FromResult<(string, object?)>(
            ("/api/identity/units/DNLD", new { email = "dnld@kkt-vanphong.example.vn" })))),
        new("GET", "/api/identity/me/", HeadQldt, Platformless, HeadQhxd, true, Get("/api/identity/me")),
        new("GET", "/api/identity/me/session", StaffQldt, Platformless, StaffQhxd, true, Get("/api/identity/me/session")),
        new("POST", "/api/identity/me/password", OwnPasswordQldt, Platformless, OwnPasswordQhxd, true, Send(HttpMethod.Post, (_, caller) => Task.FromResult<(string, object?)>(
            ("/api/identity/me/password", new { currentPassword = TestUser.Password, newPassword = TestUser.Password })))),

        // audit logs of every service: administrators and leadership
        new("GET", "/api/identity/audit", Leader, Office, LeaderVp, true, Get("/api/identity/audit")),
        new("GET", "/api/plans/audit", Admin, HeadQldt, AdminQldt, true, Get("/api/plans/audit")),
        new("GET", "/api/feedback/audit", Leader, OneStop, LeaderVp, true, Get("/api/feedback/audit")),
        new("GET", "/api/procedures/audit", Admin, StaffQldt, AdminQldt, true, Get("/api/procedures/audit")),
        new("GET", "/api/reports/audit", Leader, Office, LeaderVp, true, Get("/api/reports/audit")),

        // reporting
        new("GET", "/api/reports/feedback/summary", Office, StaffQldt, HeadQhxd, true, Get("/api/reports/feedback/summary?from=2026-01-01&to=2026-12-31")),
        new("GET", "/api/reports/catalog/summary", Leader, OneStop, HeadQhxd, true, Get("/api/reports/catalog/summary?year=2026")),
        new("GET", "/api/reports/periods", HeadQldt, StaffQhxd, LeaderVp, true, Get("/api/reports/periods?year=2026")),
        new("GET", "/api/reports/periodic/preview", Office, OneStop, HeadQhxd, true, Get("/api/reports/periodic/preview?kind=Quarter&year=2026&number=1")),
        new("GET", "/api/reports/periodic", Leader, StaffQldt, OfficeMc, true, Get("/api/reports/periodic?year=2026")),
        new("POST", "/api/reports/periodic", Office, Leader, OfficeMc, true, Send(HttpMethod.Post, (_, _) => Staged("/api/reports/periodic", new { kind = "Quarter", year = 2026, number = 3 }))),
        new("GET", "/api/reports/periodic/{id:guid}", HeadQhxd, OneStop, Office, true, async (p, _) => Req($"/api/reports/periodic/{await ReportFixtures.GenerateAsync(p)}")),
        new("PUT", "/api/reports/periodic/{id:guid}/difficulties", Office, Leader, OfficeMc, true, Send(HttpMethod.Put, async (p, _) =>
            ($"/api/reports/periodic/{await ReportFixtures.GenerateAsync(p)}/difficulties", new { text = "Chưa có hướng dẫn về liên thông." }))),
        new("POST", "/api/reports/periodic/{id:guid}/freeze", Office, HeadQldt, OfficeMc, true, async (p, _) =>
            new HttpRequestMessage(HttpMethod.Post, $"/api/reports/periodic/{await ReportFixtures.GenerateAsync(p)}/freeze") { Content = JsonContent.Create(new { documentNumber = "1/BC-KKT" }) }),
        new("GET", "/api/reports/periodic/{id:guid}/report.docx", Leader, StaffQldt, LeaderVp, true, async (p, _) => Req($"/api/reports/periodic/{await ReportFixtures.GenerateAsync(p)}/report.docx")),
        new("GET", "/api/reports/periodic/{id:guid}/report.xlsx", HeadQldt, OneStop, HeadQhxd, true, async (p, _) => Req($"/api/reports/periodic/{await ReportFixtures.GenerateAsync(p)}/report.xlsx")),
        new("GET", "/api/reports/periodic/{id:guid}/kpis/{kpi}", Office, StaffQhxd, OfficeMc, true, async (p, _) =>
            Req($"/api/reports/periodic/{await ReportFixtures.GenerateAsync(p)}/kpis/one-stop-eligible-rate")),
        new("GET", "/api/reports/kpis/{kpi}", Leader, OneStop, LeaderVp, true, Get("/api/reports/kpis/plan-items-on-time-rate?kind=Year&year=2023")),
        new("GET", "/api/reports/dossiers/template.xlsx", Office, StaffQldt, HeadQhxd, true, Get("/api/reports/dossiers/template.xlsx")),
        new("POST", "/api/reports/dossiers/import", Office, Leader, OfficeMc, true, async (_, _) =>
            new HttpRequestMessage(HttpMethod.Post, "/api/reports/dossiers/import?from=2026-09-15&to=2026-10-14") { Content = new StringContent(ReportFixtures.Csv("1.009645", Random.Shared.Next(1, 1000))) }),
        new("POST", "/api/reports/dossiers", Office, HeadQldt, OfficeMc, true, Send(HttpMethod.Post, (_, _) =>
        {
            var received = Random.Shared.Next(1, 1000);
            return Staged("/api/reports/dossiers", new
            {
                from = "2026-10-15", to = "2026-11-14",
                rows = new[] { new { procedureCode = "1.009646", receivedOnline = received, receivedDirect = 0, receivedPostal = 0, carriedOver = 0, resolvedEarly = 0,
                    resolvedOnTime = received, resolvedLate = 0, pendingWithinDeadline = 0, pendingOverdue = 0, digitisedDossiers = 0, digitisedResults = 0 } },
            });
        })),
        new("GET", "/api/reports/dossiers", Leader, OneStop, HeadQhxd, true, Get("/api/reports/dossiers?from=2026-01-01")),
        new("GET", "/api/reports/dossiers/imports", Office, StaffQhxd, LeaderVp, true, Get("/api/reports/dossiers/imports")),
        new("POST", "/api/reports/dossiers/records/import", Office, HeadQldt, OfficeMc, true, async (_, _) =>
        {
            var received = new DateOnly(2026, 9, Random.Shared.Next(1, 28));
            return new HttpRequestMessage(HttpMethod.Post, "/api/reports/dossiers/records/import")
            {
                Content = new StringContent(ReportFixtures.DossierHeader + "\n" + $"{ReportFixtures.DossierCode(received)},1.009645,Trực tiếp,{received:dd/MM/yyyy},{received.AddDays(3):dd/MM/yyyy},,Đang giải quyết,,,,,\n"),
            };
        }),
        new("GET", "/api/reports/dossiers/records", Leader, OneStop, HeadQhxd, true, Get("/api/reports/dossiers/records?from=2026-01-01")),
        new("GET", "/api/reports/dossiers/records/template.csv", Office, OneStop, HeadQhxd, true, Get("/api/reports/dossiers/records/template.csv")),
        new("GET", "/api/reports/dossiers/records/template.xlsx", HeadQldt, OneStop, HeadQhxd, true, Get("/api/reports/dossiers/records/template.xlsx")),
        new("GET", "/api/reports/dossiers/figures", Leader, OneStop, LeaderVp, true, Get("/api/reports/dossiers/figures?kind=Quarter&year=2026&number=3")),
        new("GET", "/api/reports/evaluations/indicators", Office, OneStop, OfficeMc, true, Get("/api/reports/evaluations/indicators")),
        new("GET", "/api/reports/evaluations", Leader, OneStop, LeaderVp, true, Get("/api/reports/evaluations?year=2026&number=3")),
        new("PUT", "/api/reports/dossiers/records/{code}/evaluation", OneStop, StaffQldt, OneStopVp, true, async (p, _) =>
            new HttpRequestMessage(HttpMethod.Put, $"/api/reports/dossiers/records/{await ReportFixtures.ImportDossierAsync(p, new DateOnly(2026, 8, Random.Shared.Next(1, 20)))}/evaluation")
            {
                Content = JsonContent.Create(new { indicator1 = 1, indicator3 = 2, indicator4 = 2, indicator7 = 1 }),
            }),
        new("POST", "/api/reports/admin/rebuild", Admin, Office, AdminQldt, true, Send(HttpMethod.Post, (_, _) => Staged("/api/reports/admin/rebuild", null))),
        new("GET", "/api/reports/admin/rebuild", Admin, Leader, AdminQldt, true, Get("/api/reports/admin/rebuild")),
        // A catch-up request from now on: the publishers re-send nothing older, so the shared platform is not disturbed.
        new("POST", "/api/reports/admin/catch-up", Admin, Office, AdminQldt, true, Send(HttpMethod.Post, (_, _) => Staged($"/api/reports/admin/catch-up?since={Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"))}", null))),

        // procedure catalog: reading (all staff), decisions (office), internal procedures and reviews (units, then office/leadership)
        new("GET", "/api/procedures/", StaffQldt, Platformless, OneStop, true, Get("/api/procedures?sector=Vi%E1%BB%87c%20l%C3%A0m")),
        new("GET", "/api/procedures/{code}", HeadQhxd, Platformless, StaffQldt, true, Get("/api/procedures/1.009645")),
        new("GET", "/api/procedures/{code}/versions/{number:int}", StaffQhxd, Platformless, Leader, true, Get("/api/procedures/1.009645/versions/1")),
        new("GET", "/api/procedures/{code}/diff", OneStop, Platformless, Office, true, Get("/api/procedures/1.009645/diff?from=1&to=1")),
        new("GET", "/api/procedures/decisions", Office, Platformless, StaffQhxd, true, Get("/api/procedures/decisions")),
        new("GET", "/api/procedures/decisions/{id:guid}", Leader, Platformless, HeadQldt, true, async (p, _) =>
        {
            var office = await p.ClientForAsync(Office);
            var decisions = await office.GetFromJsonAsync<List<JsonElement>>("/api/procedures/decisions");
            return Req($"/api/procedures/decisions/{decisions![0].GetProperty("id").GetGuid()}");
        }),
        new("POST", "/api/procedures/decisions", Office, Leader, OfficeMc, true, Send(HttpMethod.Post, (_, _) => Staged("/api/procedures/decisions",
            CatalogFixtures.Decision(new DateOnly(2026, 6, 1),
                new DecisionItem(ChangeKind.New, CatalogFixtures.NewCode(), CatalogFixtures.Content("Thủ tục thử quyền")))))),
        new("POST", "/api/procedures/decisions/{id:guid}/apply", Office, HeadQldt, OfficeMc, true, async (p, _) =>
        {
            var office = await p.ClientForAsync(Office);
            var created = await office.PostAsJsonAsync("/api/procedures/decisions", CatalogFixtures.Decision(new DateOnly(2026, 6, 1),
                new DecisionItem(ChangeKind.New, CatalogFixtures.NewCode(), CatalogFixtures.Content("Thủ tục thử áp dụng"))));
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            return new HttpRequestMessage(HttpMethod.Post, $"/api/procedures/decisions/{id}/apply");
        }),
        new("POST", "/api/procedures/decisions/read", Office, HeadQldt, OfficeMc, true, (_, _) => Task.FromResult(
            new HttpRequestMessage(HttpMethod.Post, "/api/procedures/decisions/read?fileName=qd.md") { Content = CatalogFixtures.Upload(CatalogFixtures.SmallDecisionText()) })),
        new("PUT", "/api/procedures/decisions/{id:guid}", Office, Leader, OfficeMc, true, async (p, _) =>
        {
            var office = await p.ClientForAsync(Office);
            var read = await office.PostAsync("/api/procedures/decisions/read?fileName=qd.md", CatalogFixtures.Upload(CatalogFixtures.SmallDecisionText()));
            var draft = await read.Content.ReadFromJsonAsync<JsonElement>();
            return new HttpRequestMessage(HttpMethod.Put, $"/api/procedures/decisions/{draft.GetProperty("id").GetGuid()}")
            {
                Content = JsonContent.Create(new
                {
                    number = draft.GetProperty("number").GetString(), date = "2026-03-02", signer = "Nguyễn Văn Thử", effectiveDate = "2026-03-02",
                    items = draft.GetProperty("items"), acceptFlags = draft.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("id").GetInt32()).ToArray(),
                }),
            };
        }),
        new("GET", "/api/procedures/internal-procedures", HeadQldt, Platformless, OneStopVp, true, Get("/api/procedures/internal-procedures?late=true")),
        new("PUT", "/api/procedures/{code}/internal-procedure", StaffQldt, Leader, StaffQhxd, false, OnProcedure(HttpMethod.Put, "Draft", "/internal-procedure",
            new { steps = CatalogFixtures.Steps(1, 5, 1) })),
        new("POST", "/api/procedures/{code}/internal-procedure/submit", HeadQldt, OneStop, HeadQhxd, false, OnProcedure(HttpMethod.Post, "WithSteps", "/internal-procedure/submit", new { })),
        new("POST", "/api/procedures/{code}/internal-procedure/approve", Office, Leader, OfficeMc, true, OnProcedure(HttpMethod.Post, "Submitted", "/internal-procedure/approve",
            new { decisionNumber = "77/QĐ-UBND", approvedOn = CatalogFixtures.Today() })),
        new("POST", "/api/procedures/{code}/internal-procedure/electronic-updated", Office, StaffQldt, OfficeMc, true, OnProcedure(HttpMethod.Post, "Approved", "/internal-procedure/electronic-updated", new { })),
        new("GET", "/api/procedures/{code}/english", StaffQldt, Platformless, OneStop, true, Get("/api/procedures/1.009645/english")),
        new("PUT", "/api/procedures/{code}/english", Office, HeadQldt, OfficeMc, true, OnProcedure(HttpMethod.Put, "Draft", "/english", new { text = new { name = "A test procedure" } })),
        new("PUT", "/api/procedures/{code}/handling-unit", Office, HeadQldt, OfficeMc, true, OnProcedure(HttpMethod.Put, "Draft", "/handling-unit", new { unitCode = "QLDT" })),
        new("POST", "/api/procedures/compliance-cost", StaffQldt, Platformless, OneStop, true, Send(HttpMethod.Post, (_, _) => Staged("/api/procedures/compliance-cost",
            new { before = new { processingWorkingDays = 10, dossiersPerYear = 10 }, after = new { processingWorkingDays = 9, dossiersPerYear = 10 } }))),
        new("GET", "/api/procedures/reviews", Leader, Platformless, StaffQhxd, true, Get("/api/procedures/reviews?year=2026")),
        new("GET", "/api/procedures/reviews/{id:guid}", StaffQhxd, Platformless, OneStop, true, async (p, _) =>
            Req($"/api/procedures/reviews/{await CatalogFixtures.ReviewAsync(p)}")),
        new("POST", "/api/procedures/{code}/reviews", StaffQldt, Leader, StaffQhxd, false, OnProcedure(HttpMethod.Post, "Draft", "/reviews",
            CatalogFixtures.ReviewRequest())),
        new("PUT", "/api/procedures/reviews/{id:guid}", HeadQldt, OneStop, HeadQhxd, false, async (p, _) =>
            new HttpRequestMessage(HttpMethod.Put, $"/api/procedures/reviews/{await CatalogFixtures.ReviewAsync(p)}")
            {
                Content = JsonContent.Create(CatalogFixtures.ReviewRequest(year: 2027)),
            }),
        new("POST", "/api/procedures/reviews/{id:guid}/propose", Leader, StaffQldt, LeaderVp, true, async (p, _) =>
            new HttpRequestMessage(HttpMethod.Post, $"/api/procedures/reviews/{await CatalogFixtures.ReviewAsync(p)}/propose")),

        // plan registry: reading (all staff), the office's work, a unit's own items
        new("GET", "/api/plans/", StaffQldt, Platformless, StaffQhxd, true, Get("/api/plans")),
        new("GET", "/api/plans/{planId:guid}", HeadQldt, Platformless, OneStop, true, async (p, _) => Req($"/api/plans/{(await PlanFixtures.SharedAsync(p)).PlanId}")),
        new("GET", "/api/plans/{planId:guid}/progress", Leader, Platformless, HeadQhxd, true, async (p, _) => Req($"/api/plans/{(await PlanFixtures.SharedAsync(p)).PlanId}/progress")),
        new("GET", "/api/plans/{planId:guid}/items", StaffQldt, Platformless, OneStop, true, async (p, _) => Req($"/api/plans/{(await PlanFixtures.SharedAsync(p)).PlanId}/items?status=NotStarted")),
        new("GET", "/api/plans/items/{itemId:guid}", StaffQhxd, Platformless, StaffQldt, true, async (p, _) => Req($"/api/plans/items/{(await PlanFixtures.SharedAsync(p)).QldtItem}")),
        new("GET", "/api/plans/{planId:guid}/export.json", Office, Platformless, StaffQldt, true, async (p, _) => Req($"/api/plans/{(await PlanFixtures.SharedAsync(p)).PlanId}/export.json")),
        new("GET", "/api/plans/{planId:guid}/export.xlsx", Leader, Platformless, HeadQldt, true, async (p, _) => Req($"/api/plans/{(await PlanFixtures.SharedAsync(p)).PlanId}/export.xlsx")),
        new("GET", "/api/plans/{planId:guid}/budget", StaffQldt, Platformless, OneStop, true, async (p, _) => Req($"/api/plans/{(await PlanFixtures.SharedAsync(p)).PlanId}/budget")),
        new("GET", "/api/plans/items/{itemId:guid}/evidence/{fileId:guid}", HeadQldt, Platformless, HeadQhxd, true, async (p, _) =>
        {
            var (item, file) = await PlanFixtures.EvidenceAsync(p);
            return Req($"/api/plans/items/{item}/evidence/{file}");
        }),
        new("GET", "/api/plans/urging", Leader, StaffQldt, LeaderVp, true, Get("/api/plans/urging")),
        new("POST", "/api/plans/urging/run", Office, Leader, OfficeMc, true, Send(HttpMethod.Post, (_, _) => Task.FromResult<(string, object?)>(("/api/plans/urging/run", null)))),
        new("POST", "/api/plans/{planId:guid}/issue", Office, StaffQldt, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            ($"/api/plans/{await PlanFixtures.NewPlanAsync(p, issued: false)}/issue", null))),
        new("POST", "/api/plans/{planId:guid}/close", Office, Leader, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            ($"/api/plans/{await PlanFixtures.NewPlanAsync(p, issued: true)}/close", null))),
        new("POST", "/api/plans/{planId:guid}/next-year", Office, HeadQldt, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            ($"/api/plans/{await PlanFixtures.NewPlanAsync(p, issued: false, freeNextYear: true)}/next-year", null))),
        new("POST", "/api/plans/import", Office, Leader, OfficeMc, true, Send(HttpMethod.Post, (_, _) => Task.FromResult<(string, object?)>(
            ("/api/plans/import", PlanFixtures.Document(PlanFixtures.NextYear()))))),
        new("POST", "/api/plans/import/xlsx", Office, StaffQldt, OfficeMc, true, (_, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/plans/import/xlsx")
        {
            Content = new ByteArrayContent(VanPhong.Plans.Documents.PlanSpreadsheet.Write(PlanFixtures.Document(PlanFixtures.NextYear()))),
        })),
        new("POST", "/api/plans/import/text", Office, HeadQldt, OfficeMc, true, (_, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/plans/import/text")
        {
            Content = new StringContent(PlanFixtures.Text(PlanFixtures.NextYear()), System.Text.Encoding.UTF8, "text/plain"),
        })),
        new("POST", "/api/plans/{planId:guid}/items", Office, StaffQldt, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            ($"/api/plans/{(await PlanFixtures.SharedAsync(p)).PlanId}/items", new { sectionCode = "I", code = "I." + Random.Shared.Next(100, 100000), content = "Nhiệm vụ bổ sung", timeframe = "Trong năm 2039", leadUnits = "Văn phòng" }))),
        new("PUT", "/api/plans/items/{itemId:guid}", Office, Leader, OfficeMc, true, Send(HttpMethod.Put, async (p, _) =>
            ($"/api/plans/items/{(await PlanFixtures.SharedAsync(p)).OfficeItem}", new { expectedResult = "Kết quả đã điều chỉnh" }))),
        new("PUT", "/api/plans/items/{itemId:guid}/targets", Office, HeadQldt, OfficeMc, true, Send(HttpMethod.Put, async (p, _) =>
            ($"/api/plans/items/{(await PlanFixtures.SharedAsync(p)).OfficeItem}/targets", new[] { new { metric = "online-dossier-rate", description = "Hồ sơ trực tuyến", value = 50.0, unit = "%" } }))),
        new("PUT", "/api/plans/items/{itemId:guid}/due-date", Office, HeadQldt, OfficeMc, true, Send(HttpMethod.Put, async (p, _) =>
            await PlanFixtures.NeedsDateItemAsync(p) is var (item, year) ? ($"/api/plans/items/{item}/due-date", new { dueOn = $"{year}-09-30", reason = "Văn bản 123/UBND-KSTT nêu tiến độ" }) : default)),
        new("POST", "/api/plans/items/{itemId:guid}/cancel", Office, StaffQldt, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            ($"/api/plans/items/{await PlanFixtures.CancellableItemAsync(p)}/cancel", new { reason = "Nhiệm vụ được tỉnh điều chỉnh" }))),
        new("POST", "/api/plans/{planId:guid}/spending", Office, HeadQldt, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            ($"/api/plans/{(await PlanFixtures.SharedAsync(p)).PlanId}/spending", new { amount = 1000, spentOn = "2039-03-01", description = "Văn phòng phẩm" }))),
        // A unit reports on its own items only: the item below belongs to Phòng Quản lý Đầu tư (QLDT).
        new("POST", "/api/plans/items/{itemId:guid}/progress", StaffQldt, Leader, StaffQhxd, false, Send(HttpMethod.Post, async (p, _) =>
            ($"/api/plans/items/{(await PlanFixtures.SharedAsync(p)).QldtItem}/progress", new { percent = 20, narrative = "Đang thực hiện" }))),
        new("POST", "/api/plans/items/{itemId:guid}/contributions", HeadQldt, OneStop, HeadQhxd, false, Send(HttpMethod.Post, async (p, _) =>
            ($"/api/plans/items/{(await PlanFixtures.SharedAsync(p)).OfficeItem}/contributions", new { narrative = "Phòng đã cung cấp số liệu" }))),

        // the records behind the plan's tasks: every member of staff reads, the office writes
        .. SeedTaskRows("impact-assessments", () => SeedTaskFixtures.Assessment("2024-05-02")),
        .. SeedTaskRows("inspections", () => SeedTaskFixtures.Inspection("2024-05-03", planned: true, SeedTaskFixtures.FollowUp("2024-06-30", null))),
        .. SeedTaskRows("one-stop-desk", () => SeedTaskFixtures.DeskAssignment("2024-01-02", "2024-12-31", "Nguyễn Thị Ma Trận")),
        .. SeedTaskRows("linked-groups", () => SeedTaskFixtures.LinkedGroup("2024-05-04")),
        .. SeedTaskRows("communications", () => SeedTaskFixtures.Communication("2024-05-05", "Training", 20)),
        new("POST", "/api/plans/linked-groups/{id:guid}/decision", Office, StaffQldt, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            ($"{SeedTaskFixtures.LinkedGroups}/{await SeedTaskFixtures.CreateIdAsync(p, SeedTaskFixtures.LinkedGroups, SeedTaskFixtures.LinkedGroup("2024-05-04"))}/decision",
                new { accepted = true, decisionNumber = "1450/QĐ-UBND", decidedOn = "2024-07-01" }))),

        // PAKN handling: the cases below are assigned to Phòng Quản lý Đầu tư (QLDT) when they get that far.
        new("GET", "/api/feedback/", HeadQldt, Platformless, HeadQhxd, true, Get("/api/feedback")),
        new("GET", "/api/feedback/{id:guid}", StaffQldt, Platformless, StaffQhxd, false, OnCase(HttpMethod.Get, "Assigned", "")),
        new("GET", "/api/feedback/{id:guid}/trail", StaffQldt, Platformless, StaffQhxd, false, OnCase(HttpMethod.Get, "Assigned", "/trail")),
        new("GET", "/api/feedback/{id:guid}/attachments/{attachmentId:guid}", HeadQldt, Platformless, HeadQhxd, false, async (p, _) =>
        {
            var (id, attachment) = await FeedbackFixtures.WithAttachmentAsync(p);
            return Req($"/api/feedback/{id}/attachments/{attachment}");
        }),
        new("GET", "/api/feedback/{id:guid}/reply-letter.docx", StaffQldt, Platformless, StaffQhxd, false, OnCase(HttpMethod.Get, "Answered", "/reply-letter.docx")),
        new("POST", "/api/feedback/", OneStop, StaffQldt, OneStopVp, true, Send(HttpMethod.Post, (_, _) => Staged("/api/feedback", new
        {
            channel = "Phone",
            feedback = new
            {
                kind = "Reflection",
                category = "implementation-difficulty",
                content = $"Người dân gọi điện phản ánh hồ sơ số {Random.Shared.Next()} đăng ký đầu tư chậm giải quyết.",
                submitter = new { name = "Đinh Văn Quý", address = "Vạn Ninh, Khánh Hòa", phone = "09" + Random.Shared.Next(10_000_000, 99_999_999) },
                consentToProcessing = true,
            },
        }))),
        new("POST", "/api/feedback/{id:guid}/classify", Office, Leader, OfficeMc, true, OnCase(HttpMethod.Post, "Received", "/classify", new { outcome = "WithinAuthority" })),
        new("POST", "/api/feedback/{id:guid}/assign", Office, HeadQldt, OfficeMc, true, OnCase(HttpMethod.Post, "Accepted", "/assign", new { leadUnit = "QLDT" })),
        new("POST", "/api/feedback/{id:guid}/start", StaffQldt, Leader, StaffQhxd, false, OnCase(HttpMethod.Post, "Assigned", "/start")),
        new("POST", "/api/feedback/{id:guid}/draft", HeadQldt, OneStop, HeadQhxd, false, OnCase(HttpMethod.Post, "InProgress", "/draft",
            new { answer = "Nội dung trả lời", legalBasis = "Nghị định số 20/2008/NĐ-CP" })),
        new("POST", "/api/feedback/{id:guid}/return", Leader, StaffQldt, LeaderVp, true, OnCase(HttpMethod.Post, "AnswerDrafted", "/return", new { reason = "Cần nêu rõ căn cứ" })),
        new("GET", "/api/feedback/{id:guid}/redaction-preview", Office, HeadQldt, OfficeMc, true, OnCase(HttpMethod.Get, "AnswerDrafted", "/redaction-preview")),
        new("POST", "/api/feedback/{id:guid}/approve", Leader, Office, LeaderVp, true, OnCase(HttpMethod.Post, "AnswerDrafted", "/approve", new { })),
        new("POST", "/api/feedback/{id:guid}/send", Office, Leader, OfficeMc, true, OnCase(HttpMethod.Post, "Approved", "/send", new { })),
        new("POST", "/api/feedback/{id:guid}/publish", Office, StaffQldt, OfficeMc, true, OnCase(HttpMethod.Post, "Answered", "/publish")),
        new("POST", "/api/feedback/{id:guid}/close", Office, OneStop, OfficeMc, true, OnCase(HttpMethod.Post, "Answered", "/close")),
        new("POST", "/api/feedback/{id:guid}/reopen", OneStop, StaffQldt, OneStopVp, true, OnCase(HttpMethod.Post, "Answered", "/reopen", new { reason = "Người gửi chưa đồng ý" })),
        new("POST", "/api/feedback/{id:guid}/links", Office, HeadQldt, OfficeMc, true, OnCase(HttpMethod.Post, "Received", "/links", new { planItemCode = "VI.1" })),
        new("POST", "/api/feedback/{id:guid}/extend", Office, StaffQldt, OfficeMc, true, OnCase(HttpMethod.Post, "InProgress", "/extend", new { answerDueOn = "2099-12-31", reason = "Cần lấy ý kiến cơ quan liên quan" })),
        new("GET", "/api/feedback/notification-templates", Office, Leader, OfficeMc, true, Get("/api/feedback/notification-templates")),
        new("PUT", "/api/feedback/notification-templates/{notice}/{channel}", Office, Leader, OfficeMc, true, Send(HttpMethod.Put, (_, _) => Task.FromResult<(string, object?)>(
            ("/api/feedback/notification-templates/published/Sms", new { body = "Ket qua xu ly PAKN {ma} da duoc cong khai." })))),
        new("DELETE", "/api/feedback/notification-templates/{notice}/{channel}", Office, HeadQldt, OfficeMc, true, Send(HttpMethod.Delete, (_, _) => Task.FromResult<(string, object?)>(
            ("/api/feedback/notification-templates/published/Sms", null)))),
        new("GET", "/api/feedback/privacy/subject", Office, OneStop, OfficeMc, true, Get("/api/feedback/privacy/subject?reference=DON-01/2026&phone=0900000001")),
        new("POST", "/api/feedback/privacy/erasure", Office, Leader, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
        {
            var ended = await FeedbackFlow.SubmitAsync(p);
            var office = await p.ClientForAsync(Office);
            await office.PostAsJsonAsync($"/api/feedback/{ended.Id}/classify", new { outcome = "NotAccepted", reason = "Không thuộc phạm vi quy định hành chính" });
            return ("/api/feedback/privacy/erasure", new { reference = "DON-02/2026", reason = "Theo đơn đề nghị của chủ thể dữ liệu", trackingCode = ended.Code });
        })),
        new("GET", "/api/feedback/templates", StaffQhxd, Platformless, StaffQldt, true, Get("/api/feedback/templates")),
        new("POST", "/api/feedback/templates", Office, Leader, OfficeMc, true, Send(HttpMethod.Post, (_, _) => Staged("/api/feedback/templates",
            new { name = "Mẫu thử " + Random.Shared.Next(), body = "Trả lời {{NguoiGui}}: {{NoiDungTraLoi}}", legalBasis = "Nghị định số 20/2008/NĐ-CP" }))),
        new("GET", "/api/feedback/late", Leader, StaffQldt, LeaderVp, true, Get("/api/feedback/late")),
        new("POST", "/api/feedback/deadlines/run", Office, OneStop, OfficeMc, true, Send(HttpMethod.Post, (_, _) => Staged("/api/feedback/deadlines/run", null))),
        // Open311 keys for third-party applications: administrators only
        new("GET", "/api/feedback/open311/keys/", Admin, Office, AdminQldt, true, Get("/api/feedback/open311/keys")),
        new("POST", "/api/feedback/open311/keys/", Admin, Leader, AdminQldt, true, Send(HttpMethod.Post, (_, _) => Task.FromResult<(string, object?)>(
            ("/api/feedback/open311/keys", new { application = Unique("Ứng dụng thử ") })))),
        new("DELETE", "/api/feedback/open311/keys/{id:guid}", Admin, OneStop, AdminQldt, true, async (p, _) =>
        {
            var admin = await p.ClientForAsync(Admin);
            var issued = await admin.PostAsJsonAsync("/api/feedback/open311/keys", new { application = Unique("Ứng dụng thu hồi ") });
            var id = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/feedback/open311/keys/{id}");
        }),

        // messaging operations of every service: administrators only (every service consumes, catch-up requests at least)
        .. MessagingRows("/api/identity"),
        .. MessagingRows("/api/plans"),
        .. MessagingRows("/api/feedback"),
        .. MessagingRows("/api/procedures"),
        .. MessagingRows("/api/reports"),
    ];

    /// <summary>The outbox and dead-letter operations under a service's prefix; each re-queue gets a parked row of its own.</summary>
    private static IEnumerable<EndpointRow> MessagingRows(string prefix)
    {
        var admin = prefix + "/admin/messaging";
        yield return new("GET", admin + "/", Admin, Leader, AdminQldt, true, Get(admin));
        yield return new("POST", admin + "/parked/{id:guid}/requeue", Admin, Office, AdminQldt, true,
            async (p, _) => new HttpRequestMessage(HttpMethod.Post, $"{admin}/parked/{await MessagingFixtures.ParkedRowAsync(p, prefix)}/requeue"));
        yield return new("POST", admin + "/parked/requeue", Admin, HeadQldt, AdminQldt, true, Send(HttpMethod.Post, (_, _) => Staged(admin + "/parked/requeue", null)));
        yield return new("POST", admin + "/dead-letters/{queue}/redrive", Admin, Leader, AdminQldt, true,
            (p, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"{admin}/dead-letters/{MessagingFixtures.AQueueOf(p, prefix)}/redrive")));
    }

    private static HttpRequestMessage Req(string url) => new(HttpMethod.Get, url);

    /// <summary>The four rows of one kind of seed-task record: list, read, create, correct.</summary>
    private static EndpointRow[] SeedTaskRows(string segment, Func<object> body)
    {
        var path = $"/api/plans/{segment}";
        return
        [
            new("GET", path, StaffQldt, Platformless, OneStop, true, Get(path)),
            new("GET", path + "/{id:guid}", HeadQhxd, Platformless, StaffQldt, true, async (p, _) => Req($"{path}/{await SeedTaskFixtures.CreateIdAsync(p, path, body())}")),
            new("POST", path, Office, Leader, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            {
                await p.WaitForUnitsAsync(); // the records name units the plan registry must know
                return (path, body());
            })),
            new("PUT", path + "/{id:guid}", Office, HeadQldt, OfficeMc, true, Send(HttpMethod.Put, async (p, _) => ($"{path}/{await SeedTaskFixtures.CreateIdAsync(p, path, body())}", body()))),
        ];
    }

    private static Func<Platform, TestUser, Task<HttpRequestMessage>> OnCase(HttpMethod method, string status, string action, object? body = null) =>
        async (p, _) =>
        {
            var submitted = await VanPhong.IntegrationTests.Feedback.FeedbackFlow.InStatusAsync(p, status);
            return new HttpRequestMessage(method, $"/api/feedback/{submitted.Id}{action}") { Content = body is null ? null : JsonContent.Create(body) };
        };

    /// <summary>A fresh procedure whose internal procedure is in the given state ("WithSteps": a draft with its steps).</summary>
    private static Func<Platform, TestUser, Task<HttpRequestMessage>> OnProcedure(HttpMethod method, string state, string action, object? body = null) =>
        async (p, _) =>
        {
            var code = await CatalogFixtures.ProcedureAsync(p, state == "WithSteps" ? "Draft" : state, withSteps: state == "WithSteps");
            return new HttpRequestMessage(method, $"/api/procedures/{code}{action}") { Content = body is null ? null : JsonContent.Create(body) };
        };

    private static Task<(string, object?)> Staged(string url, object? body) => Task.FromResult<(string, object?)>((url, body));

}
