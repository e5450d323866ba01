using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.ServiceDefaults;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Guarantees;

/// <summary>
/// A service stopped while a citizen's submission is on the wire (SIGTERM: the host's StopAsync, as ConsoleLifetime
/// calls it and Kubernetes sends it on a rollout) stops taking new connections, answers the request it is in, and
/// either keeps the record and its event (201) or, when the stop cancelled the body's read first, refuses it with 503 and
/// Retry-After and stores nothing — never a 500, never half a record. On Kestrel, the server production runs, not the
/// in-memory test server.
/// </summary>
public sealed class InFlightRequestsTests(SharedBroker broker)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_submission_in_flight_when_the_service_is_stopped_is_answered_and_its_record_and_event_are_kept()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var feedback = new ServiceHost<VanPhong.Feedback.Marker>(ResourceNames.FeedbackDb, broker.Uri, new Dictionary<string, string?>
        {
            ["Messaging:Prefix"] = "f" + Guid.NewGuid().ToString("N")[..8],
            ["Feedback:DeadlineWatch:Enabled"] = "false",
        }, services => services.AddSingleton<IStartupFilter>(new SignalOnSubmission(arrived)));
        feedback.UseKestrel(0);
        feedback.StartServer();
        // A plain client: the factory's own buffers a request body (to replay it on a redirect) before sending it.
        using var client = new HttpClient { BaseAddress = feedback.CreateClient().BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive", _ct)).StatusCode);

        // The body goes in two halves: the request has begun (the service is reading it) when the stop comes.
        var json = JsonSerializer.SerializeToUtf8Bytes(Submissions.Valid("Người gửi lúc dừng", phone: "09" + Random.Shared.Next(10_000_000, 99_999_999)),
            new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var rest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sending = client.PostAsync(RoutePrefixes.PublicFeedback, new TwoHalves(json, rest.Task), _ct);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30), _ct);

        var stopping = feedback.Services.GetRequiredService<IHost>().StopAsync(CancellationToken.None);

        // New connections are refused while the one in flight still waits for its body.
        using var fresh = new HttpClient { BaseAddress = client.BaseAddress };
        fresh.DefaultRequestHeaders.ConnectionClose = true;
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                await fresh.GetAsync("/alive", _ct);
                return false;
            }
            catch (HttpRequestException)
            {
                return true;
            }
        }, refused => refused, TimeSpan.FromSeconds(15), "the stopping service closes its listener");
        Assert.False(sending.IsCompleted, "the submission in flight was cut off when the listener closed");

        rest.SetResult();
        var response = await sending.WaitAsync(TimeSpan.FromSeconds(30), _ct);
        await stopping.WaitAsync(TimeSpan.FromSeconds(60), _ct);

        // The stopped host has disposed its services: the database file is read as the next start would read it.
        await using var db = new SqliteFeedbackDb(new DbContextOptionsBuilder<SqliteFeedbackDb>().UseSqlite($"Data Source={feedback.DatabasePath}").Options);
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            // Kestrel's shutdown cancelled the body's read before the handler ran (StoppingServiceExceptionHandler):
            // a refusal the caller can retry, and nothing half-written behind it.
            Assert.Equal(StoppingServiceExceptionHandler.RetryAfterSeconds, (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal((0, 0), (await db.Cases.CountAsync(_ct), await db.Set<OutboxMessage>().CountAsync(m => m.Type.EndsWith(".FeedbackReceived"), _ct)));
            return;
        }

        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(_ct)}");
        var receipt = await Submissions.ReadReceiptAsync(response);

        // The 201 was a promise: the record and its event are in the database, and no row is left claimed for a
        // replica to wait out. (Whether this round or the next start publishes the event depends on when the stop
        // reached the dispatcher; the outbox keeps it either way.)
        var id = await db.Cases.AsNoTracking().Where(c => c.TrackingCode == receipt.TrackingCode).Select(c => c.Id).SingleAsync(_ct);
        var stream = "feedback/" + id.ToString("N");
        Assert.Equal(1, await db.Set<OutboxMessage>().CountAsync(m => m.StreamKey == stream && m.Type.EndsWith(".FeedbackReceived"), _ct));
        Assert.Equal(0, await db.Set<OutboxMessage>().CountAsync(m => m.ClaimedBy != null, _ct));
    }

    /// <summary>Tells the test when the submission's request has reached the service's pipeline.</summary>
    private sealed class SignalOnSubmission(TaskCompletionSource arrived) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(RoutePrefixes.PublicFeedback))
                {
                    arrived.TrySetResult();
                }

                await nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>A JSON body sent as its first half, then the rest once the test says so.</summary>
    private sealed class TwoHalves : HttpContent
    {
        private readonly byte[] _body;
        private readonly Task _rest;

        public TwoHalves(byte[] body, Task rest)
        {
            (_body, _rest) = (body, rest);
            Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName };
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var half = _body.Length / 2;
            await stream.WriteAsync(_body.AsMemory(0, half));
            await stream.FlushAsync();
            await _rest;
            await stream.WriteAsync(_body.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _body.Length;
            return true;
        }
    }
}
