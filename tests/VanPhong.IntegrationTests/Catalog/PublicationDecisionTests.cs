using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.Catalog.Model;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.IntegrationTests.Plans;
using VanPhong.Reporting.Data;
using static VanPhong.IntegrationTests.Catalog.CatalogFixtures;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Catalog;

/// <summary>Publication decisions through the gateway: versions, the diff, the events, and decisions that must be refused.</summary>
public sealed class PublicationDecisionTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task Applying_decisions_creates_amends_and_abolishes_and_the_events_reach_reporting_and_the_plan()
    {
        var (kept, abolished, added) = (NewCode(), NewCode(), NewCode());
        var first = new DateOnly(2023, 6, 1);
        var second = new DateOnly(2023, 9, 1);
        var original = Content($"Thủ tục thử nghiệm {kept}");
        await PublishAsync(P, first, new DecisionItem(ChangeKind.New, kept, original), new DecisionItem(ChangeKind.New, abolished, Content($"Thủ tục sẽ bãi bỏ {abolished}")));
        var amended = original with { ProcessingDays = 7, Fees = [new Fee("Lệ phí cấp giấy phép", 600_000, null)] };
        await PublishAsync(P, second,
            new DecisionItem(ChangeKind.Amended, kept, amended),
            new DecisionItem(ChangeKind.Abolished, abolished, null),
            new DecisionItem(ChangeKind.New, added, Content($"Thủ tục mới {added}", online: OnlineLevels.Full)));

        var staff = await P.ClientForAsync(TestUsers.StaffQhxd);
        var procedure = await staff.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Procedures}/{kept}", _ct);
        Assert.Equal(2, procedure.GetProperty("current").GetProperty("number").GetInt32());
        Assert.Equal(7, procedure.GetProperty("current").GetProperty("content").GetProperty("processingDays").GetInt32());
        var versions = procedure.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["New", "Amended"], versions.Select(v => v.GetProperty("change").GetString()));
        Assert.Equal("2023-09-01", versions[0].GetProperty("effectiveTo").GetString());

        var diff = await staff.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Procedures}/{kept}/diff?from=1&to=2", _ct);
        var changes = diff.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(["ProcessingDays", "Fees"], changes.Select(c => c.GetProperty("field").GetString()));
        Assert.Equal(10, changes[0].GetProperty("before").GetInt32());
        Assert.Equal(7, changes[0].GetProperty("after").GetInt32());
        Assert.Equal(600_000, changes[1].GetProperty("after")[0].GetProperty("amount").GetInt64());
        Assert.Empty((await staff.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Procedures}/{kept}/diff?from=2&to=2", _ct)).GetProperty("changes").EnumerateArray());

        var gone = await staff.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Procedures}/{abolished}", _ct);
        Assert.Equal("Abolished", gone.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await P.Anonymous.GetAsync($"{RoutePrefixes.PublicProcedures}/{abolished}", _ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await P.Anonymous.GetAsync($"{RoutePrefixes.PublicProcedures}/{added}", _ct)).StatusCode);

        // The lists as of a date follow the effective dates.
        var before = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicProcedures}/lists/online-partial?asOf=2023-07-01", _ct);
        var after = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicProcedures}/lists/online-partial?asOf=2023-10-01", _ct);
        Assert.Contains(abolished, Codes(before));
        Assert.DoesNotContain(abolished, Codes(after));
        Assert.Contains(kept, Codes(after));
        Assert.DoesNotContain(added, Codes(after)); // published as fully online
        Assert.Contains(added, Codes(await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicProcedures}/lists/online-full?asOf=2023-10-01", _ct)));

        // Reporting builds its read model from the events.
        var facts = await Eventually.HoldsAsync(
            async () =>
            {
                await using var scope = P.Reporting.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
                return await db.Procedures.AsNoTracking().Where(f => f.Code == kept || f.Code == abolished || f.Code == added).ToListAsync(_ct);
            },
            f => f.Count == 3 && f.Single(x => x.Code == kept).LastChange == "Amended" && f.Single(x => x.Code == abolished).Abolished,
            what: "reporting has the three procedures as the second decision left them");
        Assert.Equal(7, facts.Single(f => f.Code == kept).ProcessingDays);
        Assert.Equal("Full", facts.Single(f => f.Code == added).OnlineLevel);

        // The plan registry opens item III.6's obligation (internal procedure within 30 working days) per publication.
        var planId = await PlanClient.SeededPlanAsync(P);
        var item = await PlanClient.ItemAsync(P, planId, "III.6");
        var office = await P.ClientForAsync(TestUsers.Office);
        var obligations = await Eventually.HoldsAsync(
            async () => (await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Plans}/items/{item.Id}", _ct)).GetProperty("obligations").EnumerateArray().ToList(),
            o => o.Any(x => x.GetProperty("subject").GetString() == added),
            what: "the plan registry opened the obligation for the new procedure");
        var obligation = obligations.Single(x => x.GetProperty("subject").GetString() == added);
        Assert.Equal("2023-09-01", obligation.GetProperty("triggeredOn").GetString());
        Assert.Equal("2023-10-16", obligation.GetProperty("dueOn").GetString()); // 30 working days; 01–04/09/2023 Quốc khánh off
    }

    [Fact]
    public async Task A_decision_that_does_not_fit_the_catalog_is_refused_with_the_reason_and_changes_nothing()
    {
        var existing = NewCode();
        await PublishAsync(P, new DateOnly(2026, 3, 2), new DecisionItem(ChangeKind.New, existing, Content($"Thủ tục có sẵn {existing}")));
        var office = await P.ClientForAsync(TestUsers.Office);

        var bad = await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/decisions", Decision(new DateOnly(2026, 4, 1),
            new DecisionItem(ChangeKind.New, existing, Content("Trùng mã")),
            new DecisionItem(ChangeKind.Amended, NewCode(), Content("Không có trong danh mục")),
            new DecisionItem(ChangeKind.New, "TTHC-01", Content("Sai mã")),
            new DecisionItem(ChangeKind.New, NewCode(), Content("") with { Dossier = [] })), _ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors");
        Assert.Contains("đã có trong danh mục", errors.GetProperty("items[0]")[0].GetString());
        Assert.Contains("không có (hoặc đã bãi bỏ)", errors.GetProperty("items[1]")[0].GetString());
        Assert.Contains("không đúng định dạng", errors.GetProperty("items[2]")[0].GetString());
        Assert.True(errors.TryGetProperty("items[3].name", out _));
        Assert.True(errors.TryGetProperty("items[3].dossier", out _));

        // Two drafts that both abolish the procedure: the second cannot be applied once the first was.
        var one = await Created(office, Decision(new DateOnly(2026, 5, 4), new DecisionItem(ChangeKind.Abolished, existing, null)));
        var two = await Created(office, Decision(new DateOnly(2026, 5, 5), new DecisionItem(ChangeKind.Abolished, existing, null)));
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/{one}/apply", null, _ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/{one}/apply", null, _ct)).StatusCode);
        var stale = await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/{two}/apply", null, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("không còn áp dụng được", await stale.Content.ReadAsStringAsync(_ct));
        var draft = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Procedures}/decisions/{two}", _ct);
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        var procedure = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Procedures}/{existing}", _ct);
        Assert.Equal(2, procedure.GetProperty("versions").GetArrayLength());

        var duplicateNumber = await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/decisions", new
        {
            number = draft.GetProperty("number").GetString(), date = "2026-05-05", signer = "A", items = new[] { new DecisionItem(ChangeKind.New, NewCode(), Content("X")) },
        }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, duplicateNumber.StatusCode);
        Assert.Contains("đã được ghi nhận", await duplicateNumber.Content.ReadAsStringAsync(_ct));
    }

    [Fact]
    public async Task A_decision_taking_effect_later_leaves_the_version_in_force_until_then()
    {
        var code = NewCode();
        await PublishAsync(P, new DateOnly(2026, 1, 5), new DecisionItem(ChangeKind.New, code, Content($"Thủ tục hiệu lực sau {code}", days: 12)));
        var office = await P.ClientForAsync(TestUsers.Office);
        var later = Today().AddDays(40);
        var id = await Created(office, new
        {
            number = $"{Random.Shared.Next(1, 99999)}/QĐ-UBND-L{Guid.NewGuid():N}"[..30],
            date = Today(),
            signer = "Nguyễn Văn Thử",
            effectiveDate = later,
            items = new[] { new DecisionItem(ChangeKind.Amended, code, Content($"Thủ tục hiệu lực sau {code}", days: 8)) },
        });
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/{id}/apply", null, _ct)).StatusCode);

        var today = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicProcedures}/{code}", _ct);
        Assert.Equal(12, today.GetProperty("processingDays").GetInt32());
        var list = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicProcedures}/lists/online-partial?asOf={later:yyyy-MM-dd}", _ct);
        var row = list.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("rows").EnumerateArray()).Single(r => r.GetProperty("code").GetString() == code);
        Assert.Equal("08 ngày làm việc", row.GetProperty("processingTime").GetString());
    }

    [Fact]
    public async Task Abolishing_a_procedure_with_an_amendment_pending_ends_the_version_in_force_and_the_amendment_never_takes_effect()
    {
        var code = NewCode();
        await PublishAsync(P, new DateOnly(2026, 1, 5), new DecisionItem(ChangeKind.New, code, Content($"Thủ tục bãi bỏ trước sửa đổi {code}", days: 12)));
        var office = await P.ClientForAsync(TestUsers.Office);
        var abolishedOn = Today().AddDays(10);
        var amendedOn = Today().AddDays(40);
        await ApplyLaterAsync(office, amendedOn, new DecisionItem(ChangeKind.Amended, code, Content($"Thủ tục bãi bỏ trước sửa đổi {code}", days: 8)));
        await ApplyLaterAsync(office, abolishedOn, new DecisionItem(ChangeKind.Abolished, code, null));

        async Task<List<string?>> ListedOn(DateOnly day) =>
            Codes(await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicProcedures}/lists/online-partial?asOf={day:yyyy-MM-dd}", _ct));
        Assert.Contains(code, await ListedOn(Today()));
        Assert.DoesNotContain(code, await ListedOn(abolishedOn.AddDays(5)));
        Assert.DoesNotContain(code, await ListedOn(amendedOn.AddDays(5)));
        var versions = await P.Catalog.QueryAsync<VanPhong.Catalog.Data.CatalogDb, List<ProcedureVersion>>(db =>
            db.Versions.AsNoTracking().Where(v => v.Code == code).OrderBy(v => v.Number).ToListAsync());
        Assert.All(versions, v => Assert.True(v.EffectiveTo is null || v.EffectiveTo >= v.EffectiveFrom, $"version {v.Number} ends before it starts"));
        Assert.Equal(abolishedOn, versions.Single(v => v.Number == 1).EffectiveTo);
    }

    private async Task ApplyLaterAsync(HttpClient office, DateOnly effective, DecisionItem item)
    {
        var id = await Created(office, new
        {
            number = $"{Random.Shared.Next(1, 99999)}/QĐ-UBND-L{Guid.NewGuid():N}"[..30],
            date = Today(),
            signer = "Nguyễn Văn Thử",
            effectiveDate = effective,
            items = new[] { item },
        });
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/{id}/apply", null, _ct)).StatusCode);
    }

    private async Task<Guid> Created(HttpClient client, object decision)
    {
        var response = await client.PostAsJsonAsync($"{RoutePrefixes.Procedures}/decisions", decision, _ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();
    }

    private static List<string?> Codes(JsonElement list) =>
        list.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("rows").EnumerateArray()).Select(r => r.GetProperty("code").GetString()).ToList();
}
