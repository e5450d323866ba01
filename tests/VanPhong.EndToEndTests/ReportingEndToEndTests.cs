using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.Topology;

namespace VanPhong.EndToEndTests;

/// <summary>The report for 2023 from what the real app host seeded: the 2023 plan, the sample catalog and the units, over RabbitMQ.</summary>
public sealed class ReportingEndToEndTests(SystemUnderTest system)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_2023_report_counts_the_seeded_plan_catalog_and_units()
    {
        var reports = await system.IntegrationClientAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement report;
        int planItems;
        do
        {
            // The system is shared: the staff-pages test may add an item to this plan at any moment, so the report is
            // compared with what the plan registry shows now, not with the seed's 29 alone.
            planItems = await PlanItemsAsync();
            report = await reports.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/periodic/preview?kind=Year&year=2023", _ct);
            if (report.GetProperty("plan").GetProperty("total").GetProperty("items").GetInt32() == planItems
                && report.GetProperty("catalog").GetProperty("publishedNew").GetInt32() == 21
                && report.GetProperty("scorecard").GetProperty("units").GetArrayLength() > 0)
            {
                break;
            }

            await Task.Delay(250, _ct);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Equal("2022-12-15", report.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal("2023-12-14", report.GetProperty("period").GetProperty("to").GetString());
        Assert.True(planItems >= 29, $"the seeded plan has 29 items, the registry shows {planItems}");
        Assert.Equal(planItems, report.GetProperty("plan").GetProperty("total").GetProperty("items").GetInt32());
        Assert.Equal(8, report.GetProperty("plan").GetProperty("bySection").GetArrayLength());
        Assert.Equal(21, report.GetProperty("catalog").GetProperty("publishedNew").GetInt32());
        Assert.Equal(14, report.GetProperty("catalog").GetProperty("internalApprovedInPeriod").GetInt32());
        Assert.Contains(report.GetProperty("scorecard").GetProperty("units").EnumerateArray(), u => u.GetProperty("unit").GetString() == "VP");
        Assert.True(report.GetProperty("containsSampleData").GetBoolean());
    }

    /// <summary>The 2023 plan's items (not groups) as the public plan shows them.</summary>
    private async Task<int> PlanItemsAsync()
    {
        var plan = await system.Gateway.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicPlans}/2023", _ct);
        return plan.GetProperty("sections").EnumerateArray()
            .Sum(s => s.GetProperty("items").EnumerateArray().Count(i => !i.GetProperty("isGroup").GetBoolean()));
    }
}
