using VanPhong.Plans.ImpactAssessments;
using VanPhong.Plans.LinkedGroups;
using VanPhong.Plans.OneStopDesk;
using VanPhong.Plans.SeedTasks;

namespace VanPhong.UnitTests.Plans;

/// <summary>The records behind the plan's tasks change only through their own steps, each returning its event with the new version.</summary>
public sealed class SeedTaskRecordModelTests
{
    private static readonly PlanLink ItemI1 = new(Guid.CreateVersion7(), "I.1");

    [Fact]
    public void A_correction_is_the_next_version_and_its_event_says_so()
    {
        var fields = new ImpactAssessmentFields("Dự thảo Quyết định", null, ["1.009645"], true, "15/TTr-SNV", new DateOnly(2026, 4, 1), null);
        var (record, created) = ImpactAssessment.Create(fields, ItemI1);
        Assert.Equal((1, 1, "I.1"), (record.Version, created.Version, created.PlanItemCode));

        var changed = record.Change(fields with { ProcedureCodes = ["1.009645", "1.009646"], Result = "Thống nhất" }, PlanLink.None);

        Assert.Equal((2, 2), (record.Version, changed.Version));
        Assert.Equal(["1.009645", "1.009646"], changed.ProcedureCodes);
        Assert.Equal("Thống nhất", changed.Result);
        Assert.Null(changed.PlanItemCode);
        Assert.Null(record.PlanItemId);
    }

    [Fact]
    public void A_linked_group_proposal_is_decided_once_and_then_no_longer_changed()
    {
        var fields = new LinkedGroupFields("Nhóm đầu tư", ["1.009645", "2.000123"], ["Ban quản lý", "Sở Tài chính"], new DateOnly(2026, 4, 5), "125/KKT-VP");
        var (proposal, proposed) = LinkedGroupProposal.Create(fields, PlanLink.None);
        Assert.Equal("Proposed", proposed.Status);

        var accepted = proposal.Decide(accepted: true, "1610/QĐ-UBND", new DateOnly(2026, 5, 20), null);

        Assert.Equal(("Accepted", "1610/QĐ-UBND", 2), (accepted.Status, accepted.DecisionNumber, accepted.Version));
        Assert.Throws<InvalidOperationException>(() => proposal.Decide(accepted: false, null, new DateOnly(2026, 5, 21), "Đổi ý"));
        Assert.Throws<InvalidOperationException>(() => proposal.Change(fields, PlanLink.None));
        Assert.Equal(LinkedGroupStatus.Accepted, proposal.Status);
    }

    [Theory]
    [InlineData("2026-06-13", false)]
    [InlineData("2026-06-14", true)]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-07-01", false)]
    public void A_desk_assignment_is_current_from_its_first_to_its_last_day(string day, bool current)
    {
        var (assignment, recorded) = DeskAssignment.Create(
            new DeskAssignmentFields("Trần Thị Hai", "Chuyên viên", ["Đầu tư"], "0258 3845 123", new DateOnly(2026, 6, 14), new DateOnly(2026, 6, 30)), PlanLink.None);

        Assert.Equal(current, assignment.IsCurrentOn(DateOnly.Parse(day)));
        Assert.Equal(["Đầu tư"], recorded.Sectors);
    }
}
