using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.Catalog.Model;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.IntegrationTests.Plans;
using static VanPhong.IntegrationTests.Catalog.CatalogFixtures;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Catalog;

/// <summary>Internal procedures: steps within the legal time, the plan's two deadlines on the working-day calendar.</summary>
public sealed class InternalProcedureTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task Deadlines_are_counted_in_working_days_across_the_April_and_September_holidays()
    {
        // Published Wednesday 01/04/2026. 30 working days skip Giỗ Tổ (bù 27/4), 30/4 and 1/5: due Monday 18/5/2026,
        // where a count of weekdays alone would give 13/5.
        var late = NewCode();
        var onTime = NewCode();
        await PublishAsync(P, new DateOnly(2026, 4, 1),
            new DecisionItem(ChangeKind.New, late, Content($"Thủ tục nộp muộn {late}")),
            new DecisionItem(ChangeKind.New, onTime, Content($"Thủ tục nộp đúng hạn {onTime}")));
        var unit = await P.ClientForAsync(TestUsers.StaffQldt);
        var office = await P.ClientForAsync(TestUsers.Office);
        foreach (var code in new[] { late, onTime })
        {
            Assert.Equal(HttpStatusCode.OK, (await unit.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure", new { steps = Steps(0.5, 7, 2, 0.5) }, _ct)).StatusCode);
        }

        var draft = await ViewAsync(office, late);
        Assert.Equal("2026-05-18", draft.GetProperty("submitDueOn").GetString());
        Assert.Equal(10, draft.GetProperty("totalWorkingDays").GetDouble());
        Assert.True(draft.GetProperty("submitLate").GetBoolean()); // still a draft, and the day has passed

        // Dates in the past: the office's documented exceptions (a unit submits on the server's day only).
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{late}/internal-procedure/submit", new { on = "2026-05-19", backdateReason = "Tờ trình gửi bản giấy ngày 19/5" }, _ct));
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{onTime}/internal-procedure/submit", new { on = "2026-05-18", backdateReason = "Tờ trình gửi bản giấy ngày 18/5" }, _ct));
        Assert.True((await ViewAsync(office, late)).GetProperty("submitLate").GetBoolean());
        Assert.False((await ViewAsync(office, onTime)).GetProperty("submitLate").GetBoolean());
        var lateList = await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Procedures}/internal-procedures?late=true", _ct);
        Assert.Contains(lateList!, v => v.GetProperty("procedureCode").GetString() == late);
        Assert.DoesNotContain(lateList!, v => v.GetProperty("procedureCode").GetString() == onTime);

        // Approved Saturday 29/8/2026: three days end on 1/9, a holiday (1–2/9), so the update is due Thursday 3/9.
        var approved = await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{onTime}/internal-procedure/approve", new { decisionNumber = "215/QĐ-UBND", approvedOn = "2026-08-29" }, _ct));
        Assert.Equal("2026-09-03", approved.GetProperty("electronicDueOn").GetString());
        var updated = await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{onTime}/internal-procedure/electronic-updated", new { on = "2026-09-03", backdateReason = "Cập nhật trên hệ thống của tỉnh ngày 03/9" }, _ct));
        Assert.False(updated.GetProperty("electronicLate").GetBoolean());
        Assert.Equal("Approved", updated.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_internal_procedure_longer_than_the_legal_time_is_refused_and_nothing_is_saved()
    {
        var code = await ProcedureAsync(P); // 10 working days
        var unit = await P.ClientForAsync(TestUsers.StaffQldt);

        var tooLong = await unit.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure", new { steps = Steps(1, 7, 2, 1) }, _ct);

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("application/problem+json", tooLong.Content.Headers.ContentType?.MediaType);
        var message = (await tooLong.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors").GetProperty("steps")[0].GetString();
        Assert.Equal("Tổng thời gian các bước (11 ngày làm việc) vượt thời hạn giải quyết theo quy định (10 ngày làm việc, tương đương 10 ngày làm việc).", message);
        var office = await P.ClientForAsync(TestUsers.Office);
        Assert.Empty((await ViewAsync(office, code)).GetProperty("steps").EnumerateArray());

        var noUnit = await unit.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure", new { steps = new[] { new { order = 1, description = "Thẩm định", unit = "", role = "", workingDays = 2 } } }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, noUnit.StatusCode);
        Assert.Contains("đơn vị", await noUnit.Content.ReadAsStringAsync(_ct));

        var submitWithoutSteps = await unit.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure/submit", new { }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, submitWithoutSteps.StatusCode);
        var approveBeforeSubmit = await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure/approve", new { decisionNumber = "1/QĐ-UBND", approvedOn = Today() }, _ct);
        Assert.Equal(HttpStatusCode.Conflict, approveBeforeSubmit.StatusCode);
    }

    [Fact]
    public async Task Dates_out_of_order_are_refused()
    {
        var code = await ProcedureAsync(P, withSteps: true);
        var unit = await P.ClientForAsync(TestUsers.StaffQldt);

        var office = await P.ClientForAsync(TestUsers.Office);
        var beforePublication = await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure/submit", new { on = Today().AddDays(-400), backdateReason = "Ghi nhận lại theo hồ sơ giấy" }, _ct);
        var future = await unit.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure/submit", new { on = Today().AddDays(3) }, _ct);

        Assert.Equal(HttpStatusCode.BadRequest, beforePublication.StatusCode);
        Assert.Contains("không được trước ngày công bố", await beforePublication.Content.ReadAsStringAsync(_ct));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
    }

    [Fact]
    public async Task Submitting_and_approving_settle_the_plan_obligations_and_approval_opens_the_next()
    {
        var code = NewCode();
        await PublishAsync(P, new DateOnly(2023, 10, 2), new DecisionItem(ChangeKind.New, code, Content($"Thủ tục năm 2023 {code}")));
        var unit = await P.ClientForAsync(TestUsers.StaffQldt);
        var office = await P.ClientForAsync(TestUsers.Office);
        await Ok(await unit.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure", new { steps = Steps(1, 8, 1) }, _ct));
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure/submit", new { on = "2023-10-20", backdateReason = "Nhập lại hồ sơ năm 2023" }, _ct));
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure/approve", new { decisionNumber = "3001/QĐ-UBND", approvedOn = "2023-11-01" }, _ct));

        var planId = await PlanClient.SeededPlanAsync(P);
        var submitItem = await PlanClient.ItemAsync(P, planId, "III.6");
        var electronicItem = await PlanClient.ItemAsync(P, planId, "III.7");
        var submitted = await ObligationAsync(office, submitItem.Id, code, o => o.GetProperty("fulfilledOn").ValueKind != JsonValueKind.Null);
        Assert.Equal("2023-10-20", submitted.GetProperty("fulfilledOn").GetString());
        var electronic = await ObligationAsync(office, electronicItem.Id, code, _ => true);
        Assert.Equal("2023-11-01", electronic.GetProperty("triggeredOn").GetString());
        Assert.Equal(JsonValueKind.Null, electronic.GetProperty("fulfilledOn").ValueKind);
    }

    private async Task<JsonElement> ObligationAsync(HttpClient client, Guid itemId, string code, Func<JsonElement, bool> condition) =>
        (await Eventually.HoldsAsync(
            async () => (await client.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Plans}/items/{itemId}", _ct)).GetProperty("obligations").EnumerateArray()
                .Where(o => o.GetProperty("subject").GetString() == code).ToList(),
            o => o.Count == 1 && condition(o[0]),
            what: $"the plan's obligation for {code}"))[0];

    private async Task<JsonElement> ViewAsync(HttpClient client, string code)
    {
        var all = await client.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Procedures}/internal-procedures", _ct);
        return all!.Single(v => v.GetProperty("procedureCode").GetString() == code);
    }

    private async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(_ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
