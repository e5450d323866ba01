using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Reporting.Data;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Reporting;

/// <summary>The read models rebuilt from scratch from the event log give the same report as the live ones.</summary>
public sealed class RebuildTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task Rebuilding_from_the_event_log_reproduces_the_read_models()
    {
        await P.WaitForUnitsAsync();
        var office = await P.ClientForAsync(TestUsers.Office);
        await FeedbackFlow.InStatusAsync(P, "Published");
        await FeedbackFlow.InStatusAsync(P, "Assigned");
        var year = DateTime.UtcNow.AddHours(7).Year;
        var url = $"{RoutePrefixes.Reports}/periodic/preview?kind=Year&year={year}";
        var before = await Eventually.HoldsAsync(() => office.GetFromJsonAsync<JsonElement>(url, _ct),
            r => r.GetProperty("feedback").GetProperty("published").GetInt32() == 1 && r.GetProperty("feedback").GetProperty("received").GetInt32() == 2
                && r.GetProperty("catalog").GetProperty("inForce").GetInt32() >= 21,
            what: "the live read models have the events");
        // The steps that brought the PAKN there still have events on their way (the preview above holds before they
        // all land): the live side is compared once nothing is left to send and the log has stopped growing.
        var counts = await SettledCountsAsync();

        var admin = await P.ClientForAsync(TestUsers.Admin);
        var started = await admin.PostAsync($"{RoutePrefixes.Reports}/admin/rebuild", null, _ct);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var status = await Eventually.HoldsAsync(() => admin.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/admin/rebuild", _ct),
            s => s.GetProperty("state").GetString() is "Completed" or "Failed", what: "the rebuild finished");
        Assert.Equal("Completed", status.GetProperty("state").GetString());
        Assert.True(status.GetProperty("events").GetInt64() >= counts.Events);

        Assert.Equal(counts, await CountsAsync());
        var after = await office.GetFromJsonAsync<JsonElement>(url, _ct);
        foreach (var section in new[] { "catalog", "feedback", "plan", "kpis", "scorecard", "dossiers" })
        {
            Assert.Equal(before.GetProperty(section).GetRawText(), after.GetProperty(section).GetRawText());
        }
    }

    private async Task<(int Feedback, int PlanItems, int Procedures, int CatalogEvents, int Units, int Events)> SettledCountsAsync()
    {
        var last = await CountsAsync();
        var stable = 0;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await Task.Delay(500, _ct);
            var unsent = await P.Feedback.QueryAsync<VanPhong.Feedback.Data.FeedbackDb, int>(db => db.Set<VanPhong.Messaging.OutboxMessage>().CountAsync(m => m.SentAt == null));
            var now = await CountsAsync();
            stable = unsent == 0 && now == last ? stable + 1 : 0;
            if (stable == 2)
            {
                return now;
            }

            Assert.True(DateTime.UtcNow < deadline, $"reporting's read models did not settle: {last} then {now}, {unsent} unsent");
            last = now;
        }
    }

    private async Task<(int Feedback, int PlanItems, int Procedures, int CatalogEvents, int Units, int Events)> CountsAsync()
    {
        await using var scope = P.Reporting.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        return (await db.Feedback.CountAsync(_ct), await db.PlanItems.CountAsync(_ct), await db.Procedures.CountAsync(_ct),
            await db.CatalogEvents.CountAsync(_ct), await db.Units.CountAsync(_ct), await db.EventLog.CountAsync(_ct));
    }
}
