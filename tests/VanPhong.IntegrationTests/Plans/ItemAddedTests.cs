using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.IntegrationTests.Security;
using VanPhong.Messaging;
using VanPhong.Plans.Data;
using VanPhong.Reporting.Data;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Plans;

/// <summary>
/// An item added to a plan already issued reaches reporting with its section and units, as the items it was issued with
/// did; one added to a draft waits for the plan's issue, which carries it.
/// </summary>
public sealed class ItemAddedTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task An_item_added_to_an_issued_plan_is_counted_by_reporting_and_one_added_to_a_draft_is_not_announced()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var issued = await PlanFixtures.NewPlanAsync(P, issued: true);
        var year = await P.Plans.QueryAsync<PlansDb, int>(db => db.Plans.Where(p => p.Id == issued).Select(p => p.Year).SingleAsync());
        var added = await AddAsync(office, issued, "I.11", year);

        var fact = await Eventually.HoldsAsync(
            () => P.Reporting.QueryAsync<ReportingDb, PlanItemFact?>(db => db.PlanItems.AsNoTracking().SingleOrDefaultAsync(f => f.ItemId == added)),
            f => f is { Code: "I.11" }, what: "reporting's copy of the added item");
        Assert.Equal((issued, year, "I", "Nhiệm vụ thử", "VP"), (fact!.PlanId, fact.Year, fact.SectionCode, fact.SectionTitle, fact.LeadUnits));
        // The plan's items in reporting are the registry's: the ten it was issued with and the one added.
        Assert.Equal(11, await P.Reporting.QueryAsync<ReportingDb, int>(db => db.PlanItems.CountAsync(f => f.PlanId == issued)));

        var draft = await PlanFixtures.NewPlanAsync(P, issued: false);
        var inDraft = await AddAsync(office, draft, "I.11", await P.Plans.QueryAsync<PlansDb, int>(db => db.Plans.Where(p => p.Id == draft).Select(p => p.Year).SingleAsync()));
        var announced = await P.Plans.QueryAsync<PlansDb, List<string>>(db => db.Set<OutboxMessage>().Where(m => m.Payload.Contains(inDraft.ToString())).Select(m => m.Type).ToListAsync());
        Assert.Empty(announced);
    }

    private async Task<Guid> AddAsync(HttpClient office, Guid planId, string code, int year)
    {
        var response = await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/{planId}/items", new
        {
            sectionCode = "I",
            code,
            content = "Rà soát quy trình nội bộ của thủ tục đầu tư",
            timeframe = $"Quý IV/{year}",
            leadUnits = "Văn phòng",
        }, _ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();
    }
}
