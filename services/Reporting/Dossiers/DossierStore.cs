using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using VanPhong.Reporting.Data;

namespace VanPhong.Reporting.Dossiers;

/// <summary>
/// Where checked rows are written: all of them in one transaction or none; the same figures imported again change nothing
/// (while the earlier import's rows still hold them), and new figures for a (period, procedure) replace the old ones.
/// </summary>
internal sealed class DossierStore(ReportingDb db, TimeProvider clock)
{
    public async Task<ImportResult> SaveAsync(DateOnly from, DateOnly to, string source, string? fileName, IReadOnlyList<(int Line, DossierRow Row)> rows, string importedBy, CancellationToken ct)
    {
        var hash = Hash(from, to, rows.Select(r => r.Row));
        var earlier = await db.DossierImports.AsNoTracking().Where(i => i.ContentHash == hash).OrderByDescending(i => i.ImportedAt).FirstOrDefaultAsync(ct);
        if (earlier is not null && await StillCurrentAsync(earlier, ct))
        {
            return new ImportResult(earlier.Id, earlier.PeriodFrom, earlier.PeriodTo, earlier.Source, earlier.Rows, 0, 0, Unchanged: true);
        }

        var import = new DossierImport
        {
            PeriodFrom = from, PeriodTo = to, Source = source, FileName = fileName, ContentHash = hash, Rows = rows.Count,
            ImportedAt = clock.GetUtcNow().UtcDateTime, ImportedBy = importedBy,
        };
        var codes = rows.Select(r => r.Row.ProcedureCode!).ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        var added = 0;
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            added = 0;
            import.Replaced = 0;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var existing = await db.DossierStatistics
                .Where(d => d.PeriodFrom == from && d.PeriodTo == to && codes.Contains(d.ProcedureCode))
                .ToDictionaryAsync(d => d.ProcedureCode, StringComparer.OrdinalIgnoreCase, ct);
            foreach (var (_, row) in rows)
            {
                if (!existing.TryGetValue(row.ProcedureCode!, out var statistic))
                {
                    statistic = new DossierStatistic { PeriodFrom = from, PeriodTo = to, ProcedureCode = row.ProcedureCode! };
                    db.DossierStatistics.Add(statistic);
                    added++;
                }
                else
                {
                    import.Replaced++;
                }

                Fill(statistic, row, import.Id);
            }

            db.DossierImports.Add(import);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });
        return new ImportResult(import.Id, import.PeriodFrom, import.PeriodTo, source, rows.Count, added, import.Replaced, Unchanged: false);
    }

    /// <summary>Whether every row an earlier identical import wrote still holds its figures (no later import replaced them).</summary>
    private async Task<bool> StillCurrentAsync(DossierImport earlier, CancellationToken ct) =>
        await db.DossierStatistics.CountAsync(d => d.ImportId == earlier.Id, ct) == earlier.Rows;

    /// <summary>The catalog's procedure codes and their 8-character stems, or null before the catalog has announced any.</summary>
    public async Task<HashSet<string>?> KnownCodesAsync(CancellationToken ct)
    {
        var codes = await db.Procedures.AsNoTracking().Select(p => p.Code).ToListAsync(ct);
        // Until the catalog has announced its procedures there is nothing to check against.
        return codes.Count == 0 ? null : codes.Concat(codes.Where(c => c.Length > 8).Select(c => c[..8])).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static void Fill(DossierStatistic s, DossierRow r, Guid importId)
    {
        s.Sector = r.Sector;
        s.ReceivedOnline = r.ReceivedOnline!.Value;
        s.ReceivedDirect = r.ReceivedDirect!.Value;
        s.ReceivedPostal = r.ReceivedPostal!.Value;
        s.CarriedOver = r.CarriedOver!.Value;
        s.ResolvedEarly = r.ResolvedEarly!.Value;
        s.ResolvedOnTime = r.ResolvedOnTime!.Value;
        s.ResolvedLate = r.ResolvedLate!.Value;
        s.PendingWithinDeadline = r.PendingWithinDeadline!.Value;
        s.PendingOverdue = r.PendingOverdue!.Value;
        s.DigitisedDossiers = r.DigitisedDossiers!.Value;
        s.DigitisedResults = r.DigitisedResults!.Value;
        s.ImportId = importId;
    }

    private static string Hash(DateOnly from, DateOnly to, IEnumerable<DossierRow> rows)
    {
        var canonical = new StringBuilder($"{from:yyyy-MM-dd}|{to:yyyy-MM-dd}");
        foreach (var r in rows.OrderBy(r => r.ProcedureCode, StringComparer.OrdinalIgnoreCase))
        {
            canonical.Append('\n').Append(string.Join('|', r.ProcedureCode?.ToUpperInvariant(), r.Sector, r.ReceivedOnline, r.ReceivedDirect, r.ReceivedPostal, r.CarriedOver,
                r.ResolvedEarly, r.ResolvedOnTime, r.ResolvedLate, r.PendingWithinDeadline, r.PendingOverdue, r.DigitisedDossiers, r.DigitisedResults));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}
