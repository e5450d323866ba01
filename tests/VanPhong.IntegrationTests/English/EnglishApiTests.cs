using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.Catalog.Model;
using VanPhong.IntegrationTests.Infrastructure;
using static VanPhong.IntegrationTests.Catalog.CatalogFixtures;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.English;

/// <summary>
/// The public API for an English reader, through the gateway: the office's English text of a procedure, the fields still
/// in Vietnamese named, Content-Language saying which, and problem details in English; Vietnamese for everyone else.
/// </summary>
public sealed class EnglishApiTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const string EnglishReader = "en-GB,en;q=0.9,vi;q=0.3";

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task The_office_records_English_and_an_English_reader_reads_it_with_the_rest_marked_Vietnamese()
    {
        var code = await ProcedureAsync(P);
        var office = await P.ClientForAsync(TestUsers.Office);
        var before = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Procedures}/{code}/english", _ct);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("translatesVersion").ValueKind);
        Assert.Contains("name", Strings(before.GetProperty("untranslated")));

        var recorded = await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/english", new
        {
            translatesVersion = 1,
            text = new { name = $"Test procedure {code}", applicants = "Foreign workers and their employers", steps = new[] { "Submit the dossier at the one-stop desk" }, result = "Work permit" },
        }, _ct);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);

        var english = await SendAsync($"{RoutePrefixes.PublicProcedures}/{code}", EnglishReader);
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Equal(["en", "vi"], english.Content.Headers.ContentLanguage);
        var detail = await english.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal($"Test procedure {code}", detail.GetProperty("name").GetString());
        Assert.Equal($"Thủ tục thử {code}", detail.GetProperty("nameVi").GetString());
        Assert.Equal("Foreign workers and their employers", detail.GetProperty("applicants").GetString());
        Assert.Equal("Submit the dossier at the one-stop desk", detail.GetProperty("steps")[0].GetString());
        Assert.Equal("en", detail.GetProperty("language").GetString());
        Assert.Equal(1, detail.GetProperty("englishTranslatesVersion").GetInt32());
        Assert.False(detail.GetProperty("englishOutdated").GetBoolean());
        var untranslated = Strings(detail.GetProperty("untranslated"));
        Assert.Contains("steps[1]", untranslated);
        Assert.Contains("dossier[0]", untranslated);
        Assert.DoesNotContain("name", untranslated);
        Assert.DoesNotContain("result", untranslated);
        Assert.StartsWith("VND ", detail.GetProperty("totalFeesText").GetString());

        var vietnamese = await SendAsync($"{RoutePrefixes.PublicProcedures}/{code}", null);
        Assert.Equal(["vi"], vietnamese.Content.Headers.ContentLanguage);
        var vi = await vietnamese.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal($"Thủ tục thử {code}", vi.GetProperty("name").GetString());
        Assert.EndsWith(" đồng", vi.GetProperty("totalFeesText").GetString());

        var byQuery = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicProcedures}/{code}?lang=en", _ct);
        Assert.Equal($"Test procedure {code}", byQuery.GetProperty("name").GetString());

        var search = await (await SendAsync($"{RoutePrefixes.PublicProcedures}?q={Uri.EscapeDataString(code)}", EnglishReader)).Content.ReadFromJsonAsync<JsonElement>(_ct);
        var hit = Assert.Single(search.GetProperty("items").EnumerateArray());
        Assert.Equal($"Test procedure {code}", hit.GetProperty("name").GetString());
        Assert.Equal("en", hit.GetProperty("nameLanguage").GetString());
    }

    [Fact]
    public async Task English_of_an_earlier_version_is_shown_as_possibly_out_of_date()
    {
        var code = await ProcedureAsync(P);
        var office = await P.ClientForAsync(TestUsers.Office);
        Assert.Equal(HttpStatusCode.OK, (await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/english", new { text = new { name = "First English" } }, _ct)).StatusCode);

        await PublishAsync(P, Today(), new DecisionItem(ChangeKind.Amended, code, Content($"Thủ tục thử {code} (sửa đổi)", days: 8)));

        var detail = await (await SendAsync($"{RoutePrefixes.PublicProcedures}/{code}", EnglishReader)).Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal("First English", detail.GetProperty("name").GetString());
        Assert.True(detail.GetProperty("englishOutdated").GetBoolean());
        var record = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Procedures}/{code}/english", _ct);
        Assert.Equal(2, record.GetProperty("currentVersion").GetInt32());
        Assert.True(record.GetProperty("outdated").GetBoolean());
    }

    [Fact]
    public async Task English_that_does_not_fit_the_Vietnamese_is_refused_and_a_unit_may_not_record_it()
    {
        var code = await ProcedureAsync(P);
        var office = await P.ClientForAsync(TestUsers.Office);
        var tooMany = await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/english", new { text = new { steps = Enumerable.Repeat("Step", 50).ToArray() } }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var problem = await tooMany.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("steps", out _));

        var script = await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/english", new { text = new { name = "<script>alert(1)</script>" } }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, script.StatusCode);
        var future = await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/english", new { translatesVersion = 9, text = new { name = "Name" } }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);

        var unit = await P.ClientForAsync(TestUsers.StaffQldt);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/english", new { text = new { name = "Name" } }, _ct)).StatusCode);
    }

    [Fact]
    public async Task A_bad_public_request_is_answered_in_the_reader_s_language()
    {
        var english = await SendAsync($"{RoutePrefixes.PublicProcedures}?onlineLevel=Level4", EnglishReader);
        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        Assert.Equal(["en"], english.Content.Headers.ContentLanguage);
        var problem = await english.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal("Invalid search", problem.GetProperty("title").GetString());
        Assert.Equal("Online level: Full, Partial or None.", problem.GetProperty("errors").GetProperty("onlineLevel")[0].GetString());

        var missing = await (await SendAsync($"{RoutePrefixes.PublicProcedures}/1.000000", EnglishReader)).Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal("Administrative procedure not found", missing.GetProperty("title").GetString());
        Assert.Contains("no procedure with code 1.000000", missing.GetProperty("detail").GetString());

        var vietnamese = await SendAsync($"{RoutePrefixes.PublicProcedures}?onlineLevel=Level4", "vi-VN");
        var vi = await vietnamese.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal("Điều kiện tra cứu chưa hợp lệ", vi.GetProperty("title").GetString());

        var feedback = new HttpRequestMessage(HttpMethod.Post, RoutePrefixes.PublicFeedback)
        {
            Content = JsonContent.Create(new { kind = "Reflection", category = "other", content = "ngắn", consentToProcessing = true, submitter = new { type = "Individual" } }),
        };
        feedback.Headers.AcceptLanguage.ParseAdd(EnglishReader);
        var refused = await P.Anonymous.SendAsync(feedback, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors");
        Assert.Equal("Please enter the sender's full name.", errors.GetProperty("submitter.name")[0].GetString());
        Assert.StartsWith("The content is too short", errors.GetProperty("content")[0].GetString());
    }

    [Fact]
    public async Task The_feedback_categories_statuses_and_privacy_notice_read_in_English()
    {
        var contact = await SendAsync($"{RoutePrefixes.PublicFeedback}/contact", EnglishReader);
        Assert.Equal(["en", "vi"], contact.Content.Headers.ContentLanguage);
        var categories = (await contact.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("categories");
        Assert.Contains(categories.EnumerateArray(), c => c.GetProperty("name").GetString() == "An unlawful administrative regulation");

        var notice = await (await SendAsync($"{RoutePrefixes.PublicFeedback}/privacy", EnglishReader)).Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.StartsWith("I agree", notice.GetProperty("consent").GetString());

        var sectors = await SendAsync($"{RoutePrefixes.PublicProcedures}/sectors", EnglishReader);
        Assert.Equal(["en"], sectors.Content.Headers.ContentLanguage);
        Assert.Contains((await sectors.Content.ReadFromJsonAsync<JsonElement>(_ct)).EnumerateArray(), s => s.GetProperty("name").GetString() == "Construction");

        // Texts the Board keeps only in Vietnamese say so.
        var plans = await SendAsync(RoutePrefixes.PublicPlans, EnglishReader);
        Assert.Equal(["vi"], plans.Content.Headers.ContentLanguage);
    }

    private async Task<HttpResponseMessage> SendAsync(string url, string? acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return await P.Anonymous.SendAsync(request, _ct);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
