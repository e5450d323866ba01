using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Guarantees;

/// <summary>A citizen's retry after a timeout, with the same Idempotency-Key, gets the first receipt and creates nothing.</summary>
public sealed class IdempotentSubmissionTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task A_retry_with_the_same_key_returns_the_first_receipt_and_creates_nothing()
    {
        var key = Guid.NewGuid().ToString();
        var body = Submissions.Valid(phone: "09" + Random.Shared.Next(10_000_000, 99_999_999));

        var first = await PostAsync(RoutePrefixes.PublicFeedback, body, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var receipt = await Submissions.ReadReceiptAsync(first);
        var cases = await CountAsync();
        var events = await EventsAsync();

        var again = await PostAsync(RoutePrefixes.PublicFeedback, body, key);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var repeated = await Submissions.ReadReceiptAsync(again);
        Assert.Equal((receipt.TrackingCode, receipt.LookupKey, receipt.ReceivedAt), (repeated.TrackingCode, repeated.LookupKey, repeated.ReceivedAt));
        Assert.Equal((cases, events), (await CountAsync(), await EventsAsync()));

        // The same key for another request is refused rather than answered with a receipt of something else.
        var other = await PostAsync(RoutePrefixes.PublicFeedback, Submissions.Valid(), key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Contains("Idempotency-Key", await other.Content.ReadAsStringAsync(_ct));
        Assert.Equal(cases, await CountAsync());
    }

    [Fact]
    public async Task Retries_racing_each_other_with_one_key_give_one_PAKN_and_the_same_receipt_to_all()
    {
        var key = Guid.NewGuid().ToString();
        var body = Submissions.Valid(phone: "09" + Random.Shared.Next(10_000_000, 99_999_999));
        var cases = await CountAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync(RoutePrefixes.PublicFeedback, body, key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var codes = await Task.WhenAll(responses.Select(async r => (await Submissions.ReadReceiptAsync(r)).TrackingCode));
        Assert.Single(codes.Distinct());
        Assert.Equal(cases + 1, await CountAsync());
    }

    [Fact]
    public async Task Open311_posts_take_the_key_too_and_a_malformed_key_is_refused()
    {
        var key = Guid.NewGuid().ToString();
        var form = new Dictionary<string, string>
        {
            ["service_code"] = "implementation-difficulty",
            ["description"] = $"Thủ tục đăng ký đầu tư số {Random.Shared.Next(100_000, 999_999)} yêu cầu nộp bản sao giấy tờ đã có trong cơ sở dữ liệu quốc gia.",
            ["first_name"] = "Phạm",
            ["last_name"] = "Văn Dũng",
            ["address_string"] = "7 Trần Phú, Nha Trang",
            ["attribute[submitter_address]"] = "7 Trần Phú, Nha Trang",
            ["attribute[consent]"] = "true",
            ["api_key"] = await Open311.Open311Session.KeyAsync(P),
            ["phone"] = "09" + Random.Shared.Next(10_000_000, 99_999_999),
        };
        var cases = await CountAsync();
        var first = await PostFormAsync(form, key);
        var again = await PostFormAsync(form, key);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(_ct), await again.Content.ReadAsStringAsync(_ct));
        Assert.Equal(cases + 1, await CountAsync());

        var malformed = await PostAsync(RoutePrefixes.PublicFeedback, Submissions.Valid(), "khóa có dấu và khoảng trắng");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("Idempotency-Key", await malformed.Content.ReadAsStringAsync(_ct));
    }

    private Task<HttpResponseMessage> PostAsync(string url, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return P.Anonymous.SendAsync(request, _ct);
    }

    private Task<HttpResponseMessage> PostFormAsync(Dictionary<string, string> form, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{RoutePrefixes.PublicOpen311}/v2/requests.json") { Content = new FormUrlEncodedContent(form) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return P.Anonymous.SendAsync(request, _ct);
    }

    private Task<int> CountAsync() => P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Cases.CountAsync());

    private Task<int> EventsAsync() => P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutboxMessage>().CountAsync());
}
