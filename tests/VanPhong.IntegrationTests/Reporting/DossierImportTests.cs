using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using VanPhong.Documents;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Reporting;

/// <summary>Dossier statistics from files and the API: every bad row named, nothing half-imported, the same file twice changes nothing.</summary>
public sealed class DossierImportTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const string Header = "ma_tthc,truc_tuyen,truc_tiep,buu_chinh,ky_truoc,truoc_han,dung_han,qua_han,dang_trong_han,dang_qua_han,so_hoa_ho_so,so_hoa_ket_qua";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task A_file_with_bad_rows_is_refused_with_every_row_number_and_nothing_is_imported()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        await ProceduresKnownAsync(office);
        var csv = Header + "\n"
            + "1.009645,5,3,0,1,2,4,1,2,0,7,6\n"        // line 2: fine
            + "1.009646,5,3,0,0,2,4,1,2,0,0,0\n"        // line 3: 7 + 2 ≠ 8 + 0
            + "TTHC-9,1,0,0,0,1,0,0,0,0,0,0\n"           // line 4: not a code
            + "1.009645,1,0,0,0,1,0,0,0,0,0,0\n"         // line 5: the same procedure twice
            + "1.999999,1,0,0,0,1,0,0,0,0,0,0\n"         // line 6: not in the catalog
            + "1.014199,-1,0,0,0,0,0,0,0,0,0,0\n";       // line 7: not a non-negative number

        var response = await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/import?from=2026-01-15&to=2026-02-14", new StringContent(csv, Encoding.UTF8, "text/csv"), _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Contains("không dòng nào được nhập", problem.GetProperty("detail").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal(["row 3", "row 4", "row 5", "row 6", "row 7"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("đã giải quyết (7) + đang giải quyết (2) phải bằng tiếp nhận trong kỳ (8) + từ kỳ trước (0)", errors.GetProperty("row 3")[0].GetString());
        Assert.Contains("đã có ở dòng 2", errors.GetProperty("row 5")[0].GetString());
        Assert.Contains("không có trong danh mục", errors.GetProperty("row 6")[0].GetString());
        Assert.Empty((await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Reports}/dossiers?from=2026-01-15&to=2026-02-14", _ct))!);
    }

    [Fact]
    public async Task An_xlsx_is_imported_and_new_figures_for_the_same_period_replace_the_old_ones()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        await ProceduresKnownAsync(office);
        byte[] Xlsx(int online) => Spreadsheet.Write(new SheetContent("So lieu", ["Số liệu tháng 3"], Header.Split(','), [["1.014199", online, 2, 1, 0, online, 3, 0, 0, 0, online, 0]]));

        var first = await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/import?from=2026-02-15&to=2026-03-14&fileName=thang-3.xlsx", new ByteArrayContent(Xlsx(4)), _ct);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("xlsx", (await first.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("source").GetString());

        var same = await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/import?from=2026-02-15&to=2026-03-14", new ByteArrayContent(Xlsx(4)), _ct);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.True((await same.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("unchanged").GetBoolean());

        var corrected = await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/import?from=2026-02-15&to=2026-03-14", new ByteArrayContent(Xlsx(6)), _ct);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.Equal(1, (await corrected.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("replaced").GetInt32());

        var rows = await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Reports}/dossiers?from=2026-02-15&to=2026-03-14", _ct);
        var row = Assert.Single(rows!);
        Assert.Equal(6, row.GetProperty("receivedOnline").GetInt32());

        // The first figures again: no longer current, so they are applied again rather than taken as unchanged.
        var back = await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/import?from=2026-02-15&to=2026-03-14", new ByteArrayContent(Xlsx(4)), _ct);
        Assert.Equal(HttpStatusCode.Created, back.StatusCode);
        Assert.Equal(4, (await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Reports}/dossiers?from=2026-02-15&to=2026-03-14", _ct))!.Single().GetProperty("receivedOnline").GetInt32());
    }

    [Fact]
    public async Task Rows_through_the_API_need_every_figure_and_a_period()
    {
        var integration = P.WithToken(await P.ClientTokenAsync(Platform.IntegrationClient));

        var response = await integration.PostAsJsonAsync($"{RoutePrefixes.Reports}/dossiers", new
        {
            rows = new object[] { new { procedureCode = "1.009645", receivedOnline = 1 } },
        }, _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors");
        Assert.Contains("kỳ số liệu", errors.GetProperty("file")[0].GetString());
        Assert.Contains("thiếu số liệu", errors.GetProperty("row 1")[0].GetString());
    }

    [Fact]
    public async Task The_template_downloads_as_an_xlsx_that_names_every_column()
    {
        var office = await P.ClientForAsync(TestUsers.Office);

        var template = await office.GetAsync($"{RoutePrefixes.Reports}/dossiers/template.xlsx", _ct);

        Assert.Equal(Spreadsheet.ContentType, template.Content.Headers.ContentType?.MediaType);
        var rows = Spreadsheet.Read(await template.Content.ReadAsStreamAsync(_ct));
        Assert.Equal(Header.Split(','), rows.Single(r => r[0] == "ma_tthc").Where(c => c != "linh_vuc"));
    }

    private async Task ProceduresKnownAsync(HttpClient office) =>
        await Eventually.HoldsAsync(() => office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/catalog/summary", _ct),
            s => s.GetProperty("inForce").GetInt32() >= 21, what: "reporting knows the sample catalog");
}
