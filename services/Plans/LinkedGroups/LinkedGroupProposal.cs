using VanPhong.Contracts;
using VanPhong.Plans.SeedTasks;

namespace VanPhong.Plans.LinkedGroups;

public enum LinkedGroupStatus
{
    /// <summary>Đã đề xuất: sent to the province, no answer yet.</summary>
    Proposed,

    /// <summary>Được chấp thuận: published by a decision of the province.</summary>
    Accepted,

    /// <summary>Không được chấp thuận.</summary>
    Rejected,
}

public sealed record LinkedGroupFields(string GroupName, List<string> ProcedureCodes, List<string> Agencies, DateOnly ProposedOn, string? ProposalDocument);

/// <summary>
/// A proposal of a group of linked procedures (nhóm TTHC liên thông, plan V.2): the group, its procedures, the agencies
/// it links, the proposal and its document; then the province's answer, once — accepted with the decision that
/// published the group, or rejected with its reason. A decided proposal is no longer edited.
/// </summary>
public sealed class LinkedGroupProposal : PlanTaskRecord<LinkedGroupProposal, LinkedGroupFields, LinkedGroupProposalRecorded>
{
    public string GroupName { get; private set; } = "";

    public List<string> ProcedureCodes { get; private set; } = [];

    /// <summary>Cơ quan, đơn vị tham gia liên thông.</summary>
    public List<string> Agencies { get; private set; } = [];

    public DateOnly ProposedOn { get; private set; }

    /// <summary>Số văn bản đề xuất.</summary>
    public string? ProposalDocument { get; private set; }

    public LinkedGroupStatus Status { get; private set; } = LinkedGroupStatus.Proposed;

    /// <summary>The decision that published the group (accepted), or the answer that refused it (rejected).</summary>
    public string? DecisionNumber { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecisionNote { get; private set; }

    public bool IsDecided => Status != LinkedGroupStatus.Proposed;

    /// <summary>A correction of the proposal while it waits for the province's answer.</summary>
    public override LinkedGroupProposalRecorded Change(LinkedGroupFields fields, PlanLink link)
    {
        if (IsDecided)
        {
            throw new InvalidOperationException("A decided proposal is not edited.");
        }

        return base.Change(fields, link);
    }

    /// <summary>The province's answer: Proposed → Accepted or Rejected, once.</summary>
    public LinkedGroupProposalRecorded Decide(bool accepted, string? decisionNumber, DateOnly decidedOn, string? note)
    {
        if (IsDecided)
        {
            throw new InvalidOperationException("The proposal is already decided.");
        }

        Status = accepted ? LinkedGroupStatus.Accepted : LinkedGroupStatus.Rejected;
        (DecisionNumber, DecidedOn, DecisionNote) = (decisionNumber, decidedOn, note);
        NextVersion();
        return Recorded();
    }

    protected override void Take(LinkedGroupFields f) =>
        (GroupName, ProcedureCodes, Agencies, ProposedOn, ProposalDocument) = (f.GroupName, f.ProcedureCodes, f.Agencies, f.ProposedOn, f.ProposalDocument);

    protected override LinkedGroupProposalRecorded Recorded() =>
        new(Id, GroupName, ProcedureCodes, Agencies, ProposedOn, Status.ToString(), DecisionNumber, DecidedOn, PlanItemCode, Version);
}
