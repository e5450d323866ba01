using System.Globalization;

namespace VanPhong.Text;

/// <summary>
/// Numbers, money and dates as each language writes them, for the pages and the API's texts alike:
/// Vietnamese 1.234.567 · 1.234.567 đồng · 01/12/2026; English 1,234,567 · VND 1,234,567 · 1 December 2026.
/// Built from fixed separators rather than the machine's culture data, so a server without ICU writes the same.
/// </summary>
public static class Formats
{
    private static readonly NumberFormatInfo VietnameseNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };

    private static readonly NumberFormatInfo EnglishNumbers = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = ".", NegativeSign = "-" };

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static bool IsEnglish(string language) => language == Bilingual.English;

    public static string Number(decimal value, string language, int decimals = 0) =>
        value.ToString("N" + decimals, IsEnglish(language) ? EnglishNumbers : VietnameseNumbers);

    public static string Number(long value, string language) => Number((decimal)value, language);

    /// <summary>An amount in đồng: "1.234.567 đồng" / "VND 1,234,567".</summary>
    public static string Money(long dong, string language) =>
        IsEnglish(language) ? $"VND {Number(dong, language)}" : $"{Number(dong, language)} đồng";

    /// <summary>"01/12/2026" / "1 December 2026".</summary>
    public static string Date(DateOnly date, string language) =>
        IsEnglish(language)
            ? $"{date.Day} {EnglishMonths[date.Month - 1]} {date.Year}"
            : date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date, string language) => date is { } d ? Date(d, language) : null;

    /// <summary>A moment in Vietnam's time: "01/12/2026 14:05" / "1 December 2026, 14:05".</summary>
    public static string DateTime(DateTimeOffset moment, string language)
    {
        var local = moment.ToOffset(TimeSpan.FromHours(7));
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return IsEnglish(language) ? $"{Date(DateOnly.FromDateTime(local.DateTime), language)}, {time}" : $"{local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} {time}";
    }

    /// <summary>"15 ngày làm việc" / "15 working days".</summary>
    public static string Days(int days, bool working, string language) =>
        IsEnglish(language)
            ? $"{days} {(working ? "working day" : "day")}{(days == 1 ? "" : "s")}"
            : $"{days:00} {(working ? "ngày làm việc" : "ngày")}";
}
