using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Reporting.Data;
using VanPhong.Security;

namespace VanPhong.Reporting.Catalog;

/// <summary>
/// The catalog figures a report needs: procedures in force by sector and by the published lists, internal
/// procedures approved and put into the electronic process ("100% TTHC có quy trình nội bộ"), and the year's
/// simplification proposals with the compliance cost they save.
/// </summary>
public static class CatalogSummary
{
    public sealed record SectorFigures(string Sector, int Procedures);

    public sealed record Summary(
        int InForce, int Abolished, int OnlineFull, int OnlinePartial, int Postal, int OnlinePayment, int OneStop,
        int InternalProceduresApproved, double InternalProceduresApprovedPercent, int ElectronicProcessesUpdated, int InternalProceduresLate,
        int? Year, int SimplificationProposals, long SavingPerYear, IReadOnlyList<SectorFigures> Sectors, bool ContainsSampleData);

    public static RouteGroupBuilder MapCatalogSummary(this RouteGroupBuilder group)
    {
        group.MapGet("/catalog/summary", HandleAsync)
            .WithName("CatalogSummary")
            .WithSummary("Số liệu danh mục TTHC, quy trình nội bộ và đơn giản hóa")
            .RequireAuthorization(StaffPolicies.Reports);
        return group;
    }

    private static async Task<Ok<Summary>> HandleAsync(int? year, ReportingDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = VanPhong.Calendar.VietnamTime.Today(clock);
        var all = await db.Procedures.AsNoTracking().Where(p => p.PublishedOn != null).ToListAsync(cancellationToken);
        var inForce = all.Where(p => !p.Abolished).ToList();
        var proposals = await db.Simplifications.AsNoTracking().Where(s => year == null || s.Year == year).ToListAsync(cancellationToken);
        var approved = inForce.Count(p => p.InternalApprovedOn is not null);
        return TypedResults.Ok(new Summary(
            inForce.Count,
            all.Count - inForce.Count,
            inForce.Count(p => p.OnlineLevel == "Full"),
            inForce.Count(p => p.OnlineLevel == "Partial"),
            inForce.Count(p => p.PostalService),
            inForce.Count(p => p.OnlinePayment),
            inForce.Count(p => p.OneStop),
            approved,
            inForce.Count == 0 ? 0 : Math.Round(100.0 * approved / inForce.Count, 1),
            inForce.Count(p => p.ElectronicUpdatedOn is not null),
            inForce.Count(p => p.InternalSubmitDueOn is { } due && (p.InternalSubmittedOn ?? today) > due),
            year,
            proposals.Count,
            proposals.Sum(p => p.SavingPerYear),
            inForce.GroupBy(p => p.Sector).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new SectorFigures(g.Key, g.Count())).ToList(),
            inForce.Any(p => p.IsSample)));
    }
}
