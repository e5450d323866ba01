using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Plans.Data;
using VanPhong.Plans.SeedTasks;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Plans.LinkedGroups;

/// <summary>Proposals of linked procedure groups (plan V.2): staff read, the office proposes, corrects and records the answer.</summary>
public static class LinkedGroupsApi
{
    private const string What = "đề xuất nhóm TTHC liên thông";

    public sealed record ProposalRequest(string? GroupName, List<string?>? ProcedureCodes, List<string?>? Agencies, string? ProposedOn, string? ProposalDocument, string? PlanItemCode);

    public sealed record DecisionRequest(bool? Accepted, string? DecisionNumber, string? DecidedOn, string? Note);

    public sealed record ProposalView(
        Guid Id, string GroupName, IReadOnlyList<string> ProcedureCodes, IReadOnlyList<string> Agencies, DateOnly ProposedOn, string? ProposalDocument,
        string Status, string? DecisionNumber, DateOnly? DecidedOn, string? DecisionNote, Guid? PlanItemId, string? PlanItemCode, int Version);

    private static readonly RecordEndpoints<LinkedGroupProposal, LinkedGroupFields, LinkedGroupProposalRecorded, ProposalRequest, ProposalView> Records = new(
        "linked-groups", new("ListLinkedGroupProposals", "GetLinkedGroupProposal", "ProposeLinkedGroup", "UpdateLinkedGroupProposal"),
        what: What, invalidTitle: "Đề xuất nhóm TTHC liên thông chưa hợp lệ",
        set: db => db.LinkedGroups, on: p => p.ProposedOn, validate: ValidateAsync, view: (p, _) => View(p))
    {
        Locked = p => p.IsDecided ? "Đề xuất đã có ý kiến của tỉnh: không sửa được nữa." : null,
    };

    public static RouteGroupBuilder MapLinkedGroups(this RouteGroupBuilder plans)
    {
        Records.MapLockable(plans);
        plans.MapPost("/linked-groups/{id:guid}/decision", DecideAsync).WithName("DecideLinkedGroupProposal").RequireAuthorization(StaffPolicies.Office);
        return plans;
    }

    private static async Task<Results<Ok<ProposalView>, NotFoundProblem, ConflictProblem, ValidationProblem>> DecideAsync(Guid id, DecisionRequest request, HttpContext http, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var record = await db.LinkedGroups.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (record is null)
        {
            return RecordResults.NotFound(What);
        }

        StaleWrite.ThrowIfStale(http, record.Version);
        if (record.IsDecided)
        {
            return RecordResults.Conflict("Đề xuất đã có ý kiến của tỉnh.");
        }

        var rules = new RecordRules();
        if (request.Accepted is null)
        {
            rules.Add("accepted", "Vui lòng cho biết đề xuất được chấp thuận hay không.");
        }

        var number = request.Accepted == true
            ? rules.Required("decisionNumber", request.DecisionNumber, "số quyết định công bố nhóm TTHC liên thông", 100)
            : rules.Optional("decisionNumber", request.DecisionNumber, "số văn bản trả lời", 100);
        var on = rules.Date("decidedOn", request.DecidedOn, "ngày quyết định", VietnamTime.Today(clock));
        if (on != default && on < record.ProposedOn)
        {
            rules.Add("decidedOn", $"Ngày quyết định ({on:dd/MM/yyyy}) không được trước ngày đề xuất ({record.ProposedOn:dd/MM/yyyy}).");
        }

        var note = request.Accepted == false
            ? rules.Required("note", request.Note, "lý do không được chấp thuận", RecordRules.LongText)
            : rules.Optional("note", request.Note, "ghi chú", RecordRules.LongText);
        if (rules.Failed)
        {
            return RecordResults.Invalid(rules, "Ý kiến về đề xuất chưa hợp lệ");
        }

        db.AddEvent(record.Decide(request.Accepted == true, number, on, note), clock);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(View(record));
    }

    private static async Task<(LinkedGroupFields, PlanLink)> ValidateAsync(RecordRules rules, ProposalRequest request, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var name = rules.Required("groupName", request.GroupName, "tên nhóm TTHC liên thông");
        var codes = rules.ProcedureCodes("procedureCodes", request.ProcedureCodes, required: true);
        if (codes.Count == 1)
        {
            rules.Add("procedureCodes", "Nhóm TTHC liên thông gồm ít nhất hai thủ tục.");
        }

        var agencies = rules.Names("agencies", request.Agencies, "cơ quan tham gia liên thông", required: true);
        var on = rules.Date("proposedOn", request.ProposedOn, "ngày đề xuất", VietnamTime.Today(clock));
        var document = rules.Optional("proposalDocument", request.ProposalDocument, "số văn bản đề xuất", 100);
        var link = await rules.PlanItemAsync(db, request.PlanItemCode, on.Year == 1 ? 0 : on.Year, ct);
        return (new LinkedGroupFields(name, codes, agencies, on, document), link);
    }

    private static ProposalView View(LinkedGroupProposal p) => new(
        p.Id, p.GroupName, p.ProcedureCodes, p.Agencies, p.ProposedOn, p.ProposalDocument, p.Status.ToString(), p.DecisionNumber, p.DecidedOn, p.DecisionNote,
        p.PlanItemId, p.PlanItemCode, p.Version);
}
