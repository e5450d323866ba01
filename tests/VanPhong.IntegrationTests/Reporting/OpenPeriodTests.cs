using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.Calendar;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Reporting;

/// <summary>
/// Before its cut-off a period is judged as of today: a PAKN received today, whose classification is due in five
/// working days, is being handled, not overdue — even though its deadline falls before the cut-off.
/// </summary>
public sealed class OpenPeriodTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task A_preview_of_the_running_period_does_not_call_overdue_what_is_not_yet_due()
    {
        var today = VietnamTime.Today(TimeProvider.System);
        P.FeedbackClock.AdjustTime(DateTimeOffset.UtcNow);
        await FeedbackFlow.SubmitAsync(P);

        var office = await P.ClientForAsync(TestUsers.Office);
        var periods = new List<JsonElement>();
        foreach (var year in new[] { today.Year, today.Year + 1 })
        {
            periods.AddRange((await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Reports}/periods?year={year}", _ct))!);
        }

        var running = periods.First(p => p.GetProperty("kind").GetString() == "Quarter"
            && DateOnly.Parse(p.GetProperty("from").GetString()!) <= today && today <= DateOnly.Parse(p.GetProperty("to").GetString()!));
        var url = $"{RoutePrefixes.Reports}/periodic/preview?kind=Quarter&year={running.GetProperty("year").GetInt32()}&number={running.GetProperty("number").GetInt32()}";
        var feedback = await Eventually.HoldsAsync(async () => (await office.GetFromJsonAsync<JsonElement>(url, _ct)).GetProperty("feedback"),
            f => f.GetProperty("beingHandled").GetInt32() == 1, what: "the PAKN is counted as being handled");

        Assert.Equal(0, feedback.GetProperty("overdue").GetInt32());
    }
}
