using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using VanPhong.Documents;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Reporting;

/// <summary>
/// Dossiers one by one from the one-stop system's export: every bad cell named and nothing half-imported, the same
/// export twice changes nothing, a later one updates by the dossier code, ten thousand rows in seconds, the figures
/// of Biểu 06 against a hand count, the evaluations (imported and entered at the desk) and the quarter II 2026 report
/// with the 766 index — all through the gateway. Each test has its own months, so that no test counts another's
/// dossiers (a dossier pending at the end of a period is carried into the next: the months follow each other so
/// that only closed dossiers lie before a test's period).
/// </summary>
public sealed class DossierRecordTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const string Header = ReportFixtures.DossierHeader;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task A_bad_export_is_refused_with_every_row_and_column_and_nothing_is_written()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        await ProceduresKnownAsync(office);
        var csv = Header + "\n"
            + "000.00.15.H34-261005-0001,1.009645,Trực tuyến,05/10/2026,12/10/2026,,Đang giải quyết,,,,,\n"           // line 2: fine
            + "000.00.15.H34-261032-0001,1.009645,Trực tuyến,05/10/2026,12/10/2026,,Đang giải quyết,,,,,\n"           // line 3: 32 October
            + "000.00.15.H34-261005-0002,1.999999,Trực tuyến,05/10/2026,12/10/2026,,Đang giải quyết,,,,,\n"           // line 4: not in the catalog
            + "000.00.15.H34-261005-0003,1.009645,Fax,05/10/2026,01/10/2026,,Đang giải quyết,,có lẽ,,,\n"              // line 5: channel, due, yes/no
            + "000.00.15.H34-261005-0001,1.009645,Trực tiếp,05/10/2026,12/10/2026,,Đang giải quyết,,,,,\n"             // line 6: the code of line 2 again
            + "000.00.15.H34-261005-0004,1.009645,Trực tiếp,05/10/2026,12/10/2026,,Đã trả kết quả,,,,,\n";             // line 7: returned without a date

        var response = await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/records/import", new StringContent(csv, Encoding.UTF8, "text/csv"), _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Contains("không hồ sơ nào được nhập", problem.GetProperty("detail").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal(["row 3", "row 4", "row 5", "row 6", "row 7"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("Dòng 3, cột Mã hồ sơ", errors.GetProperty("row 3")[0].GetString());
        Assert.Contains("không có trong danh mục", errors.GetProperty("row 4")[0].GetString());
        Assert.Equal(3, errors.GetProperty("row 5").GetArrayLength());
        Assert.Contains("đã có ở dòng 2", errors.GetProperty("row 6")[0].GetString());
        Assert.Contains("thiếu ngày trả kết quả", errors.GetProperty("row 7")[0].GetString());
        Assert.Empty((await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Reports}/dossiers/records?code=000.00.15.H34-261005-0001", _ct))!);
    }

    [Fact]
    public async Task The_same_export_twice_changes_nothing_and_a_later_export_updates_the_dossiers_by_their_code()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        await ProceduresKnownAsync(office);
        var (a, b, c, d) = (Code(11, 2), Code(11, 3), Code(11, 4), Code(11, 12));
        var first = Header + "\n"
            + $"{a},1.009645,Trực tuyến,02/11/2026 08:30,09/11/2026,06/11/2026 15:00,Đã trả kết quả,,Có,Có,Không,QLDT\n"
            + $"{b},1.014199,Trực tiếp,03/11/2026,10/11/2026,,Đang giải quyết,,Có,Không,Không,QHXD\n"
            + $"{c},1.014199,Bưu chính,04/11/2026,11/11/2026,,Đang giải quyết,,Không,Không,Không,QHXD\n";

        var added = await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/records/import?fileName=xuat-thang-11.csv", new StringContent(first), _ct);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var result = await added.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal((3, 0, 0), (result.GetProperty("added").GetInt32(), result.GetProperty("updated").GetInt32(), result.GetProperty("unchanged").GetInt32()));

        var again = await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/records/import", new StringContent(first), _ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var same = await again.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.True(same.GetProperty("nothingChanged").GetBoolean());
        Assert.Equal(3, same.GetProperty("unchanged").GetInt32());

        // A week later the province exports again, as .xlsx under a title block: b has its result (late, with an apology), d is new.
        byte[] later = Spreadsheet.Write(new SheetContent("Ho so", ["DANH SÁCH HỒ SƠ TIẾP NHẬN"], Header.Split(','),
        [
            [a, "1.009645", "Trực tuyến", "02/11/2026 08:30", "09/11/2026", "06/11/2026 15:00", "Đã trả kết quả", "", "Có", "Có", "Không", "QLDT"],
            [b, "1.014199", "Trực tiếp", "03/11/2026", "10/11/2026", "12/11/2026", "Đã trả kết quả", "Chờ ý kiến phối hợp", "Có", "Không", "Có", "QHXD"],
            [c, "1.014199", "Bưu chính", "04/11/2026", "11/11/2026", "", "Đang giải quyết", "", "Không", "Không", "Không", "QHXD"],
            [d, "1.009645", "Trực tuyến", 46338.5, 46345, "", "Đang giải quyết", "", "Có", "Không", "Không", "QLDT"],
        ]));
        var updated = await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/records/import", new ByteArrayContent(later), _ct);
        Assert.Equal(HttpStatusCode.Created, updated.StatusCode);
        var counts = await updated.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal("xlsx", counts.GetProperty("source").GetString());
        Assert.Equal((1, 1, 2), (counts.GetProperty("added").GetInt32(), counts.GetProperty("updated").GetInt32(), counts.GetProperty("unchanged").GetInt32()));

        var stored = (await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Reports}/dossiers/records?code={b}", _ct))!.Single();
        Assert.Equal("2026-11-12", stored.GetProperty("returnedOn").GetString());
        Assert.True(stored.GetProperty("apologyIssued").GetBoolean());
        Assert.Equal("Chờ ý kiến phối hợp", stored.GetProperty("lateReason").GetString());
        var serial = (await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Reports}/dossiers/records?code={d}", _ct))!.Single();
        Assert.Equal("2026-11-12", serial.GetProperty("receivedOn").GetString()); // Excel serial 46338.5 is 12/11/2026 noon

        // The first export brought in again after the later one would reopen b: refused with b's row, nothing written.
        var older = await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/records/import", new StringContent(first), _ct);
        Assert.Equal(HttpStatusCode.BadRequest, older.StatusCode);
        var refusal = (await older.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors");
        Assert.Contains("bản xuất cũ hơn", refusal.GetProperty("row 3")[0].GetString());
        Assert.False(refusal.TryGetProperty("row 2", out _));
        var kept = (await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Reports}/dossiers/records?code={b}", _ct))!.Single();
        Assert.Equal("2026-11-12", kept.GetProperty("returnedOn").GetString());
    }

    [Fact]
    public async Task Ten_thousand_dossiers_import_through_the_gateway_in_one_request()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        await ProceduresKnownAsync(office);
        var csv = new StringBuilder(Header).Append('\n');
        string[] procedures = ["1.009645", "1.009646", "1.014199"];
        string[] channels = ["Trực tuyến", "Trực tiếp", "Bưu chính"];
        var start = new DateOnly(2026, 7, 1);
        for (var i = 0; i < 10_000; i++)
        {
            var received = start.AddDays(i % 90);
            var due = received.AddDays(7);
            var returned = received.AddDays(i % 11);
            csv.Append($"{ReportFixtures.DossierCode(received, i / 90)},{procedures[i % 3]},{channels[i % 3]},{received:dd/MM/yyyy} 08:00,{due:dd/MM/yyyy},{returned:dd/MM/yyyy},Đã trả kết quả,,"
                + $"{(i % 2 == 0 ? "Có" : "Không")},Không,{(returned > due ? "Có" : "Không")},{(i % 2 == 0 ? "QLDT" : "QHXD")}\n");
        }

        var body = Encoding.UTF8.GetBytes(csv.ToString());
        // Only that it works at this size; how fast it goes is the benchmark's business, not a test's (a timed test fails
        // on a busy machine and proves nothing on an idle one).
        var response = await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/records/import", new ByteArrayContent(body), _ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(10_000, (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("rows").GetInt32());
    }

    /// <summary>
    /// January 2025, counted by hand (the cut-off 31/01/2025 has passed):
    /// C0 received 01/12, returned 20/12/2024 — before the period, not counted;
    /// C1 (1.009646, direct) received 20/12/2024, due and returned 06/01 — carried over, on time;
    /// C2 (1.009646, direct) received 15/12/2024, due 30/12, returned 10/01, apology — carried over, late;
    /// D1 (1.009645, online, QLDT, digitised, paid online) 02/01, due 10/01, returned 08/01 — early;
    /// D2 (1.009645, online, QLDT, digitised) 03/01, due 10/01, returned 10/01 — on time;
    /// D3 (1.014199, direct, QHXD) 05/01, due 12/01, returned 15/01, apology — late;
    /// D4 (1.014199, direct, QHXD) 06/01, due 13/01, returned 20/01 — late;
    /// D5 (1.014199, postal, QHXD) 10/01, due 20/01, returned 05/02, apology — pending at the cut-off, overdue;
    /// D6 (1.009645, online, QLDT, digitised) 20/01, due 05/02, returned 03/02 — pending, within the deadline;
    /// D7 (1.009645, online, QLDT) 25/01, withdrawn; D8 (1.009646, direct, "Phòng Quản lý Đầu tư") 28/01, refused 29/01;
    /// D9 received 01/02/2025 — after the period.
    /// Received 8 (online 4, direct 3, postal 1), carried over 2; resolved 6 (early 1, on time 2, late 3, of which 2 with
    /// an apology); pending 2 (within 1, overdue 1 with an apology); refused or withdrawn 2 (6 + 2 + 2 = 8 + 2);
    /// digitised 3 of 10 = 30 %; online 4 of 8 = 50 %, the plan's target met; on time or early 3 of 6 = 50 %.
    /// </summary>
    [Fact]
    public async Task The_figures_of_a_period_match_a_hand_count()
    {
        await P.WaitForUnitsAsync();
        var office = await P.ClientForAsync(TestUsers.Office);
        await ProceduresKnownAsync(office);
        var n = Random.Shared.Next(1000, 9000);
        string C(string day) => $"000.00.15.H34-{day}-{n}";
        var csv = "Mã hồ sơ;Mã TTHC;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả;Trạng thái;Lý do trễ hạn;Số hóa;Thanh toán trực tuyến;Phiếu xin lỗi;Đơn vị xử lý\n"
            + $"{C("241201")};1.009646;Trực tiếp;01/12/2024;10/12/2024;20/12/2024;Đã trả kết quả;;Không;Không;Có;\n"
            + $"{C("241220")};1.009646;Trực tiếp;20/12/2024;06/01/2025;06/01/2025;Đã trả kết quả;;Không;Không;Không;\n"
            + $"{C("241215")};1.009646;Trực tiếp;15/12/2024;30/12/2024;10/01/2025;Đã trả kết quả;Chờ thẩm định;Không;Không;Có;\n"
            + $"{C("250102")};1.009645;Trực tuyến;02/01/2025;10/01/2025;08/01/2025;Đã trả kết quả;;Có;Có;Không;QLDT\n"
            + $"{C("250103")};1.009645;Trực tuyến;03/01/2025;10/01/2025;10/01/2025;Đã trả kết quả;;Có;Không;Không;QLDT\n"
            + $"{C("250105")};1.014199;Trực tiếp;05/01/2025;12/01/2025;15/01/2025;Đã trả kết quả;Thiếu hồ sơ;Không;Không;Có;QHXD\n"
            + $"{C("250106")};1.014199;Trực tiếp;06/01/2025;13/01/2025;20/01/2025;Đã trả kết quả;;Không;Không;Không;QHXD\n"
            + $"{C("250110")};1.014199;Bưu chính;10/01/2025;20/01/2025;05/02/2025;Đã trả kết quả;Quá tải;Không;Không;Có;QHXD\n"
            + $"{C("250120")};1.009645;Trực tuyến;20/01/2025;05/02/2025;03/02/2025;Đã trả kết quả;;Có;Không;Không;QLDT\n"
            + $"{C("250125")};1.009645;Trực tuyến;25/01/2025;05/02/2025;;Rút hồ sơ;;Không;Không;Không;QLDT\n"
            + $"{C("250128")};1.009646;Trực tiếp;28/01/2025;10/02/2025;29/01/2025;Từ chối;;Không;Không;Không;Phòng Quản lý Đầu tư\n"
            + $"{C("250201")};1.009645;Trực tuyến;01/02/2025;10/02/2025;05/02/2025;Đã trả kết quả;;Có;Có;Không;QLDT\n";
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/records/import", new StringContent(csv), _ct)).StatusCode);

        var figures = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/dossiers/figures?from=2025-01-01&to=2025-01-31", _ct);

        var total = figures.GetProperty("total");
        Assert.Equal(
            (8, 4, 3, 1, 2, 6, 1, 2, 3, 2, 2, 1, 1, 1, 2, 3, 1),
            (I(total, "received"), I(total, "online"), I(total, "direct"), I(total, "postal"), I(total, "carriedOver"), I(total, "resolved"), I(total, "early"), I(total, "onTime"),
                I(total, "late"), I(total, "lateWithApology"), I(total, "pending"), I(total, "pendingWithin"), I(total, "pendingOverdue"), I(total, "overdueWithApology"),
                I(total, "refusedOrWithdrawn"), I(total, "digitised"), I(total, "paidOnline")));
        Assert.Equal((50.0, 50.0, 30.0), (total.GetProperty("onlineRate").GetDouble(), total.GetProperty("onTimeRate").GetDouble(), total.GetProperty("digitisedRate").GetDouble()));
        Assert.True(figures.GetProperty("onlineTargetMet").GetBoolean());
        Assert.Contains("đúng hạn khi trả đúng ngày hẹn trả", figures.GetProperty("rule").GetString());

        var byProcedure = figures.GetProperty("byProcedure").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        Assert.Equal((4, 4, 2, 1), (I(byProcedure["1.009645"], "received"), I(byProcedure["1.009645"], "online"), I(byProcedure["1.009645"], "resolved"), I(byProcedure["1.009645"], "pendingWithin")));
        Assert.Equal((1, 2, 1, 1, 1), (I(byProcedure["1.009646"], "received"), I(byProcedure["1.009646"], "carriedOver"), I(byProcedure["1.009646"], "onTime"), I(byProcedure["1.009646"], "late"),
            I(byProcedure["1.009646"], "refusedOrWithdrawn")));
        Assert.Equal((3, 2, 1), (I(byProcedure["1.014199"], "received"), I(byProcedure["1.014199"], "late"), I(byProcedure["1.014199"], "pendingOverdue")));

        var byUnit = figures.GetProperty("byUnit").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        Assert.Equal((5, 2, 2), (I(byUnit["QLDT"], "received"), I(byUnit["QLDT"], "resolved"), I(byUnit["QLDT"], "refusedOrWithdrawn"))); // D8 named by the unit's name
        Assert.Equal((3, 2), (I(byUnit["QHXD"], "received"), I(byUnit["QHXD"], "late")));
        Assert.Equal((0, 2), (I(byUnit[""], "received"), I(byUnit[""], "carriedOver")));

        var byChannel = figures.GetProperty("byChannel").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        Assert.Equal((4, 2), (I(byChannel["Online"], "received"), I(byChannel["Online"], "resolved")));
        Assert.Equal((3, 2, 4, 3), (I(byChannel["Direct"], "received"), I(byChannel["Direct"], "carriedOver"), I(byChannel["Direct"], "resolved"), I(byChannel["Direct"], "late")));
        Assert.Equal(1, I(byChannel["Postal"], "pendingOverdue"));
        Assert.Equal(8, I(Assert.Single(figures.GetProperty("byMonth").EnumerateArray()), "received"));
    }

    [Fact]
    public async Task The_quarter_II_2026_report_shows_the_dossier_and_evaluation_figures_and_the_public_page_the_results_without_personal_data()
    {
        await P.WaitForUnitsAsync();
        var office = await P.ClientForAsync(TestUsers.Office);
        var desk = await P.ClientForAsync(TestUsers.OneStop);
        await ProceduresKnownAsync(office);
        var (e1, e2, e3, e4) = (Code(4, 1, 2026), Code(4, 2, 2026), Code(4, 3, 2026), Code(6, 1, 2026));
        var csv = Header + ",Chỉ số 1,Chỉ số 2,Chỉ số 3,Chỉ số 4,Chỉ số 6,Chỉ số 7\n"
            + $"{e1},1.009645,Trực tuyến,01/04/2026,15/04/2026,10/04/2026,Đã trả kết quả,,Có,Có,Không,QLDT,2,2,2,2,2,2\n"
            + $"{e2},1.009645,Trực tiếp,02/04/2026,16/04/2026,16/04/2026,Đã trả kết quả,,Có,Không,Không,QLDT,1,,1,2,,1\n"
            + $"{e3},1.014199,Bưu chính,03/04/2026,10/04/2026,20/04/2026,Đã trả kết quả,Chờ phối hợp,Không,Không,Có,QHXD,,,,,,\n"
            + $"{e4},1.014199,Trực tuyến,01/06/2026,20/06/2026,,Đang giải quyết,,Có,Không,Không,QHXD,,,,,,\n";
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/records/import", new StringContent(csv), _ct)).StatusCode);

        // At the desk, from the paper form of the late dossier: 2 for indicator 1 contradicts its dates, 1 for attitude is above what a late dossier allows.
        var wrong = await desk.PutAsJsonAsync($"{RoutePrefixes.Reports}/dossiers/records/{e3}/evaluation", new { indicator1 = 2, indicator3 = 0, indicator4 = 1, indicator7 = 1 }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var errors = (await wrong.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors");
        Assert.Contains("nên được 0 điểm", errors.GetProperty("indicator1")[0].GetString());
        Assert.Contains("tối đa 0 điểm", errors.GetProperty("indicator7")[0].GetString());
        var pending = await desk.PutAsJsonAsync($"{RoutePrefixes.Reports}/dossiers/records/{e4}/evaluation", new { indicator3 = 2 }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, pending.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.PutAsJsonAsync($"{RoutePrefixes.Reports}/dossiers/records/{e3}/evaluation", new { indicator1 = 0, indicator3 = 0, indicator4 = 1, indicator7 = 0 }, _ct)).StatusCode);

        var generated = await office.PostAsJsonAsync($"{RoutePrefixes.Reports}/periodic", new { kind = "Quarter", year = 2026, number = 2 }, _ct);
        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
        var view = await generated.Content.ReadFromJsonAsync<JsonElement>(_ct);
        var content = view.GetProperty("content");

        var dossiers = content.GetProperty("dossiers");
        Assert.Equal("records", dossiers.GetProperty("source").GetString());
        var total = dossiers.GetProperty("total");
        Assert.Equal((4, 2, 1, 1, 3, 1, 1, 1, 1, 1), (I(total, "receivedTotal"), I(total, "online"), I(total, "direct"), I(total, "postal"),
            I(total, "resolvedTotal"), I(total, "early"), I(total, "onTime"), I(total, "late"), I(total, "pendingTotal"), I(total, "pendingWithin")));
        Assert.Equal(50, dossiers.GetProperty("onlineRate").GetDouble());
        Assert.Equal(JsonValueKind.Null, dossiers.GetProperty("digitisedResultRate").ValueKind);
        Assert.Equal(1, I(dossiers.GetProperty("records").GetProperty("total"), "lateWithApology"));

        // Art. 15.2: 1 = (2+1+0)/3, 2 = 2/1, 3 = (2+1+0)/3, 4 = (2+2+1)/3 = 1.7, 6 = 2/1, 7 = (2+1+0)/3.
        var evaluations = content.GetProperty("evaluations");
        Assert.Equal((3, 3), (I(evaluations, "resolved"), I(evaluations, "evaluated")));
        var board = evaluations.GetProperty("board").EnumerateArray().ToDictionary(s => s.GetProperty("number").GetInt32(), s => s.GetProperty("score"));
        Assert.Equal([1.0, 2.0, 1.0, 1.7, 2.0, 1.0], new[] { 1, 2, 3, 4, 6, 7 }.Select(i => board[i].GetDouble()));
        Assert.Contains(8, board.Keys);
        var qldt = evaluations.GetProperty("byUnit").EnumerateArray().Single(u => u.GetProperty("key").GetString() == "QLDT");
        Assert.Equal(2, I(qldt, "evaluated"));

        var index = content.GetProperty("serviceIndex");
        var groups = index.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("number").GetInt32());
        var progress = groups[2].GetProperty("indicators")[0];
        Assert.Equal((2, 3), (I(progress, "numerator"), I(progress, "denominator")));
        Assert.Equal(6.67, progress.GetProperty("points").GetDouble()); // 10 points × 2/3
        Assert.Equal(JsonValueKind.Null, groups[4].GetProperty("points").ValueKind);
        Assert.Contains("không cho biết hồ sơ nào phải nộp phí", groups[4].GetProperty("indicators")[0].GetProperty("notComputable").GetString());

        var scorecard = content.GetProperty("scorecard");
        var card = scorecard.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "QLDT");
        Assert.Equal((2, 2, 100.0), (I(card, "dossiersResolved"), I(card, "dossiersOnTime"), card.GetProperty("dossierRate").GetDouble()));
        Assert.Contains("trọng số 25", scorecard.GetProperty("method").GetString());

        var docx = WordDocument.ReadText(await office.GetByteArrayAsync($"{RoutePrefixes.Reports}/periodic/{view.GetProperty("report").GetProperty("id").GetGuid()}/report.docx", _ct));
        Assert.Contains("Bộ chỉ số 766", docx);
        Assert.Contains("Kết quả đánh giá việc giải quyết TTHC", docx);

        var published = await P.Anonymous.GetAsync($"{RoutePrefixes.PublicReports}/evaluations?year=2026&quarter=2", _ct);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var text = await published.Content.ReadAsStringAsync(_ct);
        Assert.Contains("\"evaluated\":3", text);
        Assert.DoesNotContain("000.00.15.H34", text);
        Assert.Equal(HttpStatusCode.NotFound, (await P.Anonymous.GetAsync($"{RoutePrefixes.PublicReports}/evaluations?year=2099&quarter=1", _ct)).StatusCode);
    }

    private static int I(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    private static string Code(int month, int day, int year = 2026) => ReportFixtures.DossierCode(new DateOnly(year, month, day));

    private async Task ProceduresKnownAsync(HttpClient office) =>
        await Eventually.HoldsAsync(() => office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/catalog/summary", _ct),
            s => s.GetProperty("inForce").GetInt32() >= 21, what: "reporting knows the sample catalog");
}
