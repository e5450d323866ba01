using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Plans.Data;
using VanPhong.Plans.Progress;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Plans.SeedTasks;

/// <summary>The plan item a record carries out, when the office names one ("I.1" of the plan of the record's year).</summary>
public sealed record PlanLink(Guid? ItemId, string? ItemCode)
{
    public static readonly PlanLink None = new(null, null);
}

/// <summary>
/// The checks every record behind a plan task shares — required text, dates, lists of codes, the plan item it is tied
/// to — collected field by field into one answer with Vietnamese messages, so nothing is written half-checked.
/// </summary>
public sealed partial class RecordRules
{
    public const int ShortText = 500;

    public const int LongText = 4000;

    /// <summary>The year a list is asked for, within the calendar: a year no record can have (0, 99999) lists nothing, it does not fail.</summary>
    public static int ListYear(int year) => Math.Clamp(year, 1, 9998);

    private readonly ValidationErrors _errors = new();

    public bool Failed => _errors.Any;

    /// <summary>A field's first problem is the one told: a later check of the same field would only follow from it.</summary>
    public void Add(string field, string message)
    {
        if (!_errors.Has(field))
        {
            _errors.Add(field, message);
        }
    }

    public ValidationProblem ToProblem(string title) => _errors.ToProblem(title);

    /// <summary>A required text, trimmed; its error names what is missing.</summary>
    public string Required(string field, string? value, string what, int max = ShortText)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            Add(field, $"Vui lòng nhập {what}.");
            return "";
        }

        return Checked(field, text, what, max);
    }

    /// <summary>An optional text, trimmed (null when blank).</summary>
    public string? Optional(string field, string? value, string what, int max = ShortText)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) ? null : Checked(field, text, what, max);
    }

    /// <summary>A date as the office writes it (dd/MM/yyyy or yyyy-MM-dd); never after <paramref name="notAfter"/> when given.</summary>
    public DateOnly Date(string field, string? text, string what, DateOnly? notAfter = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, $"Vui lòng nhập {what}.");
            return default;
        }

        return OptionalDate(field, text, what, notAfter) ?? default;
    }

    public DateOnly? OptionalDate(string field, string? text, string what, DateOnly? notAfter = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!EvidenceRules.TryParseDate(text, out var date) || date.Year is < 2000 or > 2100)
        {
            Add(field, $"{Capital(what)} \"{text}\" không đúng định dạng (dd/MM/yyyy hoặc yyyy-MM-dd).");
            return null;
        }

        if (notAfter is { } limit && date > limit)
        {
            Add(field, $"{Capital(what)} ({date:dd/MM/yyyy}) không được sau ngày hôm nay ({limit:dd/MM/yyyy}).");
            return null;
        }

        return date;
    }

    /// <summary>Procedure codes (mã TTHC, e.g. 1.009645): each well formed, none twice.</summary>
    public List<string> ProcedureCodes(string field, IReadOnlyList<string?>? codes, bool required)
    {
        var cleaned = (codes ?? []).Select(c => c?.Trim() ?? "").ToList();
        if (required && cleaned.Count == 0)
        {
            Add(field, "Vui lòng nêu ít nhất một mã thủ tục hành chính.");
            return [];
        }

        var bad = cleaned.FirstOrDefault(c => !ProcedureCode().IsMatch(c));
        if (bad is not null)
        {
            Add(field, $"Mã thủ tục hành chính \"{bad}\" không hợp lệ (ví dụ 1.009645).");
        }
        else if (cleaned.Distinct(StringComparer.OrdinalIgnoreCase).Count() != cleaned.Count)
        {
            Add(field, "Một mã thủ tục hành chính được nêu hai lần.");
        }

        return cleaned;
    }

    /// <summary>A list of short names (sectors, agencies): blanks dropped, each checked.</summary>
    public List<string> Names(string field, IReadOnlyList<string?>? values, string what, bool required)
    {
        var cleaned = (values ?? []).Select(v => v?.Trim()).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct().ToList();
        if (required && cleaned.Count == 0)
        {
            Add(field, $"Vui lòng nêu ít nhất một {what}.");
        }

        foreach (var value in cleaned)
        {
            Checked(field, value, what, 200);
        }

        return cleaned;
    }

    /// <summary>
    /// The plan item named by <paramref name="code"/> in the plan of <paramref name="year"/>, or an error naming both;
    /// no code, no link.
    /// </summary>
    public async Task<PlanLink> PlanItemAsync(PlansDb db, string? code, int year, CancellationToken ct)
    {
        var wanted = code?.Trim();
        if (string.IsNullOrEmpty(wanted) || year == 0)
        {
            return PlanLink.None;
        }

        var item = await db.Items.AsNoTracking()
            .Where(i => i.Code == wanted && !i.IsGroup && db.Plans.Any(p => p.Id == i.PlanId && p.Year == year))
            .Select(i => new { i.Id, i.Code })
            .FirstOrDefaultAsync(ct);
        if (item is null)
        {
            Add("planItemCode", $"Kế hoạch năm {year} không có nhiệm vụ {wanted}.");
            return PlanLink.None;
        }

        return new PlanLink(item.Id, item.Code);
    }

    private string Checked(string field, string text, string what, int max)
    {
        if (text.Length > max)
        {
            Add(field, $"{Capital(what)} tối đa {max} ký tự.");
        }
        else if (VietnameseText.HasControlCharacter(text))
        {
            Add(field, $"{Capital(what)} có ký tự điều khiển không hợp lệ.");
        }

        return text;
    }

    private static string Capital(string what) => what.Length == 0 ? what : char.ToUpperInvariant(what[0]) + what[1..];

    [GeneratedRegex(@"^[0-9A-Za-z][0-9A-Za-z.\-]{2,29}$")]
    private static partial Regex ProcedureCode();
}

/// <summary>The answers the record APIs share.</summary>
public static class RecordResults
{
    public static NotFoundProblem ItemNotFound() => Problems.NotFound("Không tìm thấy nhiệm vụ",
        detail: "Nhiệm vụ không tồn tại trong kế hoạch.");

    public static NotFoundProblem NotFound(string what) =>
        Problems.NotFound($"Không tìm thấy {what}");

    public static ValidationProblem Invalid(RecordRules rules, string title) => rules.ToProblem(title);

    /// <summary>409: the plan's or the record's state does not allow the step (the title the progress reports use).</summary>
    public static ConflictProblem Conflict(string detail) =>
        Problems.Conflict("Không thể thực hiện ở trạng thái hiện tại", detail: detail);
}
