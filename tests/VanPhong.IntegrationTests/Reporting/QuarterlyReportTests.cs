using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using VanPhong.Catalog.Model;
using VanPhong.Catalog.Seed;
using VanPhong.IntegrationTests.Catalog;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Plans.Documents;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Reporting;

/// <summary>
/// The whole path of a quarterly report: catalog decisions and internal procedures, PAKN handled on time, late and
/// not at all, a plan carried out on time, late and not at all, dossier figures imported from a CSV file and through
/// the API — all through the gateway and RabbitMQ — then the report for quarter II of 2026, whose cut-off is Sunday
/// 14/6/2026, with every figure checked against what was done.
/// </summary>
public sealed class QuarterlyReportTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task The_quarter_II_2026_report_adds_up_to_what_every_service_did()
    {
        await P.WaitForUnitsAsync();
        var office = await P.ClientForAsync(TestUsers.Office);
        var unit = await P.ClientForAsync(TestUsers.StaffQldt);
        var leader = await P.ClientForAsync(TestUsers.Leader);

        // Catalog: A and B published 20/3, B abolished 5/5, C published 10/6 but in force only from 1/7.
        var (a, b, c) = (CatalogFixtures.NewCode(), CatalogFixtures.NewCode(), CatalogFixtures.NewCode());
        var aContent = CatalogFixtures.Content($"Thủ tục A {a}", online: OnlineLevels.Full);
        await CatalogFixtures.PublishAsync(P, new DateOnly(2026, 3, 20),
            new DecisionItem(ChangeKind.New, a, aContent),
            new DecisionItem(ChangeKind.New, b, CatalogFixtures.Content($"Thủ tục B {b}") with { OneStop = false }));
        await CatalogFixtures.PublishAsync(P, new DateOnly(2026, 5, 5), new DecisionItem(ChangeKind.Abolished, b, null));
        var later = await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/decisions", new
        {
            number = $"{Random.Shared.Next(1000, 9999)}/QĐ-UBND-Q2", date = "2026-06-10", signer = "Nguyễn Văn Thử", effectiveDate = "2026-07-01",
            items = new[] { new DecisionItem(ChangeKind.New, c, CatalogFixtures.Content($"Thủ tục C {c}")) },
        }, _ct);
        var laterId = (await Ok(later)).GetProperty("id").GetGuid();
        await Ok(await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/{laterId}/apply", null, _ct));
        await Ok(await unit.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{a}/internal-procedure", new { steps = CatalogFixtures.Steps(1, 7, 1, 1) }, _ct));
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{a}/internal-procedure/submit", new { on = "2026-04-10", backdateReason = "Tờ trình bản giấy gửi ngày 10/4" }, _ct));
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{a}/internal-procedure/approve", new { decisionNumber = "1201/QĐ-UBND", approvedOn = "2026-04-20" }, _ct));
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{a}/internal-procedure/electronic-updated", new { on = "2026-04-22", backdateReason = "Cập nhật trên hệ thống của tỉnh ngày 22/4" }, _ct));

        // PAKN, in the order time passes.
        At(2026, 3, 10);
        var p1 = await SubmitAsync();
        await Step(office, p1, "classify", new { outcome = "WithinAuthority" });
        await Step(office, p1, "assign", new { leadUnit = "QLDT" });
        At(2026, 3, 20);
        await AnswerAsync(p1, office, unit, leader);                             // answered in the period, on time
        At(2026, 4, 6);
        var p2 = await SubmitAsync();
        await Step(office, p2, "classify", new { outcome = "WithinAuthority" });
        await Step(office, p2, "assign", new { leadUnit = "QLDT" });
        At(2026, 4, 8);
        var p6 = await StaffEntryAsync();                                        // by post
        At(2026, 4, 9);
        await Step(office, p6, "classify", new { outcome = "NotAccepted", reason = "Nội dung là khiếu nại, đã hướng dẫn gửi theo Luật Khiếu nại." });
        At(2026, 4, 10);
        await AnswerAsync(p2, office, unit, leader);                             // on time
        At(2026, 4, 12);
        await Step(office, p2, "publish", null);
        At(2026, 4, 20);
        var p3 = await SubmitAsync();
        await Step(office, p3, "classify", new { outcome = "WithinAuthority" });
        await Step(office, p3, "assign", new { leadUnit = "QLDT" });            // answer due 07/5/2026
        At(2026, 5, 4);
        var p4 = await SubmitAsync();
        await Step(office, p4, "classify", new { outcome = "WithinAuthority" });
        await Step(office, p4, "assign", new { leadUnit = "QLDT" });            // due 18/5, never answered
        At(2026, 5, 25);
        await AnswerAsync(p3, office, unit, leader);                             // late
        At(2026, 6, 12);
        await SubmitAsync();                                                     // p5: classification due 19/6, after the cut-off

        // The plan for 2026: due 30/4 done 25/4; due 31/5 done 5/6; due 10/6 not done; due 31/12 at 40 %.
        var plan = await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/import", new PlanDocument(
            2026, "Kế hoạch kiểm soát thủ tục hành chính năm 2026", "15/QĐ-KKT", new DateOnly(2026, 1, 20), null, "Trưởng ban", null, [], 20_000_000, null, null,
            [
                new SectionDocument("I", "Công bố, công khai TTHC", [
                    new ItemDocument("I.1", null, false, "Rà soát danh mục TTHC lĩnh vực đầu tư", "Trước ngày 01/5/2026", "Phòng Quản lý Đầu tư", null, "Báo cáo rà soát"),
                    new ItemDocument("I.2", null, false, "Công khai TTHC tại trụ sở", "Trước ngày 01/6/2026", "Văn phòng", null, "Bảng niêm yết"),
                    new ItemDocument("I.3", null, false, "Chuẩn hóa kết quả giải quyết TTHC", "Trước ngày 11/6/2026", "Phòng Quản lý Đầu tư", null, "Kết quả chuẩn hóa"),
                    new ItemDocument("I.4", null, false, "Tuyên truyền về kiểm soát TTHC", "Trong năm 2026", "Văn phòng", null, "Tin bài"),
                ]),
            ]), _ct));
        var planId = plan.GetProperty("id").GetGuid();
        await Ok(await office.PostAsync($"{RoutePrefixes.Plans}/{planId}/issue", null, _ct));
        var items = (await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Plans}/{planId}/items", _ct))!
            .ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("id").GetGuid());
        P.PlansClock.AdjustTime(new DateTimeOffset(2026, 4, 25, 9, 0, 0, Vietnam));
        await Complete(unit, items["I.1"]);
        P.PlansClock.AdjustTime(new DateTimeOffset(2026, 5, 10, 9, 0, 0, Vietnam));
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{items["I.4"]}/progress", new { percent = 40, narrative = "Đã đăng 4 tin bài." }, _ct));
        P.PlansClock.AdjustTime(new DateTimeOffset(2026, 6, 5, 9, 0, 0, Vietnam));
        await Complete(office, items["I.2"]);

        // Dossier figures: a CSV for 15/3–14/5 (imported twice: the second time changes nothing) and the API for 15/5–14/6.
        await Eventually.HoldsAsync(() => office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/catalog/summary", _ct),
            s => s.GetProperty("inForce").GetInt32() >= SampleCatalog.Procedures.Count + 1, what: "reporting knows procedure A");
        var csv = "ma_tthc,linh_vuc,truc_tuyen,truc_tiep,buu_chinh,ky_truoc,truoc_han,dung_han,qua_han,dang_trong_han,dang_qua_han,so_hoa_ho_so,so_hoa_ket_qua\n"
            + $"{a},Việc làm,6,3,1,2,4,5,1,2,0,8,9\n"
            + "1.009645,,1,3,0,0,0,2,1,1,0,4,3\n";
        var integration = P.WithToken(await P.ClientTokenAsync(Platform.IntegrationClient));
        var first = await integration.PostAsync($"{RoutePrefixes.Reports}/dossiers/import?from=2026-03-15&to=2026-05-14&fileName=ho-so.csv", new StringContent(csv, Encoding.UTF8, "text/csv"), _ct);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await integration.PostAsync($"{RoutePrefixes.Reports}/dossiers/import?from=2026-03-15&to=2026-05-14", new StringContent(csv, Encoding.UTF8, "text/csv"), _ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("unchanged").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, (await integration.PostAsJsonAsync($"{RoutePrefixes.Reports}/dossiers", new
        {
            from = "2026-05-15", to = "2026-06-14",
            rows = new[] { new { procedureCode = a, receivedOnline = 4, receivedDirect = 0, receivedPostal = 0, carriedOver = 2, resolvedEarly = 1, resolvedOnTime = 2, resolvedLate = 0,
                pendingWithinDeadline = 2, pendingOverdue = 1, digitisedDossiers = 3, digitisedResults = 3 } },
        }, _ct)).StatusCode);

        // Wait for every event to reach reporting, then generate the report through the gateway.
        await Eventually.HoldsAsync(() => office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/periodic/preview?kind=Quarter&year=2026&number=2", _ct),
            r => r.GetProperty("feedback").GetProperty("received").GetInt32() == 5 && r.GetProperty("feedback").GetProperty("answered").GetInt32() == 3
                && r.GetProperty("feedback").GetProperty("published").GetInt32() == 1 && r.GetProperty("feedback").GetProperty("notAcceptedOrTransferred").GetInt32() == 1
                && r.GetProperty("plan").GetProperty("total").GetProperty("completed").GetInt32() == 2 && r.GetProperty("plan").GetProperty("total").GetProperty("percent").GetDouble() == 60
                && r.GetProperty("catalog").GetProperty("electronicUpdatedInPeriod").GetInt32() == 1 && r.GetProperty("catalog").GetProperty("publishedAbolished").GetInt32() == 1
                && r.GetProperty("catalog").GetProperty("publishedNew").GetInt32() == 3,
            TimeSpan.FromSeconds(60), "every event has reached reporting");
        var generated = await office.PostAsJsonAsync($"{RoutePrefixes.Reports}/periodic", new { kind = "Quarter", year = 2026, number = 2 }, _ct);
        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
        var view = await generated.Content.ReadFromJsonAsync<JsonElement>(_ct);
        var report = view.GetProperty("content");

        var period = report.GetProperty("period");
        Assert.Equal("2026-03-15", period.GetProperty("from").GetString());
        Assert.Equal("2026-06-14", period.GetProperty("to").GetString());
        Assert.Equal("2026-06-16", period.GetProperty("dueOn").GetString());
        Assert.Equal(1, view.GetProperty("report").GetProperty("version").GetInt32());

        // Catalog.
        var sample = SampleCatalog.Procedures.Select(p => p.Content).ToList();
        var catalog = report.GetProperty("catalog");
        Assert.Equal(3, catalog.GetProperty("publishedNew").GetInt32());
        Assert.Equal(0, catalog.GetProperty("publishedAmended").GetInt32());
        Assert.Equal(1, catalog.GetProperty("publishedAbolished").GetInt32());
        Assert.Equal(3, catalog.GetProperty("publicationDecisions").GetArrayLength());
        Assert.Equal(sample.Count + 1, catalog.GetProperty("inForce").GetInt32());
        Assert.Equal(SampleCatalog.Procedures.Count(p => p.InternalProcedureApproved) + 1, catalog.GetProperty("withInternalProcedure").GetInt32());
        Assert.Equal(1, catalog.GetProperty("internalApprovedInPeriod").GetInt32());
        Assert.Equal(sample.Count(s => s.OneStop) + 1, catalog.GetProperty("oneStop").GetInt32());
        Assert.Equal(sample.Count(s => s.OnlineLevel == OnlineLevels.Full) + 1, catalog.GetProperty("onlineFull").GetInt32());
        Assert.Equal(sample.Count(s => s.OnlineLevel == OnlineLevels.Partial), catalog.GetProperty("onlinePartial").GetInt32());
        Assert.Equal(sample.Count(s => s.PostalService) + 1, catalog.GetProperty("postal").GetInt32());
        Assert.Equal(sample.Count(s => s.OnlinePayment) + 1, catalog.GetProperty("onlinePayment").GetInt32());
        var labour = catalog.GetProperty("bySector").EnumerateArray().Single(s => s.GetProperty("sector").GetString() == "Việc làm");
        Assert.Equal(sample.Count(s => s.Sector == "Việc làm") + 1, labour.GetProperty("procedures").GetInt32());
        Assert.Equal(4, labour.GetProperty("publishedInPeriod").GetInt32()); // A, B, B abolished, C

        // Dossiers (Biểu 06): A summed over two sub-periods (carried over from the first, pending from the last) and 1.009645.
        var dossiers = report.GetProperty("dossiers");
        var total = dossiers.GetProperty("total");
        int[] expected = [20, 11, 6, 1, 2, 16, 5, 9, 2, 4, 3, 1, 15, 15];
        string[] fields = ["receivedTotal", "online", "direct", "postal", "carriedOver", "resolvedTotal", "early", "onTime", "late", "pendingTotal", "pendingWithin", "pendingOverdue", "digitisedDossiers", "digitisedResults"];
        Assert.Equal(expected, fields.Select(f => total.GetProperty(f).GetInt32()));
        Assert.Equal(["Việc làm", "Đầu tư tại Việt Nam"], dossiers.GetProperty("bySector").EnumerateArray().Select(s => s.GetProperty("sector").GetString()));
        Assert.Equal(16, dossiers.GetProperty("bySector")[0].GetProperty("receivedTotal").GetInt32());
        Assert.Equal(61.1, dossiers.GetProperty("onlineRate").GetDouble());
        Assert.Equal(87.5, dossiers.GetProperty("onTimeRate").GetDouble());
        Assert.Equal(75.0, dossiers.GetProperty("digitisedDossierRate").GetDouble());
        Assert.Equal(93.8, dossiers.GetProperty("digitisedResultRate").GetDouble());

        // PAKN.
        var feedback = report.GetProperty("feedback");
        Assert.Equal(5, feedback.GetProperty("received").GetInt32());
        Assert.Equal(4, feedback.GetProperty("byChannel").GetProperty("Online").GetInt32());
        Assert.Equal(1, feedback.GetProperty("byChannel").GetProperty("Post").GetInt32());
        Assert.Equal(4, feedback.GetProperty("handled").GetInt32());
        Assert.Equal(3, feedback.GetProperty("answered").GetInt32());
        Assert.Equal(2, feedback.GetProperty("answeredOnTime").GetInt32());
        Assert.Equal(1, feedback.GetProperty("answeredLate").GetInt32());
        Assert.Equal(1, feedback.GetProperty("notAcceptedOrTransferred").GetInt32());
        Assert.Equal(2, feedback.GetProperty("beingHandled").GetInt32());
        Assert.Equal(1, feedback.GetProperty("overdue").GetInt32());
        Assert.Equal(1, feedback.GetProperty("published").GetInt32());

        // Plan progress.
        var planSection = report.GetProperty("plan");
        Assert.Equal(2026, planSection.GetProperty("year").GetInt32());
        var planTotal = planSection.GetProperty("total");
        Assert.Equal([4, 2, 1, 1, 1, 0], new[] { "items", "completed", "completedLate", "inProgress", "overdue", "notStarted" }.Select(f => planTotal.GetProperty(f).GetInt32()));
        Assert.Equal(60.0, planTotal.GetProperty("percent").GetDouble());
        var byUnit = planSection.GetProperty("byUnit").EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!);
        Assert.Equal(2, byUnit["QLDT"].GetProperty("items").GetInt32());
        Assert.Equal(50.0, byUnit["QLDT"].GetProperty("percent").GetDouble());
        Assert.Equal(70.0, byUnit["VP"].GetProperty("percent").GetDouble());
        Assert.Equal(4, report.GetProperty("provincialPlans").GetArrayLength());

        // KPIs against the plan's targets.
        var kpis = report.GetProperty("kpis").EnumerateArray().ToDictionary(k => k.GetProperty("key").GetString()!);
        AssertKpi(kpis["procedures-with-internal-procedure"], SampleCatalog.Procedures.Count(p => p.InternalProcedureApproved) + 1, sample.Count + 1, 100, false);
        AssertKpi(kpis["online-dossier-rate"], 11, 18, 50, true);
        AssertKpi(kpis["one-stop-eligible-rate"], sample.Count(s => s.OneStop) + 1, sample.Count + 1, 100, false);
        AssertKpi(kpis["feedback-on-time-rate"], 2, 3, 100, false);
        AssertKpi(kpis["plan-items-on-time-rate"], 1, 3, 100, false);
        Assert.Equal(61.1, kpis["online-dossier-rate"].GetProperty("value").GetDouble());
        Assert.Equal(33.3, kpis["plan-items-on-time-rate"].GetProperty("value").GetDouble());

        // Each number drills down to the records behind it.
        var id = view.GetProperty("report").GetProperty("id").GetGuid();
        foreach (var (key, kpi) in kpis)
        {
            var drill = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/periodic/{id}/kpis/{key}", _ct);
            var records = drill.GetProperty("records").EnumerateArray().ToList();
            Assert.Equal(kpi.GetProperty("numerator").GetInt32(), records.Sum(r => r.GetProperty("numerator").GetInt32()));
            Assert.Equal(kpi.GetProperty("denominator").GetInt32(), records.Sum(r => r.GetProperty("denominator").GetInt32()));
            Assert.False(drill.GetProperty("changedSinceReport").GetBoolean());
        }

        var late = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/periodic/{id}/kpis/feedback-on-time-rate", _ct);
        Assert.Equal([p1.Code, p2.Code, p3.Code], late.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        Assert.Equal(0, late.GetProperty("records")[2].GetProperty("numerator").GetInt32());

        // The unit scorecard: QLDT 50 % of its due items on time, 2 of 3 PAKN on time, one item and one PAKN overdue.
        var scores = report.GetProperty("scorecard").GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unit").GetString()!);
        var qldt = scores["QLDT"];
        Assert.Equal([2, 1, 0, 1, 3, 2, 1], new[] { "itemsDue", "itemsOnTime", "itemsLate", "itemsOverdue", "feedbackAnswered", "feedbackOnTime", "feedbackOverdue" }.Select(f => qldt.GetProperty(f).GetInt32()));
        // Weights 40 (plan) and 20 (PAKN); no per-dossier records here, so the dossier and evaluation parts are left out:
        // (50 × 40 + 66.7 × 20) / 60 − 2 × 5.
        Assert.Equal(45.6, qldt.GetProperty("score").GetDouble());
        Assert.Equal("Không hoàn thành nhiệm vụ", qldt.GetProperty("rating").GetString());
        Assert.Equal(0, scores["VP"].GetProperty("score").GetDouble());
        Assert.Equal(1, scores["VP"].GetProperty("itemsLate").GetInt32());
        Assert.Contains("hoàn thành đúng hạn (trọng số 40)", report.GetProperty("scorecard").GetProperty("method").GetString());
    }

    private static void AssertKpi(JsonElement kpi, int numerator, int denominator, double target, bool met)
    {
        Assert.Equal(numerator, kpi.GetProperty("numerator").GetInt32());
        Assert.Equal(denominator, kpi.GetProperty("denominator").GetInt32());
        Assert.Equal(Math.Round(100.0 * numerator / denominator, 1), kpi.GetProperty("value").GetDouble());
        Assert.Equal(target, kpi.GetProperty("target").GetDouble());
        Assert.Equal(met, kpi.GetProperty("met").GetBoolean());
    }

    private void At(int year, int month, int day) => P.FeedbackClock.AdjustTime(new DateTimeOffset(year, month, day, 9, 0, 0, Vietnam));

    private async Task<FeedbackFlow.Submitted> SubmitAsync() =>
        await FeedbackFlow.SubmitAsync(P, Submissions.Valid(phone: "09" + Random.Shared.Next(10_000_000, 99_999_999)));

    private async Task<FeedbackFlow.Submitted> StaffEntryAsync()
    {
        var desk = await P.ClientForAsync(TestUsers.OneStop);
        var response = await desk.PostAsJsonAsync(RoutePrefixes.Feedback, new
        {
            channel = "Post",
            feedback = new
            {
                kind = "Reflection",
                category = "implementation-difficulty",
                content = $"Thư gửi qua bưu điện số {Random.Shared.Next()} phản ánh việc chậm cấp giấy phép lao động cho người lao động nước ngoài.",
                submitter = new { name = "Trần Thị Hoa", address = "Ninh Hòa, Khánh Hòa", phone = "09" + Random.Shared.Next(10_000_000, 99_999_999) },
                consentToProcessing = true,
            },
        }, _ct);
        var code = (await Ok(response)).GetProperty("trackingCode").GetString()!;
        var office = await P.ClientForAsync(TestUsers.Office);
        var rows = await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Feedback}?q={code}", _ct);
        return new FeedbackFlow.Submitted(rows!.Single().GetProperty("id").GetGuid(), code, "");
    }

    private async Task AnswerAsync(FeedbackFlow.Submitted f, HttpClient office, HttpClient unit, HttpClient leader)
    {
        await Step(unit, f, "start", null);
        await Step(unit, f, "draft", new { answer = "Ban quản lý đã giải quyết hồ sơ và chấn chỉnh việc chậm trễ.", legalBasis = "Nghị định số 152/2020/NĐ-CP" });
        await Step(leader, f, "approve", new { });
        await Step(office, f, "send", new { answerNumber = $"{Random.Shared.Next(100, 999)}/KKT-VP" });
    }

    private async Task Step(HttpClient client, FeedbackFlow.Submitted f, string action, object? body) =>
        await Ok(body is null ? await client.PostAsync($"{RoutePrefixes.Feedback}/{f.Id}/{action}", null, _ct) : await client.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{f.Id}/{action}", body, _ct));

    private async Task Complete(HttpClient client, Guid item) => await Ok(await client.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{item}/progress", new
    {
        percent = 100,
        status = "Completed",
        narrative = "Hoàn thành.",
        evidence = new { documentNumber = "21/BC-KKT", documentDate = "05/06/2026", description = "Báo cáo kết quả", fileName = "bao-cao.pdf",
            contentBase64 = Convert.ToBase64String(Encoding.ASCII.GetBytes("%PDF-1.4\n% kết quả\n")) },
    }, _ct));

    private async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(_ct);
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
