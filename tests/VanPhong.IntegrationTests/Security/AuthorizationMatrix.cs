using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.Catalog.Model;
using VanPhong.IntegrationTests.Catalog;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Reporting;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.IntegrationTests.Plans;
using static VanPhong.IntegrationTests.Infrastructure.TestUsers;
using VanPhong.Topology;

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
        var response = await admin.PostAsJsonAsync($"{RoutePrefixes.Identity}/users", new { userName = Unique("tam."), fullName = "Tài khoản thử", unitCode = "QHXD", roles = new[] { "UnitStaff" } });
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
        new("GET", $"{RoutePrefixes.Identity}/users/", Admin, Office, AdminQldt, true, Get($"{RoutePrefixes.Identity}/users")),
        new("GET", $"{RoutePrefixes.Identity}/users/{{id}}", Admin, Leader, AdminQldt, true,
            async (p, _) => new HttpRequestMessage(HttpMethod.Get, $"{RoutePrefixes.Identity}/users/{await ThrowawayUserIdAsync(p)}")),
        new("POST", $"{RoutePrefixes.Identity}/users/", Admin, HeadQldt, AdminQldt, true, Send(HttpMethod.Post, (_, _) => Task.FromResult<(string, object?)>(
            ($"{RoutePrefixes.Identity}/users", new { userName = Unique("moi."), fullName = "Người mới", unitCode = "QLDT", roles = new[] { "UnitStaff" } })))),
        new("PUT", $"{RoutePrefixes.Identity}/users/{{id}}", Admin, Office, AdminQldt, true, Send(HttpMethod.Put, async (p, _) =>
            ($"{RoutePrefixes.Identity}/users/{await ThrowawayUserIdAsync(p)}", new { fullName = "Tên đã sửa" }))),
        new("POST", $"{RoutePrefixes.Identity}/users/{{id}}/unlock", Admin, Leader, AdminQldt, true, Send(HttpMethod.Post, async (p, _) =>
            ($"{RoutePrefixes.Identity}/users/{await ThrowawayUserIdAsync(p)}/unlock", null))),
        new("POST", $"{RoutePrefixes.Identity}/users/{{id}}/reset-two-factor", Admin, Office, AdminQldt, true, Send(HttpMethod.Post, async (p, _) =>
            ($"{RoutePrefixes.Identity}/users/{await ThrowawayUserIdAsync(p)}/reset-two-factor", null))),
        new("POST", $"{RoutePrefixes.Identity}/users/{{id}}/reset-password", Admin, OneStop, AdminQldt, true, Send(HttpMethod.Post, async (p, _) =>
            ($"{RoutePrefixes.Identity}/users/{await ThrowawayUserIdAsync(p)}/reset-password", null))),
        new("GET", $"{RoutePrefixes.Identity}/units/", StaffQldt, Platformless, StaffQhxd, true, Get($"{RoutePrefixes.Identity}/units")),
        new("POST", $"{RoutePrefixes.Identity}/units/", Admin, Office, AdminQldt, true, Send(HttpMethod.Post, (_, _) => Task.FromResult<(string, object?)>(
            ($"{RoutePrefixes.Identity}/units", new { code = Unique("T").ToUpperInvariant(), name = "Tổ công tác thử", kind = "Division" })))),
        new("PUT", $"{RoutePrefixes.Identity}/units/{{code}}", Admin, Leader, AdminQldt, true, Send(HttpMethod.Put, (_, _) => Task.FromResult<(string, object?)>(
            ($"{RoutePrefixes.Identity}/units/DNLD", new { email = "dnld@kkt-vanphong.example.vn" })))),
        new("GET", $"{RoutePrefixes.Identity}/me/", HeadQldt, Platformless, HeadQhxd, true, Get($"{RoutePrefixes.Identity}/me")),
        new("GET", $"{RoutePrefixes.Identity}/me/session", StaffQldt, Platformless, StaffQhxd, true, Get($"{RoutePrefixes.Identity}/me/session")),
        new("POST", $"{RoutePrefixes.Identity}/me/password", OwnPasswordQldt, Platformless, OwnPasswordQhxd, true, Send(HttpMethod.Post, (_, caller) => Task.FromResult<(string, object?)>(
            ($"{RoutePrefixes.Identity}/me/password", new { currentPassword = TestUser.Password, newPassword = TestUser.Password })))),

        // audit logs of every service: administrators and leadership
        new("GET", $"{RoutePrefixes.Identity}/audit", Leader, Office, LeaderVp, true, Get($"{RoutePrefixes.Identity}/audit")),
        new("GET", $"{RoutePrefixes.Plans}/audit", Admin, HeadQldt, AdminQldt, true, Get($"{RoutePrefixes.Plans}/audit")),
        new("GET", $"{RoutePrefixes.Feedback}/audit", Leader, OneStop, LeaderVp, true, Get($"{RoutePrefixes.Feedback}/audit")),
        new("GET", $"{RoutePrefixes.Procedures}/audit", Admin, StaffQldt, AdminQldt, true, Get($"{RoutePrefixes.Procedures}/audit")),
        new("GET", $"{RoutePrefixes.Reports}/audit", Leader, Office, LeaderVp, true, Get($"{RoutePrefixes.Reports}/audit")),

        // reporting
        new("GET", $"{RoutePrefixes.Reports}/feedback/summary", Office, StaffQldt, HeadQhxd, true, Get($"{RoutePrefixes.Reports}/feedback/summary?from=2026-01-01&to=2026-12-31")),
        new("GET", $"{RoutePrefixes.Reports}/catalog/summary", Leader, OneStop, HeadQhxd, true, Get($"{RoutePrefixes.Reports}/catalog/summary?year=2026")),
        new("GET", $"{RoutePrefixes.Reports}/periods", HeadQldt, StaffQhxd, LeaderVp, true, Get($"{RoutePrefixes.Reports}/periods?year=2026")),
        new("GET", $"{RoutePrefixes.Reports}/periodic/preview", Office, OneStop, HeadQhxd, true, Get($"{RoutePrefixes.Reports}/periodic/preview?kind=Quarter&year=2026&number=1")),
        new("GET", $"{RoutePrefixes.Reports}/periodic", Leader, StaffQldt, OfficeMc, true, Get($"{RoutePrefixes.Reports}/periodic?year=2026")),
        new("POST", $"{RoutePrefixes.Reports}/periodic", Office, Leader, OfficeMc, true, Send(HttpMethod.Post, (_, _) => Staged($"{RoutePrefixes.Reports}/periodic", new { kind = "Quarter", year = 2026, number = 3 }))),
        new("GET", $"{RoutePrefixes.Reports}/periodic/{{id:guid}}", HeadQhxd, OneStop, Office, true, async (p, _) => Req($"{RoutePrefixes.Reports}/periodic/{await ReportFixtures.GenerateAsync(p)}")),
        new("PUT", $"{RoutePrefixes.Reports}/periodic/{{id:guid}}/difficulties", Office, Leader, OfficeMc, true, Send(HttpMethod.Put, async (p, _) =>
            ($"{RoutePrefixes.Reports}/periodic/{await ReportFixtures.GenerateAsync(p)}/difficulties", new { text = "Chưa có hướng dẫn về liên thông." }))),
        new("POST", $"{RoutePrefixes.Reports}/periodic/{{id:guid}}/freeze", Office, HeadQldt, OfficeMc, true, async (p, _) =>
            new HttpRequestMessage(HttpMethod.Post, $"{RoutePrefixes.Reports}/periodic/{await ReportFixtures.GenerateAsync(p)}/freeze") { Content = JsonContent.Create(new { documentNumber = "1/BC-KKT" }) }),
        new("GET", $"{RoutePrefixes.Reports}/periodic/{{id:guid}}/report.docx", Leader, StaffQldt, LeaderVp, true, async (p, _) => Req($"{RoutePrefixes.Reports}/periodic/{await ReportFixtures.GenerateAsync(p)}/report.docx")),
        new("GET", $"{RoutePrefixes.Reports}/periodic/{{id:guid}}/report.xlsx", HeadQldt, OneStop, HeadQhxd, true, async (p, _) => Req($"{RoutePrefixes.Reports}/periodic/{await ReportFixtures.GenerateAsync(p)}/report.xlsx")),
        new("GET", $"{RoutePrefixes.Reports}/periodic/{{id:guid}}/kpis/{{kpi}}", Office, StaffQhxd, OfficeMc, true, async (p, _) =>
            Req($"{RoutePrefixes.Reports}/periodic/{await ReportFixtures.GenerateAsync(p)}/kpis/one-stop-eligible-rate")),
        new("GET", $"{RoutePrefixes.Reports}/kpis/{{kpi}}", Leader, OneStop, LeaderVp, true, Get($"{RoutePrefixes.Reports}/kpis/plan-items-on-time-rate?kind=Year&year=2023")),
        new("GET", $"{RoutePrefixes.Reports}/dossiers/template.xlsx", Office, StaffQldt, HeadQhxd, true, Get($"{RoutePrefixes.Reports}/dossiers/template.xlsx")),
        new("POST", $"{RoutePrefixes.Reports}/dossiers/import", Office, Leader, OfficeMc, true, async (_, _) =>
            new HttpRequestMessage(HttpMethod.Post, $"{RoutePrefixes.Reports}/dossiers/import?from=2026-09-15&to=2026-10-14") { Content = new StringContent(ReportFixtures.Csv("1.009645", Random.Shared.Next(1, 1000))) }),
        new("POST", $"{RoutePrefixes.Reports}/dossiers", Office, HeadQldt, OfficeMc, true, Send(HttpMethod.Post, (_, _) =>
        {
            var received = Random.Shared.Next(1, 1000);
            return Staged($"{RoutePrefixes.Reports}/dossiers", new
            {
                from = "2026-10-15", to = "2026-11-14",
                rows = new[] { new { procedureCode = "1.009646", receivedOnline = received, receivedDirect = 0, receivedPostal = 0, carriedOver = 0, resolvedEarly = 0,
                    resolvedOnTime = received, resolvedLate = 0, pendingWithinDeadline = 0, pendingOverdue = 0, digitisedDossiers = 0, digitisedResults = 0 } },
            });
        })),
        new("GET", $"{RoutePrefixes.Reports}/dossiers", Leader, OneStop, HeadQhxd, true, Get($"{RoutePrefixes.Reports}/dossiers?from=2026-01-01")),
        new("GET", $"{RoutePrefixes.Reports}/dossiers/imports", Office, StaffQhxd, LeaderVp, true, Get($"{RoutePrefixes.Reports}/dossiers/imports")),
        new("POST", $"{RoutePrefixes.Reports}/dossiers/records/import", Office, HeadQldt, OfficeMc, true, async (_, _) =>
        {
            var received = new DateOnly(2026, 9, Random.Shared.Next(1, 28));
            return new HttpRequestMessage(HttpMethod.Post, $"{RoutePrefixes.Reports}/dossiers/records/import")
            {
                Content = new StringContent(ReportFixtures.DossierHeader + "\n" + $"{ReportFixtures.DossierCode(received)},1.009645,Trực tiếp,{received:dd/MM/yyyy},{received.AddDays(3):dd/MM/yyyy},,Đang giải quyết,,,,,\n"),
            };
        }),
        new("GET", $"{RoutePrefixes.Reports}/dossiers/records", Leader, OneStop, HeadQhxd, true, Get($"{RoutePrefixes.Reports}/dossiers/records?from=2026-01-01")),
        new("GET", $"{RoutePrefixes.Reports}/dossiers/records/template.csv", Office, OneStop, HeadQhxd, true, Get($"{RoutePrefixes.Reports}/dossiers/records/template.csv")),
        new("GET", $"{RoutePrefixes.Reports}/dossiers/records/template.xlsx", HeadQldt, OneStop, HeadQhxd, true, Get($"{RoutePrefixes.Reports}/dossiers/records/template.xlsx")),
        new("GET", $"{RoutePrefixes.Reports}/dossiers/figures", Leader, OneStop, LeaderVp, true, Get($"{RoutePrefixes.Reports}/dossiers/figures?kind=Quarter&year=2026&number=3")),
        new("GET", $"{RoutePrefixes.Reports}/evaluations/indicators", Office, OneStop, OfficeMc, true, Get($"{RoutePrefixes.Reports}/evaluations/indicators")),
        new("GET", $"{RoutePrefixes.Reports}/evaluations", Leader, OneStop, LeaderVp, true, Get($"{RoutePrefixes.Reports}/evaluations?year=2026&number=3")),
        new("PUT", $"{RoutePrefixes.Reports}/dossiers/records/{{code}}/evaluation", OneStop, StaffQldt, OneStopVp, true, async (p, _) =>
            new HttpRequestMessage(HttpMethod.Put, $"{RoutePrefixes.Reports}/dossiers/records/{await ReportFixtures.ImportDossierAsync(p, new DateOnly(2026, 8, Random.Shared.Next(1, 20)))}/evaluation")
            {
                Content = JsonContent.Create(new { indicator1 = 1, indicator3 = 2, indicator4 = 2, indicator7 = 1 }),
            }),
        new("POST", $"{RoutePrefixes.Reports}/admin/rebuild", Admin, Office, AdminQldt, true, Send(HttpMethod.Post, (_, _) => Staged($"{RoutePrefixes.Reports}/admin/rebuild", null))),
        new("GET", $"{RoutePrefixes.Reports}/admin/rebuild", Admin, Leader, AdminQldt, true, Get($"{RoutePrefixes.Reports}/admin/rebuild")),
        // A catch-up request from now on: the publishers re-send nothing older, so the shared platform is not disturbed.
        new("POST", $"{RoutePrefixes.Reports}/admin/catch-up", Admin, Office, AdminQldt, true, Send(HttpMethod.Post, (_, _) => Staged($"{RoutePrefixes.Reports}/admin/catch-up?since={Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"))}", null))),

        // procedure catalog: reading (all staff), decisions (office), internal procedures and reviews (units, then office/leadership)
        new("GET", $"{RoutePrefixes.Procedures}/", StaffQldt, Platformless, OneStop, true, Get($"{RoutePrefixes.Procedures}?sector=Vi%E1%BB%87c%20l%C3%A0m")),
        new("GET", $"{RoutePrefixes.Procedures}/{{code}}", HeadQhxd, Platformless, StaffQldt, true, Get($"{RoutePrefixes.Procedures}/1.009645")),
        new("GET", $"{RoutePrefixes.Procedures}/{{code}}/versions/{{number:int}}", StaffQhxd, Platformless, Leader, true, Get($"{RoutePrefixes.Procedures}/1.009645/versions/1")),
        new("GET", $"{RoutePrefixes.Procedures}/{{code}}/diff", OneStop, Platformless, Office, true, Get($"{RoutePrefixes.Procedures}/1.009645/diff?from=1&to=1")),
        new("GET", $"{RoutePrefixes.Procedures}/decisions", Office, Platformless, StaffQhxd, true, Get($"{RoutePrefixes.Procedures}/decisions")),
        new("GET", $"{RoutePrefixes.Procedures}/decisions/{{id:guid}}", Leader, Platformless, HeadQldt, true, async (p, _) =>
        {
            var office = await p.ClientForAsync(Office);
            var decisions = await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Procedures}/decisions");
            return Req($"{RoutePrefixes.Procedures}/decisions/{decisions![0].GetProperty("id").GetGuid()}");
        }),
        new("POST", $"{RoutePrefixes.Procedures}/decisions", Office, Leader, OfficeMc, true, Send(HttpMethod.Post, (_, _) => Staged($"{RoutePrefixes.Procedures}/decisions",
            CatalogFixtures.Decision(new DateOnly(2026, 6, 1),
                new DecisionItem(ChangeKind.New, CatalogFixtures.NewCode(), CatalogFixtures.Content("Thủ tục thử quyền")))))),
        new("POST", $"{RoutePrefixes.Procedures}/decisions/{{id:guid}}/apply", Office, HeadQldt, OfficeMc, true, async (p, _) =>
        {
            var office = await p.ClientForAsync(Office);
            var created = await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/decisions", CatalogFixtures.Decision(new DateOnly(2026, 6, 1),
                new DecisionItem(ChangeKind.New, CatalogFixtures.NewCode(), CatalogFixtures.Content("Thủ tục thử áp dụng"))));
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            return new HttpRequestMessage(HttpMethod.Post, $"{RoutePrefixes.Procedures}/decisions/{id}/apply");
        }),
        new("POST", $"{RoutePrefixes.Procedures}/decisions/read", Office, HeadQldt, OfficeMc, true, (_, _) => Task.FromResult(
            new HttpRequestMessage(HttpMethod.Post, $"{RoutePrefixes.Procedures}/decisions/read?fileName=qd.md") { Content = CatalogFixtures.Upload(CatalogFixtures.SmallDecisionText()) })),
        new("PUT", $"{RoutePrefixes.Procedures}/decisions/{{id:guid}}", Office, Leader, OfficeMc, true, async (p, _) =>
        {
            var office = await p.ClientForAsync(Office);
            var read = await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/read?fileName=qd.md", CatalogFixtures.Upload(CatalogFixtures.SmallDecisionText()));
            var draft = await read.Content.ReadFromJsonAsync<JsonElement>();
            return new HttpRequestMessage(HttpMethod.Put, $"{RoutePrefixes.Procedures}/decisions/{draft.GetProperty("id").GetGuid()}")
            {
                Content = JsonContent.Create(new
                {
                    number = draft.GetProperty("number").GetString(), date = "2026-03-02", signer = "Nguyễn Văn Thử", effectiveDate = "2026-03-02",
                    items = draft.GetProperty("items"), acceptFlags = draft.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("id").GetInt32()).ToArray(),
                }),
            };
        }),
        new("GET", $"{RoutePrefixes.Procedures}/internal-procedures", HeadQldt, Platformless, OneStopVp, true, Get($"{RoutePrefixes.Procedures}/internal-procedures?late=true")),
        new("PUT", $"{RoutePrefixes.Procedures}/{{code}}/internal-procedure", StaffQldt, Leader, StaffQhxd, false, OnProcedure(HttpMethod.Put, "Draft", "/internal-procedure",
            new { steps = CatalogFixtures.Steps(1, 5, 1) })),
        new("POST", $"{RoutePrefixes.Procedures}/{{code}}/internal-procedure/submit", HeadQldt, OneStop, HeadQhxd, false, OnProcedure(HttpMethod.Post, "WithSteps", "/internal-procedure/submit", new { })),
        new("POST", $"{RoutePrefixes.Procedures}/{{code}}/internal-procedure/approve", Office, Leader, OfficeMc, true, OnProcedure(HttpMethod.Post, "Submitted", "/internal-procedure/approve",
            new { decisionNumber = "77/QĐ-UBND", approvedOn = CatalogFixtures.Today() })),
        new("POST", $"{RoutePrefixes.Procedures}/{{code}}/internal-procedure/electronic-updated", Office, StaffQldt, OfficeMc, true, OnProcedure(HttpMethod.Post, "Approved", "/internal-procedure/electronic-updated", new { })),
        new("GET", $"{RoutePrefixes.Procedures}/{{code}}/english", StaffQldt, Platformless, OneStop, true, Get($"{RoutePrefixes.Procedures}/1.009645/english")),
        new("PUT", $"{RoutePrefixes.Procedures}/{{code}}/english", Office, HeadQldt, OfficeMc, true, OnProcedure(HttpMethod.Put, "Draft", "/english", new { text = new { name = "A test procedure" } })),
        new("PUT", $"{RoutePrefixes.Procedures}/{{code}}/handling-unit", Office, HeadQldt, OfficeMc, true, OnProcedure(HttpMethod.Put, "Draft", "/handling-unit", new { unitCode = "QLDT" })),
        new("POST", $"{RoutePrefixes.Procedures}/compliance-cost", StaffQldt, Platformless, OneStop, true, Send(HttpMethod.Post, (_, _) => Staged($"{RoutePrefixes.Procedures}/compliance-cost",
            new { before = new { processingWorkingDays = 10, dossiersPerYear = 10 }, after = new { processingWorkingDays = 9, dossiersPerYear = 10 } }))),
        new("GET", $"{RoutePrefixes.Procedures}/reviews", Leader, Platformless, StaffQhxd, true, Get($"{RoutePrefixes.Procedures}/reviews?year=2026")),
        new("GET", $"{RoutePrefixes.Procedures}/reviews/{{id:guid}}", StaffQhxd, Platformless, OneStop, true, async (p, _) =>
            Req($"{RoutePrefixes.Procedures}/reviews/{await CatalogFixtures.ReviewAsync(p)}")),
        new("POST", $"{RoutePrefixes.Procedures}/{{code}}/reviews", StaffQldt, Leader, StaffQhxd, false, OnProcedure(HttpMethod.Post, "Draft", "/reviews",
            CatalogFixtures.ReviewRequest())),
        new("PUT", $"{RoutePrefixes.Procedures}/reviews/{{id:guid}}", HeadQldt, OneStop, HeadQhxd, false, async (p, _) =>
            new HttpRequestMessage(HttpMethod.Put, $"{RoutePrefixes.Procedures}/reviews/{await CatalogFixtures.ReviewAsync(p)}")
            {
                Content = JsonContent.Create(CatalogFixtures.ReviewRequest(year: 2027)),
            }),
        new("POST", $"{RoutePrefixes.Procedures}/reviews/{{id:guid}}/propose", Leader, StaffQldt, LeaderVp, true, async (p, _) =>
            new HttpRequestMessage(HttpMethod.Post, $"{RoutePrefixes.Procedures}/reviews/{await CatalogFixtures.ReviewAsync(p)}/propose")),

        // plan registry: reading (all staff), the office's work, a unit's own items
        new("GET", $"{RoutePrefixes.Plans}/", StaffQldt, Platformless, StaffQhxd, true, Get(RoutePrefixes.Plans)),
        new("GET", $"{RoutePrefixes.Plans}/{{planId:guid}}", HeadQldt, Platformless, OneStop, true, async (p, _) => Req($"{RoutePrefixes.Plans}/{(await PlanFixtures.SharedAsync(p)).PlanId}")),
        new("GET", $"{RoutePrefixes.Plans}/{{planId:guid}}/progress", Leader, Platformless, HeadQhxd, true, async (p, _) => Req($"{RoutePrefixes.Plans}/{(await PlanFixtures.SharedAsync(p)).PlanId}/progress")),
        new("GET", $"{RoutePrefixes.Plans}/{{planId:guid}}/items", StaffQldt, Platformless, OneStop, true, async (p, _) => Req($"{RoutePrefixes.Plans}/{(await PlanFixtures.SharedAsync(p)).PlanId}/items?status=NotStarted")),
        new("GET", $"{RoutePrefixes.Plans}/items/{{itemId:guid}}", StaffQhxd, Platformless, StaffQldt, true, async (p, _) => Req($"{RoutePrefixes.Plans}/items/{(await PlanFixtures.SharedAsync(p)).QldtItem}")),
        new("GET", $"{RoutePrefixes.Plans}/{{planId:guid}}/export.json", Office, Platformless, StaffQldt, true, async (p, _) => Req($"{RoutePrefixes.Plans}/{(await PlanFixtures.SharedAsync(p)).PlanId}/export.json")),
        new("GET", $"{RoutePrefixes.Plans}/{{planId:guid}}/export.xlsx", Leader, Platformless, HeadQldt, true, async (p, _) => Req($"{RoutePrefixes.Plans}/{(await PlanFixtures.SharedAsync(p)).PlanId}/export.xlsx")),
        new("GET", $"{RoutePrefixes.Plans}/{{planId:guid}}/budget", StaffQldt, Platformless, OneStop, true, async (p, _) => Req($"{RoutePrefixes.Plans}/{(await PlanFixtures.SharedAsync(p)).PlanId}/budget")),
        new("GET", $"{RoutePrefixes.Plans}/items/{{itemId:guid}}/evidence/{{fileId:guid}}", HeadQldt, Platformless, HeadQhxd, true, async (p, _) =>
        {
            var (item, file) = await PlanFixtures.EvidenceAsync(p);
            return Req($"{RoutePrefixes.Plans}/items/{item}/evidence/{file}");
        }),
        new("GET", $"{RoutePrefixes.Plans}/urging", Leader, StaffQldt, LeaderVp, true, Get($"{RoutePrefixes.Plans}/urging")),
        new("POST", $"{RoutePrefixes.Plans}/urging/run", Office, Leader, OfficeMc, true, Send(HttpMethod.Post, (_, _) => Task.FromResult<(string, object?)>(($"{RoutePrefixes.Plans}/urging/run", null)))),
        new("POST", $"{RoutePrefixes.Plans}/{{planId:guid}}/issue", Office, StaffQldt, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            ($"{RoutePrefixes.Plans}/{await PlanFixtures.NewPlanAsync(p, issued: false)}/issue", null))),
        new("POST", $"{RoutePrefixes.Plans}/{{planId:guid}}/close", Office, Leader, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            ($"{RoutePrefixes.Plans}/{await PlanFixtures.NewPlanAsync(p, issued: true)}/close", null))),
        new("POST", $"{RoutePrefixes.Plans}/{{planId:guid}}/next-year", Office, HeadQldt, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            ($"{RoutePrefixes.Plans}/{await PlanFixtures.NewPlanAsync(p, issued: false, freeNextYear: true)}/next-year", null))),
        new("POST", $"{RoutePrefixes.Plans}/import", Office, Leader, OfficeMc, true, Send(HttpMethod.Post, (_, _) => Task.FromResult<(string, object?)>(
            ($"{RoutePrefixes.Plans}/import", PlanFixtures.Document(PlanFixtures.NextYear()))))),
        new("POST", $"{RoutePrefixes.Plans}/import/xlsx", Office, StaffQldt, OfficeMc, true, (_, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"{RoutePrefixes.Plans}/import/xlsx")
        {
            Content = new ByteArrayContent(VanPhong.Plans.Documents.PlanSpreadsheet.Write(PlanFixtures.Document(PlanFixtures.NextYear()))),
        })),
        new("POST", $"{RoutePrefixes.Plans}/import/text", Office, HeadQldt, OfficeMc, true, (_, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"{RoutePrefixes.Plans}/import/text")
        {
            Content = new StringContent(PlanFixtures.Text(PlanFixtures.NextYear()), System.Text.Encoding.UTF8, "text/plain"),
        })),
        new("POST", $"{RoutePrefixes.Plans}/{{planId:guid}}/items", Office, StaffQldt, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            ($"{RoutePrefixes.Plans}/{(await PlanFixtures.SharedAsync(p)).PlanId}/items", new { sectionCode = "I", code = "I." + Random.Shared.Next(100, 100000), content = "Nhiệm vụ bổ sung", timeframe = "Trong năm 2039", leadUnits = "Văn phòng" }))),
        new("PUT", $"{RoutePrefixes.Plans}/items/{{itemId:guid}}", Office, Leader, OfficeMc, true, Send(HttpMethod.Put, async (p, _) =>
            ($"{RoutePrefixes.Plans}/items/{(await PlanFixtures.SharedAsync(p)).OfficeItem}", new { expectedResult = "Kết quả đã điều chỉnh" }))),
        new("PUT", $"{RoutePrefixes.Plans}/items/{{itemId:guid}}/targets", Office, HeadQldt, OfficeMc, true, Send(HttpMethod.Put, async (p, _) =>
            ($"{RoutePrefixes.Plans}/items/{(await PlanFixtures.SharedAsync(p)).OfficeItem}/targets", new[] { new { metric = "online-dossier-rate", description = "Hồ sơ trực tuyến", value = 50.0, unit = "%" } }))),
        new("PUT", $"{RoutePrefixes.Plans}/items/{{itemId:guid}}/due-date", Office, HeadQldt, OfficeMc, true, Send(HttpMethod.Put, async (p, _) =>
            await PlanFixtures.NeedsDateItemAsync(p) is var (item, year) ? ($"{RoutePrefixes.Plans}/items/{item}/due-date", new { dueOn = $"{year}-09-30", reason = "Văn bản 123/UBND-KSTT nêu tiến độ" }) : default)),
        new("POST", $"{RoutePrefixes.Plans}/items/{{itemId:guid}}/cancel", Office, StaffQldt, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            ($"{RoutePrefixes.Plans}/items/{await PlanFixtures.CancellableItemAsync(p)}/cancel", new { reason = "Nhiệm vụ được tỉnh điều chỉnh" }))),
        new("POST", $"{RoutePrefixes.Plans}/{{planId:guid}}/spending", Office, HeadQldt, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            ($"{RoutePrefixes.Plans}/{(await PlanFixtures.SharedAsync(p)).PlanId}/spending", new { amount = 1000, spentOn = "2039-03-01", description = "Văn phòng phẩm" }))),
        // A unit reports on its own items only: the item below belongs to Phòng Quản lý Đầu tư (QLDT).
        new("POST", $"{RoutePrefixes.Plans}/items/{{itemId:guid}}/progress", StaffQldt, Leader, StaffQhxd, false, Send(HttpMethod.Post, async (p, _) =>
            ($"{RoutePrefixes.Plans}/items/{(await PlanFixtures.SharedAsync(p)).QldtItem}/progress", new { percent = 20, narrative = "Đang thực hiện" }))),
        new("POST", $"{RoutePrefixes.Plans}/items/{{itemId:guid}}/contributions", HeadQldt, OneStop, HeadQhxd, false, Send(HttpMethod.Post, async (p, _) =>
            ($"{RoutePrefixes.Plans}/items/{(await PlanFixtures.SharedAsync(p)).OfficeItem}/contributions", new { narrative = "Phòng đã cung cấp số liệu" }))),

        // the records behind the plan's tasks: every member of staff reads, the office writes
        .. SeedTaskRows("impact-assessments", () => SeedTaskFixtures.Assessment("2024-05-02")),
        .. SeedTaskRows("inspections", () => SeedTaskFixtures.Inspection("2024-05-03", planned: true, SeedTaskFixtures.FollowUp("2024-06-30", null))),
        .. SeedTaskRows("one-stop-desk", () => SeedTaskFixtures.DeskAssignment("2024-01-02", "2024-12-31", "Nguyễn Thị Ma Trận")),
        .. SeedTaskRows("linked-groups", () => SeedTaskFixtures.LinkedGroup("2024-05-04")),
        .. SeedTaskRows("communications", () => SeedTaskFixtures.Communication("2024-05-05", "Training", 20)),
        new("POST", $"{RoutePrefixes.Plans}/linked-groups/{{id:guid}}/decision", Office, StaffQldt, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
            ($"{SeedTaskFixtures.LinkedGroups}/{await SeedTaskFixtures.CreateIdAsync(p, SeedTaskFixtures.LinkedGroups, SeedTaskFixtures.LinkedGroup("2024-05-04"))}/decision",
                new { accepted = true, decisionNumber = "1450/QĐ-UBND", decidedOn = "2024-07-01" }))),

        // PAKN handling: the cases below are assigned to Phòng Quản lý Đầu tư (QLDT) when they get that far.
        new("GET", $"{RoutePrefixes.Feedback}/", HeadQldt, Platformless, HeadQhxd, true, Get(RoutePrefixes.Feedback)),
        new("GET", $"{RoutePrefixes.Feedback}/{{id:guid}}", StaffQldt, Platformless, StaffQhxd, false, OnCase(HttpMethod.Get, "Assigned", "")),
        new("GET", $"{RoutePrefixes.Feedback}/{{id:guid}}/trail", StaffQldt, Platformless, StaffQhxd, false, OnCase(HttpMethod.Get, "Assigned", "/trail")),
        new("GET", $"{RoutePrefixes.Feedback}/{{id:guid}}/attachments/{{attachmentId:guid}}", HeadQldt, Platformless, HeadQhxd, false, async (p, _) =>
        {
            var (id, attachment) = await FeedbackFixtures.WithAttachmentAsync(p);
            return Req($"{RoutePrefixes.Feedback}/{id}/attachments/{attachment}");
        }),
        new("GET", $"{RoutePrefixes.Feedback}/{{id:guid}}/reply-letter.docx", StaffQldt, Platformless, StaffQhxd, false, OnCase(HttpMethod.Get, "Answered", "/reply-letter.docx")),
        new("POST", $"{RoutePrefixes.Feedback}/", OneStop, StaffQldt, OneStopVp, true, Send(HttpMethod.Post, (_, _) => Staged(RoutePrefixes.Feedback, new
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
        new("POST", $"{RoutePrefixes.Feedback}/{{id:guid}}/classify", Office, Leader, OfficeMc, true, OnCase(HttpMethod.Post, "Received", "/classify", new { outcome = "WithinAuthority" })),
        new("POST", $"{RoutePrefixes.Feedback}/{{id:guid}}/assign", Office, HeadQldt, OfficeMc, true, OnCase(HttpMethod.Post, "Accepted", "/assign", new { leadUnit = "QLDT" })),
        new("POST", $"{RoutePrefixes.Feedback}/{{id:guid}}/start", StaffQldt, Leader, StaffQhxd, false, OnCase(HttpMethod.Post, "Assigned", "/start")),
        new("POST", $"{RoutePrefixes.Feedback}/{{id:guid}}/draft", HeadQldt, OneStop, HeadQhxd, false, OnCase(HttpMethod.Post, "InProgress", "/draft",
            new { answer = "Nội dung trả lời", legalBasis = "Nghị định số 20/2008/NĐ-CP" })),
        new("POST", $"{RoutePrefixes.Feedback}/{{id:guid}}/return", Leader, StaffQldt, LeaderVp, true, OnCase(HttpMethod.Post, "AnswerDrafted", "/return", new { reason = "Cần nêu rõ căn cứ" })),
        new("GET", $"{RoutePrefixes.Feedback}/{{id:guid}}/redaction-preview", Office, HeadQldt, OfficeMc, true, OnCase(HttpMethod.Get, "AnswerDrafted", "/redaction-preview")),
        new("POST", $"{RoutePrefixes.Feedback}/{{id:guid}}/approve", Leader, Office, LeaderVp, true, OnCase(HttpMethod.Post, "AnswerDrafted", "/approve", new { })),
        new("POST", $"{RoutePrefixes.Feedback}/{{id:guid}}/send", Office, Leader, OfficeMc, true, OnCase(HttpMethod.Post, "Approved", "/send", new { })),
        new("POST", $"{RoutePrefixes.Feedback}/{{id:guid}}/publish", Office, StaffQldt, OfficeMc, true, OnCase(HttpMethod.Post, "Answered", "/publish")),
        new("POST", $"{RoutePrefixes.Feedback}/{{id:guid}}/close", Office, OneStop, OfficeMc, true, OnCase(HttpMethod.Post, "Answered", "/close")),
        new("POST", $"{RoutePrefixes.Feedback}/{{id:guid}}/reopen", OneStop, StaffQldt, OneStopVp, true, OnCase(HttpMethod.Post, "Answered", "/reopen", new { reason = "Người gửi chưa đồng ý" })),
        new("POST", $"{RoutePrefixes.Feedback}/{{id:guid}}/links", Office, HeadQldt, OfficeMc, true, OnCase(HttpMethod.Post, "Received", "/links", new { planItemCode = "VI.1" })),
        new("POST", $"{RoutePrefixes.Feedback}/{{id:guid}}/extend", Office, StaffQldt, OfficeMc, true, OnCase(HttpMethod.Post, "InProgress", "/extend", new { answerDueOn = "2099-12-31", reason = "Cần lấy ý kiến cơ quan liên quan" })),
        new("GET", $"{RoutePrefixes.Feedback}/notification-templates", Office, Leader, OfficeMc, true, Get($"{RoutePrefixes.Feedback}/notification-templates")),
        new("PUT", $"{RoutePrefixes.Feedback}/notification-templates/{{notice}}/{{channel}}", Office, Leader, OfficeMc, true, Send(HttpMethod.Put, (_, _) => Task.FromResult<(string, object?)>(
            ($"{RoutePrefixes.Feedback}/notification-templates/published/Sms", new { body = "Ket qua xu ly PAKN {ma} da duoc cong khai." })))),
        new("DELETE", $"{RoutePrefixes.Feedback}/notification-templates/{{notice}}/{{channel}}", Office, HeadQldt, OfficeMc, true, Send(HttpMethod.Delete, (_, _) => Task.FromResult<(string, object?)>(
            ($"{RoutePrefixes.Feedback}/notification-templates/published/Sms", null)))),
        new("GET", $"{RoutePrefixes.Feedback}/privacy/subject", Office, OneStop, OfficeMc, true, Get($"{RoutePrefixes.Feedback}/privacy/subject?reference=DON-01/2026&phone=0900000001")),
        new("POST", $"{RoutePrefixes.Feedback}/privacy/erasure", Office, Leader, OfficeMc, true, Send(HttpMethod.Post, async (p, _) =>
        {
            var ended = await FeedbackFlow.SubmitAsync(p);
            var office = await p.ClientForAsync(Office);
            await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{ended.Id}/classify", new { outcome = "NotAccepted", reason = "Không thuộc phạm vi quy định hành chính" });
            return ($"{RoutePrefixes.Feedback}/privacy/erasure", new { reference = "DON-02/2026", reason = "Theo đơn đề nghị của chủ thể dữ liệu", trackingCode = ended.Code });
        })),
        new("GET", $"{RoutePrefixes.Feedback}/templates", StaffQhxd, Platformless, StaffQldt, true, Get($"{RoutePrefixes.Feedback}/templates")),
        new("POST", $"{RoutePrefixes.Feedback}/templates", Office, Leader, OfficeMc, true, Send(HttpMethod.Post, (_, _) => Staged($"{RoutePrefixes.Feedback}/templates",
            new { name = "Mẫu thử " + Random.Shared.Next(), body = "Trả lời {{NguoiGui}}: {{NoiDungTraLoi}}", legalBasis = "Nghị định số 20/2008/NĐ-CP" }))),
        new("GET", $"{RoutePrefixes.Feedback}/late", Leader, StaffQldt, LeaderVp, true, Get($"{RoutePrefixes.Feedback}/late")),
        new("POST", $"{RoutePrefixes.Feedback}/deadlines/run", Office, OneStop, OfficeMc, true, Send(HttpMethod.Post, (_, _) => Staged($"{RoutePrefixes.Feedback}/deadlines/run", null))),
        // Open311 keys for third-party applications: administrators only
        new("GET", $"{RoutePrefixes.Feedback}/open311/keys/", Admin, Office, AdminQldt, true, Get($"{RoutePrefixes.Feedback}/open311/keys")),
        new("POST", $"{RoutePrefixes.Feedback}/open311/keys/", Admin, Leader, AdminQldt, true, Send(HttpMethod.Post, (_, _) => Task.FromResult<(string, object?)>(
            ($"{RoutePrefixes.Feedback}/open311/keys", new { application = Unique("Ứng dụng thử ") })))),
        new("DELETE", $"{RoutePrefixes.Feedback}/open311/keys/{{id:guid}}", Admin, OneStop, AdminQldt, true, async (p, _) =>
        {
            var admin = await p.ClientForAsync(Admin);
            var issued = await admin.PostAsJsonAsync($"{RoutePrefixes.Feedback}/open311/keys", new { application = Unique("Ứng dụng thu hồi ") });
            var id = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            return new HttpRequestMessage(HttpMethod.Delete, $"{RoutePrefixes.Feedback}/open311/keys/{id}");
        }),

        // messaging operations of every service: administrators only (every service consumes, catch-up requests at least)
        .. MessagingRows(RoutePrefixes.Identity),
        .. MessagingRows(RoutePrefixes.Plans),
        .. MessagingRows(RoutePrefixes.Feedback),
        .. MessagingRows(RoutePrefixes.Procedures),
        .. MessagingRows(RoutePrefixes.Reports),
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
        var path = $"{RoutePrefixes.Plans}/{segment}";
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
            return new HttpRequestMessage(method, $"{RoutePrefixes.Feedback}/{submitted.Id}{action}") { Content = body is null ? null : JsonContent.Create(body) };
        };

    /// <summary>A fresh procedure whose internal procedure is in the given state ("WithSteps": a draft with its steps).</summary>
    private static Func<Platform, TestUser, Task<HttpRequestMessage>> OnProcedure(HttpMethod method, string state, string action, object? body = null) =>
        async (p, _) =>
        {
            var code = await CatalogFixtures.ProcedureAsync(p, state == "WithSteps" ? "Draft" : state, withSteps: state == "WithSteps");
            return new HttpRequestMessage(method, $"{RoutePrefixes.Procedures}/{code}{action}") { Content = body is null ? null : JsonContent.Create(body) };
        };

    private static Task<(string, object?)> Staged(string url, object? body) => Task.FromResult<(string, object?)>((url, body));

}
