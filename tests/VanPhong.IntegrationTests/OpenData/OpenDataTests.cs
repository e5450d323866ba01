using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using VanPhong.Documents;
using OpenDataLicence = VanPhong.Documents.OpenData;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.IntegrationTests.Reporting;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.OpenData;

/// <summary>
/// Open data through the gateway, anonymously: stable URLs, CSV/JSON/.xlsx with the same columns, the licence and the
/// date of the data in each file and in the headers, only published content, and the public quarterly statistics.
/// </summary>
public sealed class OpenDataTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    public static TheoryData<string, string> Datasets => new()
    {
        { $"{RoutePrefixes.PublicFeedback}/open-data/answers", "ma_pakn" },
        { $"{RoutePrefixes.PublicPlans}/open-data/progress", "nam" },
        { $"{RoutePrefixes.PublicProcedures}/open-data/procedures", "ma_thu_tuc" },
        { $"{RoutePrefixes.PublicReports}/open-data/statistics", "nam" },
    };

    [Theory]
    [MemberData(nameof(Datasets))]
    public async Task Every_dataset_comes_in_csv_json_and_xlsx_with_the_same_columns_its_licence_and_the_date_of_its_data(string path, string firstColumn)
    {
        var csv = await P.Anonymous.GetAsync(path + ".csv", _ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("rel=\"license\"", csv.Headers.GetValues("Link").Single());
        Assert.Contains(OpenDataLicence.LicenceUrl, csv.Headers.GetValues("Link").Single());
        Assert.NotNull(csv.Content.Headers.LastModified);
        Assert.Matches(@"^[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv$", csv.Content.Headers.ContentDisposition!.FileNameStar ?? csv.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var bytes = await csv.Content.ReadAsByteArrayAsync(_ct);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]); // spreadsheet programs read the Vietnamese
        var header = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n")[0].Split(',');
        Assert.Equal(firstColumn, header[0]);

        var json = await P.Anonymous.GetFromJsonAsync<JsonElement>(path + ".json", _ct);
        Assert.Equal(OpenDataLicence.LicenceUrl, json.GetProperty("licenseUrl").GetString());
        Assert.Equal(OpenDataLicence.Publisher, json.GetProperty("publisher").GetString());
        Assert.True(json.GetProperty("dataAsOf").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-10));
        Assert.Equal(header, json.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()!));

        var xlsx = await P.Anonymous.GetAsync(path + ".xlsx", _ct);
        Assert.Equal(Spreadsheet.ContentType, xlsx.Content.Headers.ContentType!.MediaType);
        await using var stream = await xlsx.Content.ReadAsStreamAsync(_ct);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, _ct);
        copy.Position = 0;
        Assert.Equal(header, Spreadsheet.Read(copy, "Dữ liệu")[1]); // titles first, then the stable names
        copy.Position = 0;
        var about = Spreadsheet.Read(copy, "Thông tin");
        Assert.Contains(about, r => r[0] == "Giấy phép" && r[1] == OpenDataLicence.Licence);

        var unknown = await P.Anonymous.GetAsync(path + ".pdf", _ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_answers_dataset_holds_published_answers_redacted_and_nothing_that_was_not_published()
    {
        var name = "Phan Thị Dữ Liệu Mở";
        var phone = "09" + Random.Shared.Next(10_000_000, 99_999_999);
        // The submitter names themself in the content too: the published (and downloadable) question is redacted.
        var published = await FeedbackFlow.InStatusAsync(P, "Published", new
        {
            kind = "Reflection",
            category = "implementation-difficulty",
            content = $"Tôi là {name}, số điện thoại {phone}; hồ sơ số {Random.Shared.Next(100_000, 999_999)} xin giấy phép lao động đã quá thời hạn giải quyết nhưng chưa có kết quả.",
            submitter = new { name, address = "15 Hùng Vương, thị xã Ninh Hòa, Khánh Hòa", phone },
            consentToPublish = true,
            consentToProcessing = true,
        });
        var answered = await FeedbackFlow.InStatusAsync(P, "Answered", Submissions.Valid(name, "09" + Random.Shared.Next(10_000_000, 99_999_999)));

        var json = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicFeedback}/open-data/answers.json", _ct);
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        var row = Assert.Single(rows, r => r.GetProperty("ma_pakn").GetString() == published.Code);
        Assert.Equal("implementation-difficulty", row.GetProperty("linh_vuc").GetString());
        Assert.False(string.IsNullOrEmpty(row.GetProperty("tra_loi").GetString()));
        Assert.Contains("giấy phép lao động", row.GetProperty("noi_dung").GetString());
        Assert.DoesNotContain(rows, r => r.GetProperty("ma_pakn").GetString() == answered.Code);

        var csv = await P.Anonymous.GetStringAsync($"{RoutePrefixes.PublicFeedback}/open-data/answers.csv", _ct);
        Assert.Contains(published.Code, csv);
        Assert.DoesNotContain(name, csv);
        Assert.DoesNotContain(phone, csv);
        Assert.DoesNotContain(answered.Code, csv);
    }

    [Fact]
    public async Task The_public_statistics_show_a_frozen_quarter_as_official_and_the_others_as_provisional()
    {
        // A past year no other test reports on: its first quarter frozen, the others computed.
        var year = DateTime.UtcNow.Year - 2 - Random.Shared.Next(0, 8);
        var id = await ReportFixtures.GenerateAsync(P, new { kind = "Quarter", year, number = 1 });
        var office = await P.ClientForAsync(TestUsers.Office);
        var number = $"{Random.Shared.Next(1, 999)}/BC-KKT";
        var frozen = await office.PostAsJsonAsync($"{RoutePrefixes.Reports}/periodic/{id}/freeze", new { documentNumber = number }, _ct);
        Assert.True(frozen.IsSuccessStatusCode, await frozen.Content.ReadAsStringAsync(_ct));
        var report = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/periodic/{id}", _ct);

        var statistics = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicReports}/statistics?year={year}", _ct);
        var quarters = statistics.GetProperty("quarters").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], quarters.Select(q => q.GetProperty("quarter").GetInt32()));
        var first = quarters[0];
        Assert.True(first.GetProperty("official").GetBoolean());
        Assert.Equal(number, first.GetProperty("documentNumber").GetString());
        var content = report.GetProperty("content");
        Assert.Equal(content.GetProperty("feedback").GetProperty("received").GetInt32(), first.GetProperty("feedback").GetProperty("received").GetInt32());
        Assert.Equal(content.GetProperty("kpis").GetArrayLength(), first.GetProperty("kpis").GetArrayLength());
        Assert.All(quarters.Skip(1), q => Assert.False(q.GetProperty("official").GetBoolean()));

        var data = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicReports}/open-data/statistics.json?year={year}", _ct);
        var rows = data.GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("quy").GetInt32() == 1 && r.GetProperty("chi_so").GetString() == "pakn_tiep_nhan" && r.GetProperty("chinh_thuc").GetBoolean());
        Assert.Contains(rows, r => r.GetProperty("chi_so").GetString()!.StartsWith("chi_tieu_", StringComparison.Ordinal) && r.GetProperty("chi_tieu_ke_hoach").ValueKind == JsonValueKind.Number);

        foreach (var wrong in new[] { "1800", $"{DateTime.UtcNow.Year - 11}", $"{DateTime.UtcNow.Year + 1}", "abc" })
        {
            var bad = await P.Anonymous.GetAsync($"{RoutePrefixes.PublicReports}/statistics?year={wrong}", _ct);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }
    }
}
