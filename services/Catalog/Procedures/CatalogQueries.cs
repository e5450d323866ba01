using Microsoft.EntityFrameworkCore;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.Procedures;

public static class CatalogQueries
{
    /// <summary>
    /// The procedures in force on <paramref name="on"/>: the version that took effect on or before that day and was
    /// not yet replaced, unless it is the closing version of an abolition. A decision applied today with a later
    /// effective date changes nothing until that date.
    /// </summary>
    public static IQueryable<ProcedureVersion> InForce(this CatalogDb db, DateOnly on) =>
        db.Versions.AsNoTracking()
            .Where(v => v.Change != ChangeKind.Abolished && v.EffectiveFrom <= on && (v.EffectiveTo == null || v.EffectiveTo > on));

    /// <summary>The contents of the given versions, by version id (one query).</summary>
    public static async Task<Dictionary<Guid, ProcedureContent>> ContentsAsync(this CatalogDb db, IReadOnlyCollection<Guid> versionIds, CancellationToken cancellationToken = default) =>
        (await db.Set<ProcedureVersionContent>().AsNoTracking().Where(c => versionIds.Contains(c.VersionId)).ToListAsync(cancellationToken))
            .ToDictionary(c => c.VersionId, c => c.Content);
}
