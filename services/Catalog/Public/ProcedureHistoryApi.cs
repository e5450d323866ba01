using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Model;
using VanPhong.Catalog.Procedures;
using VanPhong.ServiceDefaults;

namespace VanPhong.Catalog.Public;

/// <summary>
/// The history of a procedure for citizens: every version the publication decisions made, and for each the
/// simplification proposals it carried out — the trail back to the plan item and the PAKN that prompted them
/// (the published answers of those PAKN are listed by the feedback service, <c>/public/feedback/answers?proposal=…</c>).
/// </summary>
public static class ProcedureHistoryApi
{
    public sealed record ProcedureHistory(string Code, string Name, string Status, IReadOnlyList<HistoryVersion> Versions);

    public sealed record HistoryVersion(int Number, string Change, string ChangeName, string DecisionNumber, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Name,
        IReadOnlyList<CarriedOutProposal> CarriedOut);

    /// <param name="FeedbackCount">How many PAKN the proposal names (their codes are not public: their published answers are).</param>
    public sealed record CarriedOutProposal(Guid ProposalId, int Year, DateOnly? ProposedOn, string? PlanItemCode, int FeedbackCount, long SavingPerYear, double SavingRate);

    public static RouteGroupBuilder MapProcedureHistory(this RouteGroupBuilder group)
    {
        group.MapGet("/{code}/history", HistoryAsync).WithName("ProcedureHistory").WithSummary("Lịch sử công bố của thủ tục và các phương án đơn giản hóa đã thực hiện");
        return group;
    }

    private static async Task<Results<Ok<ProcedureHistory>, NotFoundProblem>> HistoryAsync(string code, CatalogDb db, CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (procedure is null)
        {
            return ProceduresApi.ProcedureNotFound(code);
        }

        var versions = await db.Versions.AsNoTracking().Where(v => v.ProcedureId == procedure.Id).OrderBy(v => v.Number).ToListAsync(cancellationToken);
        var proposals = await db.Reviews.AsNoTracking().Where(r => r.ProcedureCode == code && r.CarriedOutByDecisionId != null).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ProcedureHistory(code, versions.LastOrDefault()?.Name ?? "", procedure.Status.ToString(), versions.Select(v => new HistoryVersion(
            v.Number, v.Change.ToString(), ChangeName(v.Change), v.DecisionNumber, v.EffectiveFrom, v.EffectiveTo, v.Name,
            proposals.Where(r => r.CarriedOutByDecisionId == v.DecisionId && r.CarriedOutVersion == v.Number).OrderBy(r => r.ProposedAt)
                .Select(r => new CarriedOutProposal(r.Id, r.Year, r.ProposedAt is { } at ? VanPhong.Calendar.VietnamTime.DateOfUtc(at) : null,
                    r.PlanItemCode, r.FeedbackCodes.Split(',', StringSplitOptions.RemoveEmptyEntries).Length, r.SavingPerYear, r.SavingRate)).ToList())).ToList()));
    }

    private static string ChangeName(ChangeKind change) => change switch
    {
        ChangeKind.New => "Ban hành mới",
        ChangeKind.Amended => "Sửa đổi, bổ sung",
        _ => "Bãi bỏ",
    };
}
