using Microsoft.EntityFrameworkCore;
using VanPhong.Contracts;
using VanPhong.Feedback.Data;
using VanPhong.Persistence;

namespace VanPhong.Feedback.Trail;

/// <summary>
/// What came of a simplification proposal, as the feedback service learns it: the proposal (from
/// <see cref="SimplificationProposed"/>) and the publication decision that carried it out with the procedure version it
/// produced (from <see cref="ProcedurePublished"/>). Either event may come first (separate queues give no order between
/// event types): each fills in its own half of the row.
/// </summary>
public sealed class ProposalTrail
{
    public Guid ProposalId { get; set; }

    public string ProcedureCode { get; set; } = "";

    // The proposal's half (SimplificationProposed).
    public int? Year { get; set; }

    public DateTime? ProposedAt { get; set; }

    public Guid? PlanItemId { get; set; }

    public string? PlanItemCode { get; set; }

    public long? SavingPerYear { get; set; }

    public double? SavingRate { get; set; }

    // The decision's half (ProcedurePublished).
    public string? DecisionNumber { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public int? ProcedureVersion { get; set; }

    /// <summary>Amended or Abolished.</summary>
    public string? Change { get; set; }

    public string? ProcedureName { get; set; }
}

/// <summary>The trail from a PAKN to the procedure it changed, as a citizen and the staff read it.</summary>
/// <param name="Decision">Null while the proposal waits for a publication decision.</param>
public sealed record FeedbackTrail(string ProcedureCode, Guid ProposalId, DateOnly? ProposedOn, int? Year, string? PlanItemCode, long? SavingPerYear, TrailDecision? Decision, string Summary);

public sealed record TrailDecision(string Number, DateOnly? PublishedOn, DateOnly EffectiveOn, int Version, string Change, string? ProcedureName);

public static class ProposalTrails
{
    public static async Task RecordProposalAsync(FeedbackDb db, SimplificationProposed message, CancellationToken cancellationToken)
    {
        var trail = await db.ProposalTrails.FindOrAddAsync(message.ProposalId, () => new ProposalTrail { ProposalId = message.ProposalId, ProcedureCode = message.ProcedureCode }, cancellationToken);
        trail.Year = message.Year;
        trail.ProposedAt = message.ProposedAt.UtcDateTime;
        trail.PlanItemId = message.PlanItemId;
        trail.PlanItemCode = message.PlanItemCode;
        trail.SavingPerYear = message.SavingPerYear;
        trail.SavingRate = message.SavingRate;
    }

    public static async Task RecordDecisionAsync(FeedbackDb db, ProcedurePublished message, CancellationToken cancellationToken)
    {
        foreach (var id in message.ProposalIds ?? [])
        {
            var trail = await db.ProposalTrails.FindOrAddAsync(id, () => new ProposalTrail { ProposalId = id, ProcedureCode = message.Code }, cancellationToken);
            trail.DecisionNumber = message.DecisionNumber;
            trail.PublishedOn = message.PublishedOn;
            trail.EffectiveOn = message.EffectiveOn;
            trail.ProcedureVersion = message.Version;
            trail.Change = message.Change;
            trail.ProcedureName = message.Name;
        }
    }

    /// <summary>The trails of the given proposals, by proposal (one query).</summary>
    public static async Task<Dictionary<Guid, FeedbackTrail>> ForAsync(FeedbackDb db, IEnumerable<Guid?> proposalIds, CancellationToken cancellationToken)
    {
        var ids = proposalIds.OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.ProposalTrails.AsNoTracking().Where(t => ids.Contains(t.ProposalId)).ToListAsync(cancellationToken);
        return rows.ToDictionary(t => t.ProposalId, View);
    }

    public static FeedbackTrail View(ProposalTrail t)
    {
        var proposedOn = t.ProposedAt is { } at ? VanPhong.Calendar.VietnamTime.DateOfUtc(at) : (DateOnly?)null;
        var decision = t.DecisionNumber is null
            ? null
            : new TrailDecision(t.DecisionNumber, t.PublishedOn, t.EffectiveOn!.Value, t.ProcedureVersion ?? 0, t.Change ?? "", t.ProcedureName);
        var summary = decision switch
        {
            null => $"Phản ánh, kiến nghị đã được dùng để đề xuất phương án đơn giản hóa thủ tục {t.ProcedureCode}"
                + (proposedOn is { } p ? $" ngày {p:dd/MM/yyyy}" : "") + (t.PlanItemCode is { } item ? $" (nhiệm vụ {item} của kế hoạch)" : "")
                + "; phương án đang chờ cơ quan có thẩm quyền quyết định.",
            { Change: ProcedureChanges.Abolished } => $"Thủ tục {t.ProcedureCode} đã được bãi bỏ theo Quyết định {decision.Number}, có hiệu lực từ ngày {decision.EffectiveOn:dd/MM/yyyy}"
                + $", thực hiện phương án đơn giản hóa đề xuất từ phản ánh, kiến nghị này.",
            _ => $"Thủ tục {t.ProcedureCode} đã được sửa đổi theo Quyết định {decision.Number} (phiên bản {decision.Version}, có hiệu lực từ ngày {decision.EffectiveOn:dd/MM/yyyy})"
                + $", thực hiện phương án đơn giản hóa đề xuất từ phản ánh, kiến nghị này.",
        };
        return new FeedbackTrail(t.ProcedureCode, t.ProposalId, proposedOn, t.Year, t.PlanItemCode, t.SavingPerYear, decision, summary);
    }
}
