using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.Topology;

namespace VanPhong.EndToEndTests;

/// <summary>The sample catalog the real app host seeds: searchable through the gateway, and announced to reporting over RabbitMQ.</summary>
public sealed class CatalogEndToEndTests(SystemUnderTest system)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_seeded_catalog_is_searchable_and_reporting_counts_it()
    {
        var page = await system.Gateway.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicProcedures}?q=giay%20phep%20lao%20dong", _ct);
        Assert.Contains(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("code").GetString() == "1.014199");

        var reports = await system.IntegrationClientAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement summary;
        int inForce;
        do
        {
            // The system is shared: the staff-pages test publishes a procedure of its own at any moment, so reporting is
            // compared with what the catalog serves now, not with the seed's 21 alone.
            var all = await system.Gateway.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicProcedures}?pageSize=1", _ct);
            inForce = all.GetProperty("total").GetInt32();
            summary = await reports.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/catalog/summary", _ct);
            if (summary.GetProperty("inForce").GetInt32() == inForce && summary.GetProperty("internalProceduresApproved").GetInt32() >= 14)
            {
                break;
            }

            await Task.Delay(250, _ct);
        }
        while (DateTime.UtcNow < deadline);

        Assert.True(inForce >= 21, $"the seeded catalog has 21 procedures in force, the catalog serves {inForce}");
        Assert.Equal(inForce, summary.GetProperty("inForce").GetInt32());
        Assert.Equal(14, summary.GetProperty("internalProceduresApproved").GetInt32());
        Assert.True(summary.GetProperty("containsSampleData").GetBoolean());
    }
}
