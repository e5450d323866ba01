using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Plans;

/// <summary>Reads of the plan API the plan tests share.</summary>
public static class PlanClient
{
    public sealed record PlanRow(Guid Id, int Year, string Status, int Items);

    public sealed record Item(Guid Id, string Code, bool IsGroup, string Content, string? Timeframe, JsonElement Interpreted, string? LeadUnitsText, List<Unit> LeadUnits, string Status, int Percent, DateOnly? DueOn, string? ReviewNote, List<JsonElement> Targets);

    public sealed record Unit(string Ref, string Name);

    public static async Task<Guid> SeededPlanAsync(Platform platform)
    {
        var office = await platform.ClientForAsync(TestUsers.Office);
        var plans = await office.GetFromJsonAsync<List<PlanRow>>(RoutePrefixes.Plans, TestContext.Current.CancellationToken);
        return plans!.Single(p => p.Year == 2023).Id;
    }

    public static async Task<Item> ItemAsync(Platform platform, Guid planId, string code)
    {
        var office = await platform.ClientForAsync(TestUsers.Office);
        var items = await office.GetFromJsonAsync<List<Item>>($"{RoutePrefixes.Plans}/{planId}/items", TestContext.Current.CancellationToken);
        return items!.Single(i => i.Code == code);
    }
}
