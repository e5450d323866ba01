using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Reporting.Data;
using static VanPhong.IntegrationTests.Catalog.CatalogFixtures;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Catalog;

/// <summary>Review and simplification (plan section V): the record, its cost figures, and the proposal reaching the PAKN and reports.</summary>
public sealed class ReviewTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task A_proposal_carries_the_Dong_Nai_cost_figures_to_reporting_and_marks_the_PAKN_that_prompted_it()
    {
        var prompting = await FeedbackFlow.SubmitAsync(P);
        var code = await ProcedureAsync(P);
        var unit = await P.ClientForAsync(TestUsers.StaffQldt);
        var created = await unit.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/reviews", ReviewRequest(feedbackCodes: [prompting.Code.ToLowerInvariant()]), _ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var review = await created.Content.ReadFromJsonAsync<JsonElement>(_ct);
        var cost = review.GetProperty("cost").GetProperty("comparison");
        Assert.Equal(32_000_000, cost.GetProperty("before").GetProperty("perYear").GetInt64());
        Assert.Equal(28_800_000, cost.GetProperty("after").GetProperty("perYear").GetInt64());
        Assert.Equal(3_200_000, cost.GetProperty("savingPerYear").GetInt64());
        Assert.Equal(10, cost.GetProperty("savingRate").GetDouble());
        Assert.Equal([prompting.Code], review.GetProperty("feedbackCodes").EnumerateArray().Select(c => c.GetString()));
        var id = review.GetProperty("id").GetGuid();

        var leader = await P.ClientForAsync(TestUsers.Leader);
        var proposed = await leader.PostAsync($"{RoutePrefixes.Procedures}/reviews/{id}/propose", null, _ct);
        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await unit.PutAsJsonAsync($"{RoutePrefixes.Procedures}/reviews/{id}", ReviewRequest(), _ct)).StatusCode);

        var office = await P.ClientForAsync(TestUsers.Office);
        var feedback = await Eventually.HoldsAsync(
            () => office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Feedback}/{prompting.Id}", _ct),
            f => f.GetProperty("simplificationProposalId").ValueKind == JsonValueKind.String,
            what: "the PAKN is marked with the proposal");
        Assert.Equal(id, feedback.GetProperty("simplificationProposalId").GetGuid());

        var fact = await Eventually.HoldsAsync(
            async () =>
            {
                await using var scope = P.Reporting.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<ReportingDb>().Simplifications.AsNoTracking().SingleOrDefaultAsync(s => s.ProposalId == id, _ct);
            },
            f => f is not null,
            what: "reporting has the proposal");
        Assert.Equal(3_200_000, fact!.SavingPerYear);
        Assert.Equal(code, fact.ProcedureCode);

        var summary = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/catalog/summary?year=2026", _ct);
        Assert.True(summary.GetProperty("simplificationProposals").GetInt32() >= 1);
        Assert.True(summary.GetProperty("savingPerYear").GetInt64() >= 3_200_000);
    }

    [Fact]
    public async Task Incomplete_reviews_are_refused_field_by_field()
    {
        var code = await ProcedureAsync(P);
        var unit = await P.ClientForAsync(TestUsers.StaffQldt);

        var bad = await unit.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/reviews", new
        {
            year = 2026,
            necessity = new { met = false },
            legality = new { met = true },
            before = new { processingWorkingDays = -2, dossiersPerYear = 10 },
        }, _ct);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors");
        Assert.Contains("nêu rõ lý do", errors.GetProperty("necessity")[0].GetString());
        Assert.Contains("tính hợp lý", errors.GetProperty("reasonableness")[0].GetString());
        Assert.True(errors.TryGetProperty("before", out _));
        Assert.True(errors.TryGetProperty("after", out _));
        Assert.Empty(await unit.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Procedures}/reviews?code={code}", _ct) ?? []);

        var withoutProposal = await unit.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/reviews", ReviewRequest(withProposal: false), _ct);
        Assert.Equal(HttpStatusCode.Created, withoutProposal.StatusCode);
        var id = (await withoutProposal.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();
        var office = await P.ClientForAsync(TestUsers.Office);
        var cannotPropose = await office.PostAsync($"{RoutePrefixes.Procedures}/reviews/{id}/propose", null, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, cannotPropose.StatusCode);
        Assert.Contains("nội dung và lý do", await cannotPropose.Content.ReadAsStringAsync(_ct));

        var unknown = await unit.PostAsJsonAsync($"{RoutePrefixes.Procedures}/1.999999/reviews", ReviewRequest(), _ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_calculator_prices_an_abolition_at_all_of_its_cost()
    {
        var staff = await P.ClientForAsync(TestUsers.OneStop);

        var response = await staff.PostAsJsonAsync($"{RoutePrefixes.Procedures}/compliance-cost", new
        {
            before = new { processingWorkingDays = 5, preparationHours = 2, otherHours = 0, feesPerDossier = 100_000, otherCostsPerDossier = 0, dossiersPerYear = 20 },
        }, _ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        var comparison = body.GetProperty("comparison");
        Assert.Equal((42 * 40_000 + 100_000) * 20, comparison.GetProperty("before").GetProperty("perYear").GetInt64());
        Assert.Equal(100, comparison.GetProperty("savingRate").GetDouble());
        Assert.Equal(40_000, body.GetProperty("hourlyIncome").GetInt64());
    }
}
