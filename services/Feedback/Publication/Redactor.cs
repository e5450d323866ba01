using System.Text.RegularExpressions;
using VanPhong.Feedback.Data;

namespace VanPhong.Feedback.Publication;

/// <summary>What was removed, so the person approving publication sees it.</summary>
public sealed record Redaction(string Text, IReadOnlyList<string> Removed);

/// <summary>
/// Removes personal data before a question or answer is published (Decree 20/2008 Art. 19; the platform's rule
/// that personal data never leaves the feedback service): the submitter's own details, then names of private
/// persons, phone numbers, e-mail addresses, 9/12-digit ID numbers (CMND/CCCD), tax codes and street addresses.
/// It removes too much rather than too little; the approver reviews the result before it is published.
/// </summary>
public static partial class Redactor
{
    public const string NameMark = "[họ tên]";
    public const string PhoneMark = "[số điện thoại]";
    public const string EmailMark = "[email]";
    public const string IdMark = "[số định danh]";
    public const string TaxMark = "[mã số thuế]";
    public const string AddressMark = "[địa chỉ]";

    public static Redaction Redact(string text, Submitter? submitter = null)
    {
        var removed = new List<string>();
        string Replace(string input, Regex pattern, string mark, string kind, Func<Match, string>? keep = null) =>
            pattern.Replace(input, m =>
            {
                removed.Add(kind);
                return keep is null ? mark : keep(m) + mark;
            });

        var result = text;
        if (submitter is not null)
        {
            foreach (var (value, mark, kind) in new[]
            {
                (submitter.Email, EmailMark, "email"),
                (submitter.Phone, PhoneMark, "số điện thoại"),
                (submitter.Address, AddressMark, "địa chỉ"),
                (submitter.Type == SubmitterType.Individual ? submitter.Name : null, NameMark, "họ tên"),
            })
            {
                if (!string.IsNullOrWhiteSpace(value) && result.Contains(value, StringComparison.OrdinalIgnoreCase))
                {
                    result = Regex.Replace(result, Regex.Escape(value), mark, RegexOptions.IgnoreCase);
                    removed.Add(kind);
                }
            }
        }

        result = Replace(result, Email(), EmailMark, "email");
        result = Replace(result, TaxCodeWithLabel(), TaxMark, "mã số thuế", m => m.Groups["label"].Value);
        result = Replace(result, IdWithLabel(), IdMark, "số CMND/CCCD", m => m.Groups["label"].Value);
        result = Replace(result, TaxCode(), TaxMark, "mã số thuế");
        result = Replace(result, Phone(), PhoneMark, "số điện thoại");
        result = Replace(result, IdNumber(), IdMark, "số CMND/CCCD");
        result = Replace(result, StreetAddress(), AddressMark, "địa chỉ");
        result = Replace(result, TitledName(), NameMark, "họ tên", m => m.Groups["title"].Value + " ");
        result = Replace(result, FullName(), NameMark, "họ tên");
        return new Redaction(result, removed.Distinct().ToList());
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<label>(mã số thuế|MST)\s*[:：]?\s*)\d{10}(-\d{3})?", RegexOptions.IgnoreCase)]
    private static partial Regex TaxCodeWithLabel();

    [GeneratedRegex(@"(?<label>(CMND|CCCD|căn cước công dân|căn cước|chứng minh nhân dân|định danh cá nhân)(\s+số)?\s*[:：]?\s*)(\d{12}|\d{9})\b", RegexOptions.IgnoreCase)]
    private static partial Regex IdWithLabel();

    // Mobile and landline numbers: 0 or +84, then 9–10 digits in any grouping (0912 345 678, 0258.3822.991).
    [GeneratedRegex(@"(?<!\d)(\+84|0)(?:[\s.\-]?\d){9,10}(?!\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<!\d)\d{10}-\d{3}(?!\d)")]
    private static partial Regex TaxCode();

    [GeneratedRegex(@"(?<!\d|\d[/.,])(\d{12}|\d{9})(?!\d|[/.,]\d)")]
    private static partial Regex IdNumber();

    // A house number and a street: "số 15 đường Hùng Vương", "12 Trần Phú", "45/7 Lê Thánh Tôn"; never a legal citation
    // ("Điều 38 Luật Đầu tư") or a date, whose words are excluded; and residential groups ("Tổ dân phố 3").
    [GeneratedRegex(@"((số|Số)\s*)?\d+[A-Za-z]?(/\d+)*,?\s+((đường|Đường|phố|Phố)\s+)?(?!(Luật|Điều|Khoản|Nghị|Thông|Quyết|Chương|Mục|Phụ|Biểu|Mẫu|Kế|Công|Văn|Ban|Sở|Bộ|Ủy|Chính|Quốc|Tỉnh|Năm|Tháng|Ngày|Quý|Giấy|Hồ|Thủ)\b)[A-ZĐÂĂÊÔƠƯ][\p{Ll}]+(\s[A-ZĐÂĂÊÔƠƯ][\p{Ll}]+){1,3}|(tổ dân phố|Tổ dân phố|TDP)\s*\d+")]
    private static partial Regex StreetAddress();

    [GeneratedRegex(@"(?<title>\b(ông|bà|anh|chị|Ông|Bà|Anh|Chị))\s+[A-ZĐÂĂÊÔƠƯ][\p{Ll}]+(\s[A-ZĐÂĂÊÔƠƯ][\p{Ll}]+){0,3}")]
    private static partial Regex TitledName();

    [GeneratedRegex(@"\b(Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Trương|Lâm|Mai|Trịnh|Cao|Lương|Tạ|Hà|Tô|Châu|Quách|Kiều|Thái|La)(\s[A-ZĐÂĂÊÔƠƯ][\p{Ll}]+){1,3}\b")]
    private static partial Regex FullName();
}
