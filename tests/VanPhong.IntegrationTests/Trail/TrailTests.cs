using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.Catalog.Model;
using VanPhong.Contracts;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Trail;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Periods;
using VanPhong.Reporting.Reports;
using static VanPhong.IntegrationTests.Catalog.CatalogFixtures;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Trail;

/// <summary>
/// The trail from a PAKN to the procedure it changed (plan section V; Decree 20/2008 Art. 21): PAKN → simplification
/// proposal → plan item → publication decision → procedure version, both ways, on the published answer, the procedure's
/// history, the staff's case page and the report.
/// </summary>
public sealed class TrailTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task A_published_answer_shows_the_decision_and_version_that_carried_out_the_proposal_it_prompted()
    {
        var pakn = await FeedbackFlow.InStatusAsync(P, "Published");
        var (code, proposal) = await ProposedAsync([pakn.Code]);

        var decision = await PublishAsync(P, Today(), new DecisionItem(ChangeKind.Amended, code, Content($"Thủ tục thử {code} (rút gọn)", days: 9), [proposal]));

        // Catalog: the review knows the decision and the version; the history shows the proposal on version 2.
        var office = await P.ClientForAsync(TestUsers.Office);
        var review = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Procedures}/reviews/{proposal}", _ct);
        var carriedOut = review.GetProperty("carriedOutBy");
        Assert.Equal(decision, carriedOut.GetProperty("decisionId").GetGuid());
        Assert.Equal(2, carriedOut.GetProperty("version").GetInt32());
        var history = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicProcedures}/{code}/history", _ct);
        var versions = history.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([1, 2], versions.Select(v => v.GetProperty("number").GetInt32()));
        Assert.Empty(versions[0].GetProperty("carriedOut").EnumerateArray());
        var onVersion = Assert.Single(versions[1].GetProperty("carriedOut").EnumerateArray());
        Assert.Equal(proposal, onVersion.GetProperty("proposalId").GetGuid());
        Assert.Equal("V.1.1", onVersion.GetProperty("planItemCode").GetString());
        Assert.Equal(1, onVersion.GetProperty("feedbackCount").GetInt32());
        Assert.DoesNotContain(pakn.Code, history.GetRawText()); // codes of PAKN are not public; their published answers are

        // Feedback: the published answer, found from the procedure's history by the proposal, says what changed.
        var answers = await Eventually.HoldsAsync(
            () => P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicFeedback}/answers?proposal={proposal}", _ct),
            a => a.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("changes").ValueKind == JsonValueKind.Object
                && i.GetProperty("changes").GetProperty("decision").ValueKind == JsonValueKind.Object),
            what: "the published answer shows the decision");
        var answer = Assert.Single(answers.GetProperty("items").EnumerateArray());
        Assert.Equal(pakn.Code, answer.GetProperty("trackingCode").GetString());
        var changes = answer.GetProperty("changes");
        Assert.Equal(code, changes.GetProperty("procedureCode").GetString());
        Assert.Equal("V.1.1", changes.GetProperty("planItemCode").GetString());
        Assert.Equal(2, changes.GetProperty("decision").GetProperty("version").GetInt32());
        Assert.Equal("Amended", changes.GetProperty("decision").GetProperty("change").GetString());
        Assert.Contains("đã được sửa đổi theo Quyết định", changes.GetProperty("summary").GetString());

        // The staff's case page shows the same trail, to those who see the case.
        var trail = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Feedback}/{pakn.Id}/trail", _ct);
        Assert.Equal(proposal, trail.GetProperty("simplificationProposalId").GetGuid());
        Assert.Equal(2, trail.GetProperty("changes").GetProperty("decision").GetProperty("version").GetInt32());
        var otherUnit = await P.ClientForAsync(TestUsers.StaffQhxd);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.GetAsync($"{RoutePrefixes.Feedback}/{pakn.Id}/trail", _ct)).StatusCode);

        // Reporting: the proposal's row knows the decision, and the report's review section lists the trail.
        await Eventually.HoldsAsync(
            async () =>
            {
                await using var scope = P.Reporting.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<ReportingDb>().Simplifications.AsNoTracking().SingleOrDefaultAsync(s => s.ProposalId == proposal, _ct);
            },
            f => f is { ProcedureVersion: 2 },
            what: "reporting knows the decision that carried out the proposal");
        await using (var scope = P.Reporting.Services.CreateAsyncScope())
        {
            var periods = scope.ServiceProvider.GetRequiredService<ReportPeriods>();
            var content = await scope.ServiceProvider.GetRequiredService<PeriodicReportBuilder>().BuildAsync(periods.Custom(Today().AddDays(-1), Today().AddDays(1)), _ct);
            var row = Assert.Single(content.Reviews.Trail!, t => t.ProcedureCode == code);
            Assert.Equal([pakn.Code], row.FeedbackCodes);
            Assert.Equal("V.1.1", row.PlanItemCode);
            Assert.Equal(2, row.ProcedureVersion);
            Assert.NotNull(row.DecisionNumber);
            Assert.True(content.Reviews.CarriedOut >= 1);
        }
    }

    [Fact]
    public async Task A_decision_cannot_carry_out_a_proposal_of_another_procedure_one_not_yet_proposed_or_one_already_carried_out()
    {
        var (code, proposal) = await ProposedAsync([]);
        var other = await ProcedureAsync(P);
        var office = await P.ClientForAsync(TestUsers.Office);

        async Task<string> RefusedAsync(DecisionItem item)
        {
            var response = await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/decisions", Decision(Today(), item), _ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors").GetProperty("items[0].proposalIds")[0].GetString()!;
        }

        Assert.Contains($"là của thủ tục {code}", await RefusedAsync(new DecisionItem(ChangeKind.Amended, other, Content("Khác"), [proposal])));
        Assert.Contains("ban hành mới", await RefusedAsync(new DecisionItem(ChangeKind.New, NewCode(), Content("Mới"), [proposal])));
        Assert.Contains("Không có phương án", await RefusedAsync(new DecisionItem(ChangeKind.Amended, code, Content("Sửa"), [Guid.NewGuid()])));

        var unit = await P.ClientForAsync(TestUsers.StaffQldt);
        var draft = await Ok(await unit.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{other}/reviews", ReviewRequest(), _ct));
        Assert.Contains("chưa được đề xuất", await RefusedAsync(new DecisionItem(ChangeKind.Amended, other, Content("Sửa"), [draft.GetProperty("id").GetGuid()])));

        await PublishAsync(P, Today(), new DecisionItem(ChangeKind.Amended, code, Content("Lần một"), [proposal]));
        Assert.Contains("đã được thực hiện bởi Quyết định", await RefusedAsync(new DecisionItem(ChangeKind.Amended, code, Content("Lần hai"), [proposal])));
    }

    [Fact]
    public async Task The_trail_is_the_same_whichever_of_the_proposal_and_the_decision_arrives_first()
    {
        // Separate queues give no order between event types: the decision may be consumed before the proposal.
        var proposal = Guid.NewGuid();
        var code = NewCode();
        var decided = new ProcedurePublished(Guid.NewGuid(), code, "Thủ tục thử", "Đầu tư tại Việt Nam", "Amended", "9/QĐ-UBND", Today(), Today(), true, "Partial",
            Version: 3, ProposalIds: [proposal]);
        var proposed = new SimplificationProposed(proposal, code, 2026, 100, 60, 40, 40, null, [], DateTimeOffset.UtcNow, "V.1.2");

        FeedbackTrail decisionFirst, proposalFirst;
        await using (var scope = P.Feedback.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FeedbackDb>();
            await ProposalTrails.RecordDecisionAsync(db, decided, _ct);
            await db.SaveChangesAsync(_ct);
            await ProposalTrails.RecordProposalAsync(db, proposed, _ct);
            await db.SaveChangesAsync(_ct);
            decisionFirst = (await ProposalTrails.ForAsync(db, [proposal], _ct))[proposal];
        }

        var second = Guid.NewGuid();
        await using (var scope = P.Feedback.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FeedbackDb>();
            await ProposalTrails.RecordProposalAsync(db, proposed with { ProposalId = second }, _ct);
            await db.SaveChangesAsync(_ct);
            await ProposalTrails.RecordDecisionAsync(db, decided with { ProposalIds = [second] }, _ct);
            await db.SaveChangesAsync(_ct);
            proposalFirst = (await ProposalTrails.ForAsync(db, [second], _ct))[second];
        }

        Assert.Equal(decisionFirst with { ProposalId = second }, proposalFirst);
        Assert.Equal("V.1.2", decisionFirst.PlanItemCode);
        Assert.Equal(3, decisionFirst.Decision!.Version);
    }

    /// <summary>A fresh procedure with a proposed simplification naming the given PAKN; returns the code and the proposal.</summary>
    private async Task<(string Code, Guid Proposal)> ProposedAsync(string[] feedbackCodes)
    {
        var code = await ProcedureAsync(P);
        var unit = await P.ClientForAsync(TestUsers.StaffQldt);
        var review = await Ok(await unit.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/reviews", ReviewRequest(feedbackCodes: feedbackCodes), _ct));
        var id = review.GetProperty("id").GetGuid();
        var leader = await P.ClientForAsync(TestUsers.Leader);
        await Ok(await leader.PostAsync($"{RoutePrefixes.Procedures}/reviews/{id}/propose", null, _ct));
        return (code, id);
    }
}
