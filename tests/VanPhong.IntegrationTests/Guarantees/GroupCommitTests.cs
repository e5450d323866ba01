using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Guarantees;

/// <summary>
/// Submissions that arrive together share one transaction (group commit). Each still gets its own record, its own
/// event in its own trace, and a write that fails inside a group takes only itself down.
/// </summary>
public sealed class GroupCommitTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task Submissions_sent_together_are_each_stored_with_their_own_event_and_trace_even_when_one_fails_in_the_group()
    {
        // Forty distinct PAKN, each in a trace of its own, and four retries of one more with the same key: the
        // second insert of that key fails inside whatever group it lands in, and must not take the group down.
        var key = Guid.NewGuid().ToString();
        var retried = Submissions.Valid("Người gửi lại", phone: Phone());
        var traces = Enumerable.Range(0, 40).Select(_ => ActivityTraceId.CreateRandom()).ToArray();
        var distinct = traces.Select(trace => SendAsync(Submissions.Valid("Người gửi cùng lúc", phone: Phone()), trace, key: null));
        var retries = Enumerable.Range(0, 4).Select(_ => SendAsync(retried, ActivityTraceId.CreateRandom(), key));

        var responses = await Task.WhenAll(distinct.Concat(retries));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var codes = await Task.WhenAll(responses.Select(async r => (await Submissions.ReadReceiptAsync(r)).TrackingCode));
        Assert.Equal(40, codes[..40].Distinct().Count());
        Assert.Single(codes[40..].Distinct());
        Assert.DoesNotContain(codes[40], codes[..40]);

        var stored = await P.Feedback.QueryAsync<FeedbackDb, List<(string Code, string? TraceParent)>>(async db =>
        {
            var cases = await db.Cases.AsNoTracking().Where(c => codes.Contains(c.TrackingCode)).Select(c => new { c.Id, c.TrackingCode }).ToListAsync();
            var ids = cases.Select(c => "feedback/" + c.Id.ToString("N")).ToList();
            var events = await db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => ids.Contains(m.StreamKey) && m.Type.EndsWith(".FeedbackReceived"))
                .Select(m => new { m.StreamKey, m.TraceParent }).ToListAsync();
            return cases.Join(events, c => "feedback/" + c.Id.ToString("N"), e => e.StreamKey, (c, e) => (c.TrackingCode, e.TraceParent)).ToList();
        });
        // One case and one FeedbackReceived per distinct code: nothing lost, nothing doubled.
        Assert.Equal(41, stored.Count);
        Assert.Equal(41, stored.Select(s => s.Code).Distinct().Count());
        // Each event carries the trace of the request that made it, not of the group it was committed with.
        for (var i = 0; i < 40; i++)
        {
            var traceParent = stored.Single(s => s.Code == codes[i]).TraceParent;
            Assert.Contains(traces[i].ToHexString(), traceParent);
        }
    }

    [Fact]
    public async Task Reporting_applies_the_events_it_consumes_in_its_group_commit_inside_the_events_trace()
    {
        // The consumers reach the group through the consume context's scope; were that payload missing, each message
        // would commit alone and no reporting group commit would carry the event's trace.
        var groups = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "VanPhong.Persistence",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = groups.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var trace = ActivityTraceId.CreateRandom();

        var response = await SendAsync(Submissions.Valid("Người gửi theo dõi nhóm", phone: Phone()), trace, key: null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var code = (await Submissions.ReadReceiptAsync(response)).TrackingCode;
        await Eventually.HoldsAsync(() => P.Reporting.QueryAsync<VanPhong.Reporting.Data.ReportingDb, int>(db => db.Feedback.CountAsync(f => f.TrackingCode == code)), n => n == 1,
            what: "reporting counts the PAKN");
        bool InTrace(Activity a) => a.TraceId == trace || a.Links.Any(l => l.Context.TraceId == trace);
        var reporting = await Eventually.HoldsAsync(
            () => Task.FromResult(groups.Where(a => InTrace(a) && (string?)a.GetTagItem("vanphong.group_commit.database") == "ReportingDb").ToList()),
            found => found.Count > 0, TimeSpan.FromSeconds(10), "a reporting group commit in the event's trace");
        Assert.All(reporting, a => Assert.Equal(ActivityStatusCode.Unset, a.Status));
        Assert.Contains(groups, a => InTrace(a) && (string?)a.GetTagItem("vanphong.group_commit.database") == "FeedbackDb");
    }

    private Task<HttpResponseMessage> SendAsync(object body, ActivityTraceId trace, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, RoutePrefixes.PublicFeedback) { Content = JsonContent.Create(body) };
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        return P.Anonymous.SendAsync(request, _ct);
    }

    private static string Phone() => "09" + Random.Shared.Next(10_000_000, 99_999_999);
}
