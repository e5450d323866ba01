using VanPhong.Contracts;

namespace VanPhong.Reporting.Dossiers;

/// <summary>
/// The checks an import must pass before anything is written: the period, the number of rows, and for every row a valid and
/// known procedure code given once, no negative figure, and resolved + pending = received + carried over.
/// </summary>
internal static class DossierRowChecks
{
    /// <summary>Adds every problem to <paramref name="errors"/>; <paramref name="known"/> is null while the catalog has announced no procedure.</summary>
    public static void Check(DateOnly? from, DateOnly? to, IReadOnlyList<(int Line, DossierRow Row)> rows, HashSet<string>? known, List<RowError> errors)
    {
        if (from is null || to is null || to < from || to.Value.DayNumber - from.Value.DayNumber > 366)
        {
            errors.Insert(0, new RowError(0, "from", "Vui lòng nêu kỳ số liệu: từ ngày, đến ngày (không quá một năm)."));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RowError(0, null, "Tệp không có dòng số liệu nào."));
        }

        if (rows.Count > DossierImporter.MaxRows)
        {
            errors.Add(new RowError(0, null, $"Tối đa {DossierImporter.MaxRows} dòng mỗi lần nhập."));
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, row) in rows)
        {
            var code = row.ProcedureCode;
            if (!ProcedureCodes.IsValid(code))
            {
                errors.Add(new RowError(line, "ma_tthc", $"Dòng {line}: mã TTHC \"{code}\" không đúng định dạng (ví dụ 1.009645)."));
                continue;
            }

            if (seen.TryGetValue(code, out var first))
            {
                errors.Add(new RowError(line, "ma_tthc", $"Dòng {line}: thủ tục {code} đã có ở dòng {first}."));
                continue;
            }

            seen[code] = line;
            if (known is not null && !known.Contains(code) && !known.Contains(code.Length > 8 ? code[..8] : code))
            {
                errors.Add(new RowError(line, "ma_tthc", $"Dòng {line}: thủ tục {code} không có trong danh mục TTHC của Ban quản lý."));
            }

            int?[] all = [row.ReceivedOnline, row.ReceivedDirect, row.ReceivedPostal, row.CarriedOver, row.ResolvedEarly, row.ResolvedOnTime, row.ResolvedLate,
                row.PendingWithinDeadline, row.PendingOverdue, row.DigitisedDossiers, row.DigitisedResults];
            if (all.Any(n => n is null))
            {
                continue; // already reported by the parser, or missing in an API row
            }

            if (all.Any(n => n < 0))
            {
                errors.Add(new RowError(line, null, $"Dòng {line}: số liệu không được âm."));
                continue;
            }

            var received = row.ReceivedOnline!.Value + row.ReceivedDirect!.Value + row.ReceivedPostal!.Value;
            var resolved = row.ResolvedEarly!.Value + row.ResolvedOnTime!.Value + row.ResolvedLate!.Value;
            var pending = row.PendingWithinDeadline!.Value + row.PendingOverdue!.Value;
            if (resolved + pending != received + row.CarriedOver!.Value)
            {
                errors.Add(new RowError(line, null,
                    $"Dòng {line}: đã giải quyết ({resolved}) + đang giải quyết ({pending}) phải bằng tiếp nhận trong kỳ ({received}) + từ kỳ trước ({row.CarriedOver})."));
            }

            if (row.DigitisedDossiers > received + row.CarriedOver || row.DigitisedResults > resolved)
            {
                errors.Add(new RowError(line, null, $"Dòng {line}: số hồ sơ, kết quả được số hóa không được lớn hơn số hồ sơ tiếp nhận, đã giải quyết."));
            }
        }
    }
}
