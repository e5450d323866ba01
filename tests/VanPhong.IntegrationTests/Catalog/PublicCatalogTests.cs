using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.Calendar;
using VanPhong.Catalog.Model;
using VanPhong.Catalog.Seed;
using VanPhong.Documents;
using VanPhong.IntegrationTests.Infrastructure;
using static VanPhong.IntegrationTests.Catalog.CatalogFixtures;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Catalog;

/// <summary>The public catalog through the gateway, without a token: search, detail, lists and their export.</summary>
public sealed class PublicCatalogTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Theory]
    [InlineData("giấy phép lao động")]
    [InlineData("giay phep lao dong")]
    [InlineData("GIAY PHEP lao động")]
    public async Task Search_finds_procedures_by_words_with_or_without_diacritics(string q)
    {
        var page = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicProcedures}?q={Uri.EscapeDataString(q)}&pageSize=100", _ct);

        var codes = Codes(page);
        Assert.Contains("1.014199", codes); // Cấp giấy phép lao động cho người lao động nước ngoài
        Assert.Contains("1.014200", codes); // Cấp lại giấy phép lao động
        Assert.DoesNotContain("1.009645", codes);
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("isSample").GetBoolean()));
    }

    [Fact]
    public async Task Search_by_code_sector_online_level_and_one_stop_narrows_the_results()
    {
        Assert.Equal(["1.009645"], Codes(await Get($"{RoutePrefixes.PublicProcedures}?q=1.009645")));

        var investment = await Get($"{RoutePrefixes.PublicProcedures}?sector={Uri.EscapeDataString("Đầu tư tại Việt Nam")}&pageSize=100");
        Assert.All(investment.GetProperty("items").EnumerateArray(), i => Assert.Equal("Đầu tư tại Việt Nam", i.GetProperty("sector").GetString()));
        Assert.Contains("1.009646", Codes(investment));

        var full = await Get($"{RoutePrefixes.PublicProcedures}?onlineLevel=Full&pageSize=100");
        Assert.All(full.GetProperty("items").EnumerateArray(), i => Assert.Equal("Toàn trình", i.GetProperty("onlineLevelName").GetString()));
        var notAtDesk = Codes(await Get($"{RoutePrefixes.PublicProcedures}?oneStop=false&pageSize=100"));
        Assert.Contains("9.000012", notAtDesk);
        Assert.DoesNotContain("1.009645", notAtDesk);

        var paged = await Get($"{RoutePrefixes.PublicProcedures}?pageSize=5&page=2");
        Assert.Equal(5, paged.GetProperty("items").GetArrayLength());
        Assert.True(paged.GetProperty("total").GetInt32() >= SampleCatalog.Procedures.Count);

        var bad = await P.Anonymous.GetAsync($"{RoutePrefixes.PublicProcedures}?onlineLevel=Level4", _ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Toàn trình", await bad.Content.ReadAsStringAsync(_ct), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_detail_tells_a_citizen_what_to_bring_how_long_and_what_it_costs()
    {
        var detail = await Get($"{RoutePrefixes.PublicProcedures}/9.000008"); // construction permit, 20 days, 150.000 đồng

        Assert.Equal("Cấp giấy phép xây dựng đối với công trình trong khu kinh tế", detail.GetProperty("name").GetString());
        Assert.Equal(4, detail.GetProperty("dossier").GetArrayLength());
        Assert.Equal(150_000, detail.GetProperty("totalFees").GetInt64());
        Assert.Contains("Một cửa", detail.GetProperty("place").GetString());
        Assert.Equal("Luật Xây dựng (đã được sửa đổi, bổ sung bởi Luật số 62/2020/QH14)", detail.GetProperty("legalBases")[0].GetProperty("title").GetString());
        Assert.True(detail.GetProperty("isSample").GetBoolean());
        var due = detail.GetProperty("dueIfSubmittedToday");
        var today = VietnamTime.Today(TimeProvider.System);
        Assert.Equal(WorkingDayCalendar.Default.AddCalendarDays(today, 20).ToString("yyyy-MM-dd"), due.GetProperty("resultDueOn").GetString());
        Assert.StartsWith("https://dichvucong.gov.vn/", detail.GetProperty("onlineServiceUrl").GetString());

        var inWorkingDays = await Get($"{RoutePrefixes.PublicProcedures}/1.014196"); // 05 working days
        Assert.Equal(WorkingDayCalendar.Default.AddWorkingDays(today, 5).ToString("yyyy-MM-dd"), inWorkingDays.GetProperty("dueIfSubmittedToday").GetProperty("resultDueOn").GetString());
        Assert.Equal("05 ngày làm việc", inWorkingDays.GetProperty("processingTime").GetString());

        var missing = await P.Anonymous.GetAsync($"{RoutePrefixes.PublicProcedures}/1.000000", _ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Không có thủ tục mã 1.000000", await missing.Content.ReadAsStringAsync(_ct));
    }

    [Fact]
    public async Task Foreign_investors_read_names_and_key_fields_in_English()
    {
        var detail = await Get($"{RoutePrefixes.PublicProcedures}/1.009645?lang=en");

        Assert.Equal("Approval of investment policy by the provincial People's Committee for a project in an economic zone", detail.GetProperty("name").GetString());
        Assert.StartsWith("Chấp thuận chủ trương đầu tư", detail.GetProperty("nameVi").GetString());
        Assert.Equal("Investment in Vietnam", detail.GetProperty("sector").GetString());
        Assert.Equal("35 days", detail.GetProperty("processingTime").GetString());
        Assert.Equal("Partly online", detail.GetProperty("onlineLevelName").GetString());

        var search = await Get($"{RoutePrefixes.PublicProcedures}?q=work%20permit&lang=en&pageSize=100");
        Assert.Contains("1.014199", Codes(search));
    }

    [Fact]
    public async Task Each_list_exports_to_xlsx_in_the_layout_of_a_list_decision()
    {
        var kinds = await P.Anonymous.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.PublicProcedures}/lists", _ct);
        Assert.Equal(["online-full", "online-partial", "postal", "online-payment", "one-stop"], kinds!.Select(k => k.GetProperty("key").GetString()));

        var response = await P.Anonymous.GetAsync($"{RoutePrefixes.PublicProcedures}/lists/online-payment/xlsx?asOf=2024-01-01", _ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Spreadsheet.ContentType, response.Content.Headers.ContentType?.MediaType);
        var rows = Spreadsheet.Read(await response.Content.ReadAsStreamAsync(_ct));
        Assert.Contains(rows, r => r[0].Contains("THANH TOÁN TRỰC TUYẾN"));
        Assert.Contains(rows, r => r[0].Contains("DỮ LIỆU MẪU"));
        var header = rows.Single(r => r[0] == "TT");
        Assert.Equal(["TT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Mức độ DVCTT", "Cách thức thực hiện", "Địa điểm thực hiện", "Thời hạn giải quyết", "Phí, lệ phí", "Căn cứ pháp lý"], header);
        var permit = rows.Single(r => r.Length > 1 && r[1] == "9.000008");
        Assert.Equal("Lệ phí cấp giấy phép xây dựng: 150.000 đồng", permit[8]);
        Assert.Equal("20 ngày", permit[7]);
        Assert.DoesNotContain(rows, r => r.Length > 1 && r[1] == "1.009645"); // no online payment

        var unknown = await P.Anonymous.GetAsync($"{RoutePrefixes.PublicProcedures}/lists/everything", _ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Sectors_are_counted_for_the_search_filters()
    {
        var sectors = await P.Anonymous.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.PublicProcedures}/sectors", _ct);

        var labour = sectors!.Single(s => s.GetProperty("sector").GetString() == "Việc làm");
        Assert.True(labour.GetProperty("procedures").GetInt32() >= SampleCatalog.Procedures.Count(p => p.Content.Sector == "Việc làm"));
    }

    private async Task<JsonElement> Get(string url)
    {
        var response = await P.Anonymous.GetAsync(url, _ct);
        var body = await response.Content.ReadAsStringAsync(_ct);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<string?> Codes(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
}
