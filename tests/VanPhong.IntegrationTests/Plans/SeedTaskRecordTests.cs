using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.IntegrationTests.Infrastructure;
using static VanPhong.IntegrationTests.Plans.SeedTaskFixtures;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Plans;

/// <summary>
/// The records behind the plan's tasks, each through the gateway: the office records one, corrects it on the version it
/// saw, is refused (409) when it acts on a version someone else moved on, and is told in Vietnamese what is wrong with
/// bad input (400, nothing written); every write is in the audit log, and the record reaches reporting with its latest
/// version. Each kind keeps to a year no other test of this class uses, so the report figures are its own.
/// </summary>
public sealed class SeedTaskRecordTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    public sealed record Case(
        string Name, string Path, int Year, Func<Dictionary<string, object?>> Create, Action<Dictionary<string, object?>> Change,
        Action<Dictionary<string, object?>> Break, string BadField, string BadMessage, string Section, Func<JsonElement, bool> Counted)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<string> Kinds => new(Cases.Keys);

    private static readonly Dictionary<string, Case> Cases = new Case[]
    {
        new("impact-assessment", ImpactAssessments, 2021,
            () => Assessment("2021-03-10", "1.009645", "1.009646"),
            b => b["procedureCodes"] = new[] { "1.009645", "1.009646", "2.000777" },
            b => b["assessedOn"] = "31/02/2021", "assessedOn", "Ngày đánh giá \"31/02/2021\" không đúng định dạng",
            "impactAssessments", s => s.GetProperty("assessments").GetInt32() == 1 && s.GetProperty("proceduresAssessed").GetInt32() == 3 && s.GetProperty("formsFiled").GetInt32() == 1),
        new("inspection", Inspections, 2022,
            () => Inspection("2022-04-12", planned: false, FollowUp("2022-05-01", null)),
            b => b["followUps"] = new[] { FollowUp("2022-05-01", "2022-04-30"), FollowUp("2023-01-15", null) },
            b => b["inspectingBody"] = "  ", "inspectingBody", "Vui lòng nhập cơ quan, đoàn kiểm tra.",
            "inspections", s => s.GetProperty("inspections").GetInt32() == 1 && s.GetProperty("adHoc").GetInt32() == 1 && s.GetProperty("withFindings").GetInt32() == 1
                && s.GetProperty("followUps").GetInt32() == 2 && s.GetProperty("followUpsDone").GetInt32() == 1 && s.GetProperty("followUpsOverdue").GetInt32() == 0),
        new("one-stop-desk", Desk, 2019,
            () => DeskAssignment("2019-01-02", "2019-12-31", "Trần Văn Một Cửa", "Đầu tư"),
            b => b["sectors"] = new[] { "Đầu tư", "Môi trường" },
            b => b["assignedTo"] = "2018-12-31", "assignedTo", "Ngày kết thúc phân công (31/12/2018) không được trước ngày bắt đầu (02/01/2019).",
            "oneStopDesk", s => s.GetProperty("staffAssigned").GetInt32() == 1 && s.GetProperty("bySector").GetArrayLength() == 2),
        new("linked-group", LinkedGroups, 2020,
            () => LinkedGroup("2020-05-06"),
            b => b["proposalDocument"] = "126/KKT-VP",
            b => b["procedureCodes"] = new[] { "1.009645" }, "procedureCodes", "Nhóm TTHC liên thông gồm ít nhất hai thủ tục.",
            "linkedGroups", s => s.GetProperty("proposed").GetInt32() == 1 && s.GetProperty("pending").GetInt32() == 1),
        new("communication", Communications, 2018,
            () => Communication("2018-08-08", "Training", 30),
            b => b["participants"] = 45,
            b => b["kind"] = "Party", "kind", "Loại hoạt động \"Party\" không hợp lệ",
            "communications", s => s.GetProperty("activities").GetInt32() == 1 && s.GetProperty("participants").GetInt32() == 45),
    }.ToDictionary(c => c.Name);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_record_is_created_corrected_on_its_version_refused_when_stale_and_counted_by_reporting(string kind)
    {
        var c = Cases[kind];
        var office = await P.ClientForAsync(TestUsers.Office);
        var body = c.Create();
        var created = await CreateAsync(P, c.Path, body);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(1, created.GetProperty("version").GetInt32());

        c.Change(body);
        var changed = await PutAsync(office, $"{c.Path}/{id}", body, seenVersion: 1);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(2, (await changed.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("version").GetInt32());

        var stale = await PutAsync(office, $"{c.Path}/{id}", body, seenVersion: 1);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Hồ sơ đã được người khác cập nhật", (await stale.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("title").GetString());

        var bad = c.Create();
        c.Break(bad);
        var refused = await office.PostAsJsonAsync(c.Path, bad, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors");
        Assert.StartsWith(c.BadMessage, errors.GetProperty(c.BadField)[0].GetString());
        var ofTheYear = await office.GetFromJsonAsync<List<JsonElement>>($"{c.Path}?year={c.Year}", _ct);
        Assert.Equal(id, Assert.Single(ofTheYear!).GetProperty("id").GetGuid());

        var leader = await P.ClientForAsync(TestUsers.Leader);
        var audit = await leader.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Plans}/audit?entityId={id}", _ct);
        Assert.Equal(["Created", "Updated"], audit.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()).Order().ToArray());

        await Eventually.HoldsAsync(
            () => office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/periodic/preview?from={c.Year}-01-01&to={c.Year}-12-31", _ct),
            r => c.Counted(r.GetProperty("activities").GetProperty(c.Section)), TimeSpan.FromSeconds(60), $"reporting counts the {kind} at its latest version");
    }

    [Fact]
    public async Task The_desk_members_name_and_phone_are_masked_in_the_audit_log()
    {
        var name = $"Lê Thị Che {Guid.NewGuid().ToString("N")[..6]}";
        var id = await CreateIdAsync(P, Desk, DeskAssignment("2017-03-01", "2017-03-31", name));
        var leader = await P.ClientForAsync(TestUsers.Leader);
        var audit = await (await leader.GetAsync($"{RoutePrefixes.Plans}/audit?entityId={id}", _ct)).Content.ReadAsStringAsync(_ct);
        Assert.Contains("Created", audit);
        Assert.DoesNotContain(name, audit);
        Assert.DoesNotContain("3845 123", audit);
    }

    [Fact]
    public async Task A_linked_group_is_decided_once_and_no_longer_edited()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var body = LinkedGroup("2016-02-03");
        var id = await CreateIdAsync(P, LinkedGroups, body);

        var noNumber = await office.PostAsJsonAsync($"{LinkedGroups}/{id}/decision", new { accepted = true, decidedOn = "2016-04-01" }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, noNumber.StatusCode);
        Assert.Equal("Vui lòng nhập số quyết định công bố nhóm TTHC liên thông.",
            (await noNumber.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors").GetProperty("decisionNumber")[0].GetString());

        var accepted = await office.PostAsJsonAsync($"{LinkedGroups}/{id}/decision", new { accepted = true, decisionNumber = "820/QĐ-UBND", decidedOn = "2016-04-01" }, _ct);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var view = await accepted.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal("Accepted", view.GetProperty("status").GetString());
        Assert.Equal(2, view.GetProperty("version").GetInt32());

        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"{LinkedGroups}/{id}/decision", new { accepted = false, decidedOn = "2016-04-02", note = "Đổi ý" }, _ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PutAsJsonAsync($"{LinkedGroups}/{id}", body, _ct)).StatusCode);

        await Eventually.HoldsAsync(
            () => office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/periodic/preview?from=2016-01-01&to=2016-12-31", _ct),
            r => r.GetProperty("activities").GetProperty("linkedGroups") is var g && g.GetProperty("accepted").GetInt32() == 1 && g.GetProperty("pending").GetInt32() == 0
                && g.GetProperty("rows")[0].GetProperty("decisionNumber").GetString() == "820/QĐ-UBND",
            TimeSpan.FromSeconds(60), "reporting knows the group was accepted");
    }

    [Fact]
    public async Task A_record_tied_to_a_plan_item_shows_on_that_items_page_and_an_unknown_item_is_refused()
    {
        var planId = await PlanClient.SeededPlanAsync(P);
        var item = await PlanClient.ItemAsync(P, planId, "I.1");
        var body = Assessment("2023-06-20");
        body["planItemCode"] = "I.1";
        var id = await CreateIdAsync(P, ImpactAssessments, body);

        var office = await P.ClientForAsync(TestUsers.Office);
        var detail = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Plans}/items/{item.Id}", _ct);
        var record = detail.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal("ImpactAssessment", record.GetProperty("kind").GetString());
        Assert.Equal("2023-06-20", record.GetProperty("on").GetString());

        body["planItemCode"] = "I.99";
        var refused = await office.PostAsJsonAsync(ImpactAssessments, body, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Kế hoạch năm 2023 không có nhiệm vụ I.99.",
            (await refused.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors").GetProperty("planItemCode")[0].GetString());
    }

    [Fact]
    public async Task The_public_desk_list_shows_only_who_is_assigned_today_and_only_what_the_plan_publishes()
    {
        var today = DateOnly.FromDateTime(P.PlansClock.GetUtcNow().UtcDateTime.AddHours(7));
        string D(int days) => today.AddDays(days).ToString("yyyy-MM-dd");
        var current = $"Phạm Văn Hiện {Guid.NewGuid().ToString("N")[..6]}";
        var ended = $"Võ Thị Đã Chuyển {Guid.NewGuid().ToString("N")[..6]}";
        var coming = $"Đặng Văn Sắp Đến {Guid.NewGuid().ToString("N")[..6]}";
        await CreateAsync(P, Desk, DeskAssignment(D(-30), null, current, "Đầu tư", "Xây dựng"));
        await CreateAsync(P, Desk, DeskAssignment(D(-60), D(-1), ended, "Đầu tư"));
        await CreateAsync(P, Desk, DeskAssignment(D(1), null, coming, "Lao động"));

        var listed = await P.Anonymous.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.PublicPlans}/one-stop-desk", _ct);
        var names = listed!.Select(m => m.GetProperty("fullName").GetString()).ToList();
        Assert.Contains(current, names);
        Assert.DoesNotContain(ended, names);
        Assert.DoesNotContain(coming, names);
        var member = listed!.Single(m => m.GetProperty("fullName").GetString() == current);
        Assert.Equal(["fullName", "sectors", "title", "workPhone"], member.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("0258 3845 123", member.GetProperty("workPhone").GetString());

        var page = await P.Anonymous.GetAsync("/bo-phan-mot-cua", _ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(_ct));
        Assert.Contains(current, html);
        Assert.Contains("Đầu tư, Xây dựng", html);
        Assert.DoesNotContain(ended, html);
        Assert.DoesNotContain(coming, html);
    }

    private async Task<HttpResponseMessage> PutAsync(HttpClient client, string url, object body, int seenVersion)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{seenVersion}\""));
        return await client.SendAsync(request, _ct);
    }
}
