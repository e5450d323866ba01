using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using VanPhong.Calendar;
using VanPhong.Reporting.Data;

namespace VanPhong.Reporting.Dossiers;

/// <summary>What an import of dossiers did: rows read, dossiers added, updated (a later export of the same code) and unchanged.</summary>
public sealed record RecordImportResult(Guid ImportId, string Source, int Rows, int Added, int Updated, int Unchanged)
{
    public bool NothingChanged => Added == 0 && Updated == 0;
}

/// <summary>
/// Imports the one-stop system's per-dossier export: every row checked (by <see cref="DossierExportReader"/>, then
/// against the catalog, the day and the other rows), then all rows written in one transaction or none. The dossier
/// code is the key: a row whose content is the same as what is stored changes nothing, a row that differs (a
/// later export: the result returned, an evaluation) updates the dossier. New dossiers go through one prepared INSERT (see <see cref="InsertAsync"/>), so ten thousand rows take seconds.
/// </summary>
public sealed class DossierRecordImporter(ReportingDb db, TimeProvider clock)
{
    public async Task<(RecordImportResult? Result, List<RowError> Errors)> ImportAsync(
        string source, string? fileName, IReadOnlyList<(int Line, DossierLine Dossier)> rows, List<RowError> errors, string importedBy, CancellationToken ct)
    {
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RowError(0, null, "Tệp không có hồ sơ nào."));
        }

        if (rows.Count > DossierExportReader.MaxRows)
        {
            errors.Add(new RowError(0, null, $"Tối đa {DossierExportReader.MaxRows} hồ sơ mỗi lần nhập."));
        }

        var today = VietnamTime.Today(clock);
        var known = await db.Procedures.AsNoTracking().Select(p => p.Code).ToListAsync(ct);
        var knownCodes = known.Concat(known.Where(c => c.Length > 8).Select(c => c[..8])).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, d) in rows)
        {
            if (!seen.TryAdd(d.Code, line))
            {
                errors.Add(new RowError(line, "Mã hồ sơ", $"Dòng {line}: hồ sơ {d.Code} đã có ở dòng {seen[d.Code]}."));
            }

            // Until the catalog has announced its procedures there is nothing to check against.
            if (known.Count > 0 && !knownCodes.Contains(d.ProcedureCode) && !knownCodes.Contains(d.ProcedureCode.Length > 8 ? d.ProcedureCode[..8] : d.ProcedureCode))
            {
                errors.Add(new RowError(line, "Mã TTHC", $"Dòng {line}: thủ tục {d.ProcedureCode} không có trong danh mục TTHC của Ban quản lý."));
            }

            if (d.ReceivedOn > today || d.ReturnedOn > today)
            {
                errors.Add(new RowError(line, "Ngày tiếp nhận", $"Dòng {line}: ngày tiếp nhận, ngày trả kết quả không được sau hôm nay ({today:dd/MM/yyyy})."));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var import = new DossierImport
        {
            PeriodFrom = rows.Min(r => r.Dossier.ReceivedOn), PeriodTo = rows.Max(r => r.Dossier.ReturnedOn ?? r.Dossier.ReceivedOn),
            Source = source, FileName = fileName, Rows = rows.Count, ImportedAt = clock.GetUtcNow().UtcDateTime, ImportedBy = importedBy, Kind = DossierImportKind.Records,
        };
        var hashes = rows.Select(r => (r.Line, r.Dossier, Hash: Hash(r.Dossier))).ToList();
        import.ContentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', hashes.Select(h => h.Hash).Order(StringComparer.Ordinal)))));
        var (added, updated, unchanged) = (0, 0, 0);
        var backwards = new List<RowError>();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            (added, updated, unchanged) = (0, 0, 0);
            backwards.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var codes = hashes.Select(h => h.Dossier.Code).ToList();
            var existing = new Dictionary<string, DossierRecord>(StringComparer.Ordinal);
            var fresh = new List<DossierRecord>();
            foreach (var chunk in codes.Chunk(2000))
            {
                foreach (var record in await db.DossierRecords.Where(r => chunk.Contains(r.Code)).ToListAsync(ct))
                {
                    existing[record.Code] = record;
                }
            }

            foreach (var (line, dossier, hash) in hashes)
            {
                if (existing.TryGetValue(dossier.Code, out var record))
                {
                    if (record.ContentHash == hash)
                    {
                        unchanged++;
                        continue;
                    }

                    // An older export brought in after a newer one would reopen what was closed: refused, not applied.
                    if (record.Status != DossierStatus.InProgress && dossier.Status == DossierStatus.InProgress
                        || record.ReturnedOn is { } returned && dossier.ReturnedOn is null)
                    {
                        backwards.Add(new RowError(line, "Trạng thái", $"Dòng {line}: hồ sơ {dossier.Code} đã kết thúc"
                            + (record.ReturnedOn is { } on ? $" (trả kết quả ngày {on:dd/MM/yyyy})" : "")
                            + " theo lần nhập trước; tệp này ghi còn đang giải quyết — có thể là bản xuất cũ hơn. Không nhập lại bản cũ sau bản mới."));
                        continue;
                    }

                    updated++;
                }
                else
                {
                    record = new DossierRecord { Code = dossier.Code };
                    fresh.Add(record);
                    added++;
                }

                Fill(record, dossier, hash, import.Id, import.ImportedAt);
            }

            if (backwards.Count > 0)
            {
                return; // nothing written: the transaction is disposed without a commit
            }

            import.Replaced = updated;
            if (added + updated > 0)
            {
                db.DossierImports.Add(import);
                await db.SaveChangesAsync(ct);
                await InsertAsync(fresh, ct);
            }

            await transaction.CommitAsync(ct);
        });
        if (backwards.Count > 0)
        {
            db.ChangeTracker.Clear();
            errors.AddRange(backwards);
            return (null, errors);
        }

        var earlier = added + updated == 0
            ? await db.DossierImports.AsNoTracking().Where(i => i.ContentHash == import.ContentHash).OrderByDescending(i => i.ImportedAt).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct)
            : null;
        return (new RecordImportResult(earlier ?? import.Id, source, rows.Count, added, updated, unchanged), errors);
    }

    /// <summary>
    /// New dossiers through one prepared INSERT run once per dossier on the import's connection and transaction:
    /// EF Core's SaveChanges costs seconds per thousand rows here (one command per row through its pipeline), a
    /// multi-row VALUES list with thousands of named parameters is slower still in SQLite. Columns, names and value
    /// conversions come from the EF model, so the statement holds for SQLite and SQL Server alike.
    /// </summary>
    private async Task InsertAsync(List<DossierRecord> records, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(DossierRecord))!;
        var owned = entity.FindNavigation(nameof(DossierRecord.Evaluation))!.TargetEntityType;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (Property: p, Owned: false))
            .Concat(owned.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => (Property: p, Owned: true)))
            .Select((c, i) => (c.Property, c.Owned, Name: $"p{i}", Mapping: c.Property.GetRelationalTypeMapping(), Getter: c.Property.GetGetter()))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", columns.Select(c => "@" + c.Name))})";
        foreach (var record in records)
        {
            command.Parameters.Clear();
            foreach (var c in columns)
            {
                command.Parameters.Add(c.Mapping.CreateParameter(command, c.Name, c.Getter.GetClrValue(c.Owned ? record.Evaluation : record), c.Property.IsNullable));
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static void Fill(DossierRecord r, DossierLine d, string hash, Guid importId, DateTime at)
    {
        r.ProcedureCode = d.ProcedureCode;
        r.Channel = d.Channel;
        r.ReceivedOn = d.ReceivedOn;
        r.DueOn = d.DueOn;
        r.ReturnedOn = d.ReturnedOn;
        r.Status = d.Status;
        r.LateReason = d.LateReason;
        r.Digitised = d.Digitised;
        r.PaidOnline = d.PaidOnline;
        r.ApologyIssued = d.ApologyIssued;
        r.Unit = d.Unit;
        // Indicator by indicator: what the export carries replaces what was stored, what it leaves empty keeps the
        // points entered at the desk from the paper form (an export of the online indicators 2 and 6 erases nothing).
        if (d.Evaluation.Any)
        {
            var kept = r.Evaluation;
            r.Evaluation = new DossierEvaluation
            {
                Indicator1 = d.Evaluation.Indicator1 ?? kept?.Indicator1, Indicator2 = d.Evaluation.Indicator2 ?? kept?.Indicator2,
                Indicator3 = d.Evaluation.Indicator3 ?? kept?.Indicator3, Indicator4 = d.Evaluation.Indicator4 ?? kept?.Indicator4,
                Indicator6 = d.Evaluation.Indicator6 ?? kept?.Indicator6, Indicator7 = d.Evaluation.Indicator7 ?? kept?.Indicator7,
                Source = kept is { Source: "desk" or "mixed" } ? "mixed" : "import", EvaluatedOn = d.ReturnedOn ?? d.ReceivedOn,
            };
        }

        r.ContentHash = hash;
        r.ImportId = importId;
        r.UpdatedAt = at;
    }

    /// <summary>The content of a row as imported; the evaluation counts only when the row has one (see <see cref="Fill"/>).</summary>
    public static string Hash(DossierLine d)
    {
        var e = d.Evaluation;
        var canonical = string.Join('|', d.Code, d.ProcedureCode, d.Channel, d.ReceivedOn.DayNumber, d.DueOn.DayNumber, d.ReturnedOn?.DayNumber, d.Status, d.LateReason,
            d.Digitised, d.PaidOnline, d.ApologyIssued, d.Unit, e.Any ? $"{e.Indicator1},{e.Indicator2},{e.Indicator3},{e.Indicator4},{e.Indicator6},{e.Indicator7}" : "");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
