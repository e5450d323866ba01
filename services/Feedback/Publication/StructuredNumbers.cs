using System.Text.RegularExpressions;

namespace VanPhong.Feedback.Publication;

/// <summary>
/// E-mail addresses and the structured numbers: plates, dates of birth, bank accounts, ID and passport numbers, tax codes
/// (with their labels first, then bare) and phones, each validated where a pattern alone would take too much.
/// </summary>
internal static partial class StructuredNumbers
{
    public static void Redact(RedactionWork work)
    {
        work.Replace(Email(), RedactedKind.Email);
        work.Replace(Plate(), RedactedKind.Plate);
        work.Replace(BirthDate(), RedactedKind.BirthDate, "date");
        work.Replace(BankAccount(), RedactedKind.Account, "number", m => DigitCount(m.Groups["number"].Value) is >= 6 and <= 19);
        work.Replace(IdWithLabel(), RedactedKind.Id, "number");
        work.Replace(Passport(), RedactedKind.Passport, "number");
        work.Replace(TaxCodeWithLabel(), RedactedKind.Tax, "number");
        work.Text = Phone().Replace(work.Text, m => PhoneOrKeep(work, m));
        // A bare 10-digit number that is a mobile number was taken as a phone above; the rest are tax codes.
        work.Replace(BareTaxCode(), RedactedKind.Tax);
        work.Replace(BareIdNumber(), RedactedKind.Id);
    }

    private static int DigitCount(string s) => s.Count(char.IsAsciiDigit);

    private static bool IsPhone(string national) =>
        national.Length == 10 && national[0] == '0' && "35789".Contains(national[1])
        || national.Length == 11 && national.StartsWith("02", StringComparison.Ordinal);

    /// <summary>
    /// A phone if the digits (in national form) make a mobile (10 digits, 03/05/07/08/09) or landline (11 digits, 02…)
    /// number; when the match ran on into a following group of digits, the longest prefix ending at a group that is a phone.
    /// </summary>
    private static string PhoneOrKeep(RedactionWork work, Match m)
    {
        var value = m.Value;
        var international = m.Groups["intl"].Success;
        for (var end = value.Length; end > 0; end--)
        {
            if (end < value.Length && !(char.IsAsciiDigit(value[end - 1]) && !char.IsAsciiDigit(value[end])))
            {
                continue;
            }

            var digits = new string(value[..end].Where(char.IsAsciiDigit).ToArray());
            var national = international && digits.StartsWith("84", StringComparison.Ordinal)
                ? digits[2..].StartsWith('0') ? digits[2..] : "0" + digits[2..]
                : digits;
            if (IsPhone(national))
            {
                return work.Slot(RedactedKind.Phone) + value[end..];
            }
        }

        return value;
    }

    // Any e-mail address, with Vietnamese letters allowed on both sides of the @ (lan.nguyen@…, hộp-thư@công-ty.vn).
    [GeneratedRegex(@"(?<![\p{L}\d._%+\-])[\p{L}\d._%+\-]+@[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)+")]
    private static partial Regex Email();

    // Vehicle plates, which identify their owner: 79C-123.45, 51G 123.45, 79LD-012.34, 79A1-234.56, 79-K1 234.56.
    [GeneratedRegex(@"(?<![\p{L}\d.\-/])\d{2}-?[A-Z]{1,2}\d?[\s\-]?(?:\d{3}\.\d{2}|\d{4,5})(?![\p{L}\d]|[.,]\d)")]
    private static partial Regex Plate();

    // A few lower-case words may stand between a label and its number: "số CMND ghi trên hợp đồng thuê đất (…)".
    private const string Filler = @"(?:\s+(?!\d)\p{Ll}+){0,6}?";

    // A date of birth after its label (other dates are kept): sinh ngày 15/8/1987, sinh năm 1955, Ngày sinh: 21/11/1979, ngày sinh 07-04-1995, sinh ngày 03 tháng 02 năm 1990.
    [GeneratedRegex(@"(?<![\p{L}])(?:[Ss]inh\s+(?:ngày|năm)|[Nn]gày\s+sinh|[Nn]ăm\s+sinh|NGÀY\s+SINH|NĂM\s+SINH)" + Filler + @"\s*[:：]?\s*"
        + @"(?<date>\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|(?:19|20)\d{2})(?!\d)")]
    private static partial Regex BirthDate();

    // A bank account number after its label (a bare digit string is too often something else): Số tài khoản: 5801 0000 123 456; STK 102873456789; tài khoản số 060 123 456 789.
    [GeneratedRegex(@"(?<![\p{L}])(?:[Ss]ố\s+tài\s+khoản|[Tt]ài\s+khoản(?:\s+số)?|STK|[Ss]ố\s+TK)(?![\p{L}])" + Filler + @"\s*[:：]?\s*(?<number>\d(?:[\s.\-]?\d){5,22})(?![\p{L}\d])")]
    private static partial Regex BankAccount();

