using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.IntegrationTests.Plans;
using VanPhong.Messaging;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Guarantees;

/// <summary>
/// Two people acting on one record at once: one succeeds, the other is told it changed under them (409, in Vietnamese),
/// and nothing happens twice — one answer, one event, one mail; spendings never exceed the budget.
/// </summary>
public sealed class ConcurrentWritesTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task Two_clicks_on_send_give_one_answer_one_event_and_one_mail()
    {
        var email = $"nguoi.gui.{Guid.NewGuid():N}@example.vn";
        var submitted = await FeedbackFlow.InStatusAsync(P, "Approved", Submission(email));
        var office = await P.ClientForAsync(TestUsers.Office);

        var sends = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{submitted.Id}/send", new { answerNumber = "15/KKT-VP" }, _ct)));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], sends.Select(r => r.StatusCode).Order());
        var refused = await sends.Single(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Contains(refused.GetProperty("title").GetString(), new[] { "Hồ sơ đã được người khác cập nhật", "Không thể thực hiện ở trạng thái hiện tại" });
        Assert.Equal(1, await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.Type.EndsWith(".FeedbackAnswered") && m.Payload.Contains(submitted.Id.ToString()))));
        // The submitter also heard of the receipt and the classification; the answer is one mail of its own.
        bool IsAnswer(VanPhong.MailSink.ReceivedMail m) => m.To.Contains(email) && m.Subject.StartsWith("Trả lời phản ánh", StringComparison.Ordinal);
        await Eventually.HoldsAsync(() => Task.FromResult(P.Mail.Messages.Count(IsAnswer)), n => n >= 1, what: "the answer is mailed");
        // Long enough for a second mail to arrive if there were one.
        await Task.Delay(TimeSpan.FromSeconds(3), _ct);
        Assert.Single(P.Mail.Messages, IsAnswer);
    }

    [Fact]
    public async Task A_step_taken_on_what_one_saw_is_refused_once_someone_else_changed_it()
    {
        var submitted = await FeedbackFlow.InStatusAsync(P, "Received");
        var office = await P.ClientForAsync(TestUsers.Office);
        var seen = await office.GetAsync($"{RoutePrefixes.Feedback}/{submitted.Id}", _ct);
        var etag = seen.Headers.ETag!;

        // Somebody else links the case to a plan item meanwhile: its version moves on.
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{submitted.Id}/links", new { planItemCode = "VI.1" }, _ct)).StatusCode);

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"{RoutePrefixes.Feedback}/{submitted.Id}/classify") { Content = JsonContent.Create(new { outcome = "WithinAuthority" }) };
        stale.Headers.IfMatch.Add(etag);
        var refused = await office.SendAsync(stale, _ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal("Hồ sơ đã được người khác cập nhật", problem.GetProperty("title").GetString());
        Assert.Equal("Received", await StatusAsync(submitted.Id));

        using var fresh = new HttpRequestMessage(HttpMethod.Post, $"{RoutePrefixes.Feedback}/{submitted.Id}/classify") { Content = JsonContent.Create(new { outcome = "WithinAuthority" }) };
        fresh.Headers.IfMatch.Add((await office.GetAsync($"{RoutePrefixes.Feedback}/{submitted.Id}", _ct)).Headers.ETag!);
        var accepted = await office.SendAsync(fresh, _ct);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.NotEqual(etag, accepted.Headers.ETag);
    }

    [Fact]
    public async Task Spendings_made_at_the_same_time_never_exceed_the_budget()
    {
        var planId = await PlanClient.SeededPlanAsync(P);
        var office = await P.ClientForAsync(TestUsers.Office);
        var before = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Plans}/{planId}/budget", _ct);
        var remaining = before.GetProperty("remaining").GetInt64();
        var share = remaining / 3 + 1; // at most two fit

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => office.PostAsJsonAsync($"{RoutePrefixes.Plans}/{planId}/spending",
            new { amount = share, spentOn = "2023-06-01", description = $"Chi đồng thời {i}" }, _ct)));

        var after = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Plans}/{planId}/budget", _ct);
        Assert.True(after.GetProperty("spent").GetInt64() <= after.GetProperty("budget").GetInt64());
        Assert.InRange(responses.Count(r => r.StatusCode == HttpStatusCode.OK), 1, 2);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.BadRequest }));
        Assert.Equal(responses.Count(r => r.StatusCode == HttpStatusCode.OK), after.GetProperty("entries").GetArrayLength() - before.GetProperty("entries").GetArrayLength());
    }

    private static object Submission(string email) => new
    {
        kind = "Recommendation",
        category = "implementation-difficulty",
        content = $"Đề nghị rút ngắn thời hạn giải quyết hồ sơ số {Random.Shared.Next(100_000, 999_999)} về cấp giấy chứng nhận đăng ký đầu tư trong Khu kinh tế.",
        submitter = new { name = "Trần Thị Bình", address = "3 Lê Thánh Tôn, Nha Trang", email },
        consentToPublish = true,
        consentToProcessing = true,
    };

    private async Task<string> StatusAsync(Guid id) =>
        (await P.Feedback.QueryAsync<FeedbackDb, FeedbackStatus>(db => db.Cases.Where(c => c.Id == id).Select(c => c.Status).SingleAsync())).ToString();
}
