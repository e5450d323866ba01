using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Security;

/// <summary>A body with a field twice, a control character in a text, or nesting past the limit is refused with 400 naming the field, and nothing is stored.</summary>
public sealed class StrictJsonTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    private const string Valid = """
        "kind": "Reflection", "category": "implementation-difficulty", "consentToProcessing": true,
        "submitter": { "name": "Lê Văn Cường", "address": "15 Hùng Vương, Ninh Hòa", "phone": "0912000111" }
        """;

    [Theory]
    [InlineData("content", "{ \"content\": \"Hồ sơ giấy phép xây dựng đã quá hạn giải quyết.\", \"content\": \"Nội dung thay thế được gửi kèm sau.\", " + Valid + " }", "hai lần")]
    [InlineData("content", "{ \"content\": \"Hồ sơ giấy phép\\u0000 xây dựng đã quá hạn giải quyết.\", " + Valid + " }", "ký tự điều khiển")]
    [InlineData("submitter.name", "{ \"content\": \"Hồ sơ giấy phép xây dựng đã quá hạn giải quyết.\", \"kind\": \"Reflection\", \"category\": \"implementation-difficulty\", \"submitter\": { \"name\": \"Lê\\u0007 Văn\", \"address\": \"15 Hùng Vương\", \"phone\": \"0912000111\" } }", "ký tự điều khiển")]
    public async Task A_hostile_body_is_refused_with_the_field_named_and_nothing_stored(string field, string body, string reason)
    {
        var before = await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Cases.CountAsync());

        var response = await P.Anonymous.PostAsync(RoutePrefixes.PublicFeedback, new StringContent(body, Encoding.UTF8, "application/json"), _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        var message = problem.GetProperty("errors").GetProperty(field)[0].GetString();
        Assert.Contains(reason, message);
        Assert.Equal(before, await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task Nesting_past_the_limit_is_refused()
    {
        // An otherwise valid PAKN whose extra field nests 40 levels: under the framework's default (64) it would be
        // received; the platform's limit (32) refuses it and says why.
        var deep = new string('[', 40) + new string(']', 40);
        var before = await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Cases.CountAsync());
        var body = $"{{ \"content\": \"Hồ sơ giấy phép xây dựng số {Random.Shared.Next()} đã quá hạn giải quyết.\", \"extra\": {deep}, {Valid} }}";
        var response = await P.Anonymous.PostAsync(RoutePrefixes.PublicFeedback, new StringContent(body, Encoding.UTF8, "application/json"), _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"lồng nhau quá {VanPhong.ServiceDefaults.StrictJson.MaxDepth} cấp", await response.Content.ReadAsStringAsync(_ct));
        Assert.Equal(before, await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Cases.CountAsync()));
    }

    [Theory]
    [InlineData("end_date=0001-01-01T00:00:00Z")]
    [InlineData("start_date=9999-12-31T00:00:00Z")]
    [InlineData("start_date=2026-06-01T00:00:00Z&end_date=2026-05-01T00:00:00Z")]
    public async Task Open311_dates_out_of_range_are_a_400_not_a_500(string query)
    {
        var response = await P.Anonymous.GetAsync($"{RoutePrefixes.PublicOpen311}/v2/requests.json?{query}", _ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal(400, errors[0].GetProperty("code").GetInt32());
    }
}