    // 12-digit CCCD / personal ID numbers and 9-digit CMND numbers, contiguous or in groups.
    private const string IdDigits = @"\d{12}|\d{9}|\d{3}(?<s>[\s.\-])\d{3}\k<s>\d{3}(?:\k<s>\d{3})?|\d{4}(?<t>[\s.\-])\d{4}\k<t>\d{4}";

    // An ID number after its label, in any grouping, with a few words between them: "CCCD số 079 203 001 234", "số CMND ghi trên hồ sơ 225123456".
    [GeneratedRegex(@"(?<![\p{L}])(?:CCCD|CMND|CMTND|[Cc]ăn\s+cước(?:\s+công\s+dân)?|[Cc]hứng\s+minh(?:\s+nhân\s+dân)?|[Đđ]ịnh\s+danh(?:\s+cá\s+nhân)?)(?![\p{L}])"
        + Filler + @"\s*[:：(]?\s*(?<number>" + IdDigits + @")(?![\p{L}\d]|[.,\-/]\d)")]
    private static partial Regex IdWithLabel();

    // A passport number after "hộ chiếu" (Vietnamese letter + digits, or a foreign one): hộ chiếu số M12345678, số hộ chiếu: TK1234567, hộ chiếu Liên bang Nga số 75 1234567, hộ chiếu cũ B1122334.
    [GeneratedRegex(@"(?<![\p{L}])[Hh]ộ\s+chiếu(?:\s+(?![A-Z]{1,2}\d)(?!\d)\p{L}+){0,4}?\s*[:：]?\s*(?<number>[A-Z]{1,2}\d{6,8}[A-Z]?|\d{2}\s?\d{7})(?![\p{L}\d])")]
    private static partial Regex Passport();

    // A tax code (10 digits, a branch's with -NNN) after its label: "mã số thuế 0312345678", "MST: 4201234567-001", "mã 0101234567".
    [GeneratedRegex(@"(?<![\p{L}])(?:[Mm]ã\s+số\s+thuế|MST|[Mm]ã\s+số\s+doanh\s+nghiệp|[Mm]ã\s+doanh\s+nghiệp|[Mm]ã\s+số\s+DN|[Đđ]ăng\s+ký\s+doanh\s+nghiệp\s+số|[Mm]ã)(?![\p{L}])"
        + Filler + @"\s*[:：]?\s*(?<number>\d{10}(?:-\d{3})?)(?![\p{L}\d]|[.,/\-]\d)")]
    private static partial Regex TaxCodeWithLabel();

    // 0905 123 456, 0978-432-109, (0258) 3 822 123, (0258)-3.765.432, 02583 612 789, +84 903 456 789,
    // (+84) 912.345.678, +84 (0) 935 246 810, +84 (258) 3812 909, 84977123456. Validated by PhoneOrKeep.
    [GeneratedRegex(@"(?<![\p{L}\d+.,/\-])(?:(?<intl>\(\+84\)|\+84|\(84\))[\s.\-]*(?:\(0\)[\s.\-]*)?|(?<intl>84)(?=\d{9}(?!\d))|(?=\(0\d{2,4}\))|(?=0))"
        + @"(?:\(\d{2,4}\)[\s.\-]*)?\d(?:[\s.\-]?\d){5,14}(?![\p{L}\d])")]
    private static partial Regex Phone();

    // Anything that may be a phone number in any spelling (spaces, dots, dashes, brackets, +84), to compare its digits with the submitter's.
    [GeneratedRegex(@"(?<![\p{L}\d])\(?\+?\d[\d\s.\-()]*\d(?![\p{L}\d])")]
    internal static partial Regex PhoneCandidate();

    // A tax code without a label: 10 digits (4201234567) or a branch's (4201234567-001), not inside an amount or a code.
    [GeneratedRegex(@"(?<![\p{L}\d.,/\-])\d{10}(?:-\d{3})?(?![\p{L}\d]|[.,/\-]\d)")]
    private static partial Regex BareTaxCode();

    // A CCCD / CMND number without a label: 12 digits, 9 digits, or their groups separated by spaces or dashes (dots are amounts: 412.500.000).
    [GeneratedRegex(@"(?<![\p{L}\d.,/\-+])(?:\d{12}|\d{9}|\d{3}(?<s>[ \-])\d{3}\k<s>\d{3}(?:\k<s>\d{3})?|\d{4}(?<t>[ \-])\d{4}\k<t>\d{4})(?![\p{L}\d]|[.,/\-]\d)")]
    private static partial Regex BareIdNumber();
}
