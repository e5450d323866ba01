using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Model;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Catalog;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Security;

/// <summary>
/// Units act on their own records, and the date of an official act is the server's day: an earlier day is the
/// office's documented exception, with its reason in the audit log. A refused request changes nothing.
/// </summary>
public sealed class OfficialRecordTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task Only_the_division_that_handles_a_procedure_drafts_its_internal_procedure_and_reviews_it()
    {
        // The sample content's sector is "Việc làm": the procedure goes to DNLD until the office says otherwise.
        var code = CatalogFixtures.NewCode();
        await CatalogFixtures.PublishAsync(P, CatalogFixtures.Today(), handlingUnit: null, new DecisionItem(ChangeKind.New, code, CatalogFixtures.Content($"Thủ tục phòng chủ trì {code}")));
        var office = await P.ClientForAsync(TestUsers.Office);
        var qldt = await P.ClientForAsync(TestUsers.StaffQldt);
        var qhxd = await P.ClientForAsync(TestUsers.HeadQhxd);
        Assert.Equal("DNLD", (await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Procedures}/{code}", _ct)).GetProperty("handlingUnit").GetString());

        var notTheirs = await qldt.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure", new { steps = CatalogFixtures.Steps(1, 5, 1) }, _ct);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        Assert.Contains("do phòng DNLD chủ trì", await notTheirs.Content.ReadAsStringAsync(_ct));
        var reviewRefused = await qldt.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/reviews", CatalogFixtures.ReviewRequest(), _ct);
        Assert.Equal(HttpStatusCode.Forbidden, reviewRefused.StatusCode);

        var assigned = await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/handling-unit", new { unitCode = "QLDT" }, _ct);
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await qldt.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure", new { steps = CatalogFixtures.Steps(1, 5, 1) }, _ct)).StatusCode);

        // Another division can neither overwrite the steps nor submit them, nor edit the division's review.
        var overwrite = await qhxd.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure", new { steps = CatalogFixtures.Steps(2) }, _ct);
        var submit = await qhxd.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure/submit", new { }, _ct);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (overwrite.StatusCode, submit.StatusCode));
        var review = await qldt.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/reviews", CatalogFixtures.ReviewRequest(), _ct);
        Assert.Equal(HttpStatusCode.Created, review.StatusCode);
        var reviewId = (await review.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await qhxd.PutAsJsonAsync($"{RoutePrefixes.Procedures}/reviews/{reviewId}", CatalogFixtures.ReviewRequest(year: 2027), _ct)).StatusCode);

        var stored = await P.Catalog.QueryAsync<CatalogDb, InternalProcedure>(db => db.InternalProcedures.AsNoTracking().SingleAsync(i => i.ProcedureCode == code));
        Assert.Equal((InternalProcedureStatus.Draft, 3, 7.0), (stored.Status, stored.Steps.Count, stored.TotalWorkingDays));
        Assert.Equal(2026, await P.Catalog.QueryAsync<CatalogDb, int>(db => db.Reviews.Where(r => r.Id == reviewId).Select(r => r.Year).SingleAsync()));

        var badUnit = await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/handling-unit", new { unitCode = "phòng 1" }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, badUnit.StatusCode);
    }

    [Fact]
    public async Task A_submission_date_in_the_past_is_the_offices_exception_with_a_reason_in_the_audit_log()
    {
        var code = CatalogFixtures.NewCode();
        await CatalogFixtures.PublishAsync(P, CatalogFixtures.Today().AddDays(-10), new DecisionItem(ChangeKind.New, code, CatalogFixtures.Content($"Thủ tục trình muộn {code}")));
        var unit = await P.ClientForAsync(TestUsers.StaffQldt);
        var office = await P.ClientForAsync(TestUsers.Office);
        Assert.Equal(HttpStatusCode.OK, (await unit.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure", new { steps = CatalogFixtures.Steps(1, 5, 1) }, _ct)).StatusCode);
        var yesterday = CatalogFixtures.Today().AddDays(-1);

        var byUnit = await unit.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure/submit", new { on = yesterday, backdateReason = "Tôi muốn đúng hạn" }, _ct);
        await AssertFieldAsync(byUnit, "on", "Chỉ Văn phòng");
        var noReason = await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure/submit", new { on = yesterday }, _ct);
        await AssertFieldAsync(noReason, "backdateReason", "lý do");
        var tomorrow = await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure/submit", new { on = CatalogFixtures.Today().AddDays(1), backdateReason = "Ngày mai mới trình" }, _ct);
        await AssertFieldAsync(tomorrow, "on", "không được sau ngày hôm nay");
        Assert.Null(await SubmittedOnAsync(code));

        var reason = "Tờ trình bản giấy gửi UBND tỉnh hôm qua, số 12/TTr-BQL";
        var accepted = await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure/submit", new { on = yesterday, backdateReason = reason }, _ct);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(yesterday, await SubmittedOnAsync(code));
        var audit = await (await P.ClientForAsync(TestUsers.Admin)).GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Procedures}/audit?entityType=InternalProcedure&entityId={code}", _ct);
        var entry = Assert.Single(audit.GetProperty("entries").EnumerateArray(), e => e.GetProperty("action").GetString() == "Backdated");
        Assert.Equal("Nguyễn Văn An", entry.GetProperty("userName").GetString());
        Assert.Contains(reason, entry.GetProperty("changes").GetRawText());

        // Without a date the unit submits on the server's day.
        var other = await CatalogFixtures.ProcedureAsync(P, withSteps: true);
        Assert.Equal(HttpStatusCode.OK, (await unit.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{other}/internal-procedure/submit", new { }, _ct)).StatusCode);
        Assert.Equal(CatalogFixtures.Today(), await SubmittedOnAsync(other));
    }

    [Fact]
    public async Task A_PAKN_entered_with_an_earlier_receipt_day_needs_the_reason_and_the_deadlines_run_from_that_day()
    {
        var desk = await P.ClientForAsync(TestUsers.OneStop);
        var before = await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Cases.CountAsync());
        var content = $"Thư gửi qua bưu điện về hồ sơ số {Random.Shared.Next()} cấp giấy phép xây dựng chậm trả kết quả.";
        object Entry(string? reason) => new
        {
            channel = "Post",
            receivedOn = CatalogFixtures.Today().AddDays(-3).ToString("yyyy-MM-dd"),
            backdateReason = reason,
            feedback = new
            {
                kind = "Reflection", category = "implementation-difficulty", content,
                submitter = new { name = "Phạm Thị Hoa", address = "Thôn Tu Bông, xã Vạn Thọ", phone = $"09{Random.Shared.Next(10_000_000, 99_999_999)}" },
                consentToProcessing = true,
            },
        };

        var refused = await desk.PostAsJsonAsync(RoutePrefixes.Feedback, Entry(null), _ct);
        await AssertFieldAsync(refused, "backdateReason", "lý do");
        Assert.Equal(before, await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Cases.CountAsync()));

        var entered = await desk.PostAsJsonAsync(RoutePrefixes.Feedback, Entry("Thư đến chiều thứ Sáu, vào sổ sáng thứ Hai"), _ct);
        Assert.True(entered.StatusCode == HttpStatusCode.Created, await entered.Content.ReadAsStringAsync(_ct));
        var trackingCode = (await Submissions.ReadReceiptAsync(entered)).TrackingCode;
        var stored = await P.Feedback.QueryAsync<FeedbackDb, FeedbackCase>(db => db.Cases.AsNoTracking().SingleAsync(c => c.TrackingCode == trackingCode));
        Assert.Equal(CatalogFixtures.Today().AddDays(-3), stored.ReceivedOn);
        var audit = await (await P.ClientForAsync(TestUsers.Admin)).GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Feedback}/audit?entityType=FeedbackCase&entityId={stored.Id}", _ct);
        Assert.Contains(audit.GetProperty("entries").EnumerateArray(), e => e.GetProperty("action").GetString() == "Backdated"
            && e.GetProperty("changes").GetRawText().Contains("vào sổ sáng thứ Hai"));
    }

    private Task<DateOnly?> SubmittedOnAsync(string code) =>
        P.Catalog.QueryAsync<CatalogDb, DateOnly?>(db => db.InternalProcedures.Where(i => i.ProcedureCode == code).Select(i => i.SubmittedOn).SingleAsync());

    private async Task AssertFieldAsync(HttpResponseMessage response, string field, string says)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors");
        Assert.Contains(says, errors.GetProperty(field)[0].GetString(), StringComparison.OrdinalIgnoreCase);
    }
}
