using Microsoft.EntityFrameworkCore;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.Procedures;

/// <summary>A version in force on a date, with its procedure's code.</summary>
public sealed class InForceRow
{
    public string Code { get; init; } = "";

    public bool IsSample { get; init; }

    public ProcedureVersion Version { get; init; } = null!;
}

public static class CatalogQueries
{
    /// <summary>
    /// The procedures in force on <paramref name="on"/>: the version that took effect on or before that day and was
    /// not yet replaced, unless it is the closing version of an abolition. A decision applied today with a later
    /// effective date changes nothing until that date.
    /// </summary>
    public static IQueryable<InForceRow> InForce(this CatalogDb db, DateOnly on) =>
        db.Versions.AsNoTracking()
            .Where(v => v.Change != ChangeKind.Abolished && v.EffectiveFrom <= on && (v.EffectiveTo == null || v.EffectiveTo > on))
            .Join(db.Procedures.AsNoTracking(), v => v.ProcedureId, p => p.Id, (v, p) => new InForceRow { Code = p.Code, IsSample = p.IsSample, Version = v });
}
