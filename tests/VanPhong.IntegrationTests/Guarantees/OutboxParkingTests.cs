using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Guarantees;

/// <summary>
/// A row the outbox can never publish is parked after a few attempts and holds nothing back; an administrator sees it
/// and re-queues it; published rows and old inbox rows are purged after their retention.
/// </summary>
public sealed class OutboxParkingTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task A_row_that_cannot_be_published_is_parked_and_every_later_event_still_goes_out()
    {
        // A row of a contract this build no longer knows, older than everything after it, in its own stream and in
        // the stream of a PAKN submitted after it.
        var before = DateTime.UtcNow.AddMinutes(-1);
        var submitted = await FeedbackFlow.SubmitAsync(P);
        var feedbackId = submitted.Id;
        var orphan = await InsertAsync(Poisoned(before, stream: null));
        var blocking = await InsertAsync(Poisoned(before, stream: "feedback/" + feedbackId.ToString("N")));

        // Later events of other PAKN go out and reach reporting while the bad rows are retried and set aside.
        var later = await FeedbackFlow.SubmitAsync(P);
        await Eventually.HoldsAsync(() => P.Reporting.QueryAsync<ReportingDb, bool>(db => db.Feedback.AnyAsync(f => f.TrackingCode == later.Code)), seen => seen,
            what: "an event after the bad rows reaches reporting");
        var parked = await Eventually.HoldsAsync(() => RowsAsync(orphan, blocking), rows => rows.All(r => r.ParkedAt is not null), TimeSpan.FromSeconds(60), "both bad rows are parked");
        var maxAttempts = P.Feedback.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutboxOptions>>().Value.MaxAttempts;
        Assert.All(parked, r => Assert.Equal(maxAttempts, r.Attempts));
        Assert.All(parked, r => Assert.StartsWith("UnknownContractException", r.LastError));

        // An event of the same stream behind the parked row is published too once its stream no longer waits.
        var office = await P.ClientForAsync(TestUsers.Office);
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{feedbackId}/classify", new { outcome = "WithinAuthority" }, _ct)).StatusCode);
        await Eventually.HoldsAsync(() => P.Reporting.QueryAsync<ReportingDb, string?>(db => db.Feedback.Where(f => f.FeedbackId == feedbackId).Select(f => f.Outcome).SingleOrDefaultAsync()),
            outcome => outcome == "WithinAuthority", what: "the classification behind the parked row reaches reporting");

        // The administrator sees the parked rows with their errors, and re-queues one: it is tried again from zero.
        var admin = await P.ClientForAsync(TestUsers.Admin);
        var status = await admin.GetFromJsonAsync<MessagingAdminApi.MessagingStatus>($"{RoutePrefixes.Feedback}/admin/messaging", _ct);
        Assert.Contains(status!.ParkedRows, r => r.Id == orphan && r.LastError!.Contains("VanPhong.Contracts.FeedbackRenamed"));
        Assert.True(status.Parked >= 2);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{RoutePrefixes.Feedback}/admin/messaging/parked/{orphan}/requeue", null, _ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"{RoutePrefixes.Feedback}/admin/messaging/parked/{Guid.NewGuid()}/requeue", null, _ct)).StatusCode);
        await Eventually.HoldsAsync(() => RowsAsync(orphan), rows => rows[0].ParkedAt is not null && rows[0].Attempts == maxAttempts, TimeSpan.FromSeconds(60),
            "the re-queued row is tried again (and, still unknown to this build, parked again)");
    }

    [Fact]
    public async Task Published_rows_and_applied_messages_are_purged_after_their_retention_and_nothing_else()
    {
        await FeedbackFlow.SubmitAsync(P);
        await Eventually.HoldsAsync(() => P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt != null)), n => n > 0, what: "a row is published");
        await Eventually.HoldsAsync(() => P.Reporting.QueryAsync<ReportingDb, int>(db => db.Set<InboxMessage>().CountAsync()), n => n > 0, what: "reporting applied a message");
        var unsent = await InsertAsync(Poisoned(DateTime.UtcNow, stream: null));

        // Past the outbox's retention (35 days, kept for catch-up requests) the published rows go; forty-five days on,
        // the inbox rows go; an unsent row never does.
        var feedbackMaintenance = P.Feedback.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<OutboxMaintenance<FeedbackDb>>().Single();
        var sentRetention = P.Feedback.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutboxOptions>>().Value.SentRetention;
        Assert.Equal(TimeSpan.FromDays(35), sentRetention);
        // The dispatcher keeps publishing meanwhile: what must be gone is every row sent before the purge began.
        var purgeBegan = DateTime.UtcNow;
        var (outbox, _) = await feedbackMaintenance.RunOnceAsync(DateTime.UtcNow + sentRetention + TimeSpan.FromDays(1), _ct);
        Assert.True(outbox > 0);
        Assert.Equal(0, await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt != null && m.SentAt < purgeBegan)));
        Assert.Single(await RowsAsync(unsent));

        var reportingMaintenance = P.Reporting.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<OutboxMaintenance<ReportingDb>>().Single();
        // Thirty-one days on, only inbox rows already past their 45 days may go (whatever other tests of this platform
        // left behind): every row applied since then stays.
        var at31 = DateTime.UtcNow.AddDays(31);
        var cutoff = at31 - P.Reporting.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<InboxOptions>>().Value.Retention;
        var pastRetention = await P.Reporting.QueryAsync<ReportingDb, int>(db => db.Set<InboxMessage>().CountAsync(m => m.ProcessedAt < cutoff));
        var recent = await P.Reporting.QueryAsync<ReportingDb, int>(db => db.Set<InboxMessage>().CountAsync(m => m.ProcessedAt >= cutoff));
        var (_, early) = await reportingMaintenance.RunOnceAsync(at31, _ct);
        Assert.Equal(pastRetention, early);
        Assert.True(await P.Reporting.QueryAsync<ReportingDb, int>(db => db.Set<InboxMessage>().CountAsync(m => m.ProcessedAt >= cutoff)) >= recent);
        var inboxPurgeBegan = DateTime.UtcNow;
        var (_, inbox) = await reportingMaintenance.RunOnceAsync(DateTime.UtcNow.AddDays(46), _ct);
        Assert.True(inbox > 0);
        Assert.Equal(0, await P.Reporting.QueryAsync<ReportingDb, int>(db => db.Set<InboxMessage>().CountAsync(m => m.ProcessedAt < inboxPurgeBegan)));
    }

    private static OutboxMessage Poisoned(DateTime occurredAt, string? stream)
    {
        // What a row written by an earlier build looks like after its contract was renamed.
        var row = OutboxMessage.Create(new Security.MessagingFixtures.ParkedProbe(Guid.NewGuid()), occurredAt);
        row.Type = "VanPhong.Contracts.FeedbackRenamed";
        row.StreamKey = stream ?? "type/FeedbackRenamed/" + row.Id;
        return row;
    }

    private async Task<Guid> InsertAsync(OutboxMessage row)
    {
        await using var scope = P.Feedback.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDb>();
        db.Set<OutboxMessage>().Add(row);
        await db.SaveChangesAsync(_ct);
        scope.ServiceProvider.GetRequiredService<OutboxSignal>().Notify();
        return row.Id;
    }

    private Task<List<OutboxMessage>> RowsAsync(params Guid[] ids) =>
        P.Feedback.QueryAsync<FeedbackDb, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync());
}
