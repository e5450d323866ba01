using VanPhong.Calendar;

namespace VanPhong.Reporting.Periods;

/// <summary>
/// Thời gian chốt số liệu (Khánh Hòa QĐ 01/2023/QĐ-UBND Art. 4, mirroring NĐ 09/2019 Art. 12): a month runs from
/// the 15th of the previous month to the 14th; a quarter from the 15th of the month before it to the 14th of its
/// last month; 6 months, 9 months and the year from 15/12 of the previous year. The report is due 02 working
/// days after the cut-off. All of it is configuration (Reporting:Periods).
/// </summary>
public sealed class PeriodOptions
{
    /// <summary>The last day of a period in its last month; the next period starts the day after, a month earlier.</summary>
    public int CutOffDay { get; set; } = 14;

    public int SubmitWithinWorkingDays { get; set; } = 2;
}

public static class PeriodKinds
{
    public const string Month = "Month";
    public const string Quarter = "Quarter";
    public const string HalfYear = "HalfYear";
    public const string NineMonths = "NineMonths";
    public const string Year = "Year";
    public const string Custom = "Custom";

    public static readonly string[] All = [Month, Quarter, HalfYear, NineMonths, Year, Custom];
}

/// <summary>A report period: inclusive dates in the Vietnamese calendar, and the day the report is due.</summary>
public sealed record ReportPeriod(string Kind, int Year, int Number, DateOnly From, DateOnly To, DateOnly DueOn, string Title)
{
    /// <summary>The plan whose progress the period reports: the year the period ends in.</summary>
    public int PlanYear => To.Year;
}

public sealed class ReportPeriods(PeriodOptions options, WorkingDayCalendar calendar)
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    /// <summary>A standard period, or null with the reason when the request does not name one.</summary>
    public (ReportPeriod? Period, string? Error) Resolve(string? kind, int? year, int? number, DateOnly? from, DateOnly? to)
    {
        kind ??= from is not null || to is not null ? PeriodKinds.Custom : null;
        switch (kind)
        {
            case PeriodKinds.Custom:
                if (from is null || to is null || to < from)
                {
                    return (null, "Kỳ báo cáo đột xuất cần ngày bắt đầu và ngày kết thúc (không trước ngày bắt đầu).");
                }

                return (Custom(from.Value, to.Value), null);
            case null:
                return (null, $"Vui lòng chọn loại kỳ báo cáo: {string.Join(", ", PeriodKinds.All)}.");
        }

        if (year is not (>= 2000 and <= 2100))
        {
            return (null, "Vui lòng chọn năm báo cáo.");
        }

        return kind switch
        {
            PeriodKinds.Month when number is >= 1 and <= 12 => (Month(year.Value, number.Value), null),
            PeriodKinds.Quarter when number is >= 1 and <= 4 => (Quarter(year.Value, number.Value), null),
            PeriodKinds.HalfYear => (Make(kind, year.Value, 1, StartOfYear(year.Value), Cut(year.Value, 6), $"6 tháng đầu năm {year}"), null),
            PeriodKinds.NineMonths => (Make(kind, year.Value, 1, StartOfYear(year.Value), Cut(year.Value, 9), $"9 tháng năm {year}"), null),
            PeriodKinds.Year => (Make(kind, year.Value, 1, StartOfYear(year.Value), Cut(year.Value, 12), $"năm {year}"), null),
            PeriodKinds.Month => (null, "Tháng phải từ 1 đến 12."),
            PeriodKinds.Quarter => (null, "Quý phải từ 1 đến 4."),
            _ => (null, $"Loại kỳ báo cáo không hợp lệ. Các loại: {string.Join(", ", PeriodKinds.All)}."),
        };
    }

    public ReportPeriod Month(int year, int month) =>
        Make(PeriodKinds.Month, year, month, Cut(year, month - 1).AddDays(1), Cut(year, month), $"tháng {month} năm {year}");

    public ReportPeriod Quarter(int year, int quarter) =>
        Make(PeriodKinds.Quarter, year, quarter, Cut(year, 3 * quarter - 3).AddDays(1), Cut(year, 3 * quarter), $"quý {Roman[quarter - 1]} năm {year}");

    public ReportPeriod Custom(DateOnly from, DateOnly to) =>
        Make(PeriodKinds.Custom, to.Year, 0, from, to, $"từ ngày {from:dd/MM/yyyy} đến ngày {to:dd/MM/yyyy}");

    /// <summary>The standard periods of a year, in order, for choosing one.</summary>
    public IReadOnlyList<ReportPeriod> Of(int year) =>
    [
        .. Enumerable.Range(1, 4).Select(q => Quarter(year, q)),
        Make(PeriodKinds.HalfYear, year, 1, StartOfYear(year), Cut(year, 6), $"6 tháng đầu năm {year}"),
        Make(PeriodKinds.NineMonths, year, 1, StartOfYear(year), Cut(year, 9), $"9 tháng năm {year}"),
        Make(PeriodKinds.Year, year, 1, StartOfYear(year), Cut(year, 12), $"năm {year}"),
        .. Enumerable.Range(1, 12).Select(m => Month(year, m)),
    ];

    private DateOnly StartOfYear(int year) => Cut(year, 0).AddDays(1);

    /// <summary>The cut-off day of a month (month 0 is December of the previous year).</summary>
    private DateOnly Cut(int year, int month)
    {
        var first = new DateOnly(year, 1, 1).AddMonths(month - 1);
        return new DateOnly(first.Year, first.Month, Math.Min(options.CutOffDay, DateTime.DaysInMonth(first.Year, first.Month)));
    }

    private ReportPeriod Make(string kind, int year, int number, DateOnly from, DateOnly to, string title) =>
        new(kind, year, number, from, to, calendar.AddWorkingDays(to, options.SubmitWithinWorkingDays), title);
}
