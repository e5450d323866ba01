using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Hosting;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Messaging;

/// <summary>
/// One trace per request or event handled: the outbox dispatchers poll every second here, and a poll that finds
/// nothing must not reach the dashboard as a trace of its own; the database work of a request still does.
/// </summary>
public sealed class QuietPollTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task Database_commands_outside_any_trace_are_not_recorded_and_those_of_a_request_are()
    {
        var commands = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == UntracedDatabaseCommands.EntityFrameworkSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = commands.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        // A request whose database commands must stay in its trace.
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, RoutePrefixes.PublicFeedback)
        {
            Content = JsonContent.Create(Submissions.Valid("Người gửi có dấu vết", phone: "09" + Random.Shared.Next(10_000_000, 99_999_999))),
        };
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        Assert.Equal(HttpStatusCode.Created, (await P.Anonymous.SendAsync(request, _ct)).StatusCode);
        // Several dispatcher and mail-outbox polls of every service, most of them finding nothing.
        await Task.Delay(TimeSpan.FromSeconds(3), _ct);

        var roots = commands.Where(a => a.Parent is null && a.ParentSpanId == default && !a.HasRemoteParent).ToList();
        Assert.All(roots, a => Assert.False(a.Recorded, $"a database command outside any trace was recorded: {a.DisplayName}"));
        Assert.Contains(commands, a => a.TraceId == trace && a.Recorded);
    }
}
