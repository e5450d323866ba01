using System.Globalization;
using System.Text.RegularExpressions;
using VanPhong.Calendar;

namespace VanPhong.Plans.Timeframes;

/// <summary>How a "Thời gian thực hiện" text was understood.</summary>
public enum TimeframeKind
{
    /// <summary>"Thường xuyên trong năm 2023": all year, with quarterly check-ins; ends with the year.</summary>
    Continuous,

    /// <summary>"Trong năm 2023": done by the end of the year.</summary>
    WithinYear,

    /// <summary>"Trước ngày 15/8/2023": a firm deadline (the day before the date named).</summary>
    Deadline,

    /// <summary>"Tháng 6/2023": within that month.</summary>
    Month,

    /// <summary>"từ ngày 01/6/2023": in place from that date.</summary>
    FromDate,

    /// <summary>"định kỳ hàng quý": a duty every quarter.</summary>
    Quarterly,

    /// <summary>"Theo tiến độ của tỉnh", "Theo yêu cầu…": someone else's schedule, no automatic due date.</summary>
    External,

    /// <summary>Not understood: a person must set the due date. Never guessed.</summary>
    Uninterpreted,
}

/// <summary>The event that starts a relative period ("kể từ ngày công bố TTHC").</summary>
public enum RelativeTrigger
{
    ProcedurePublished,
    InternalProcedureApproved,
}

/// <summary>
/// A period that starts with an event: "trong thời hạn 30 ngày làm việc kể từ ngày công bố TTHC" is
/// (30, working days, ProcedurePublished). Each event creates an obligation with its own due date.
/// </summary>
public sealed record RelativeRule(int Days, bool WorkingDays, RelativeTrigger Trigger, string Text)
{
    public DateOnly DueAfter(DateOnly eventDate, WorkingDayCalendar calendar) =>
        WorkingDays ? calendar.AddWorkingDays(eventDate, Days) : calendar.AddCalendarDays(eventDate, Days);
}

/// <summary>The interpretation of an item's timeframe (and of the relative rules in its content).</summary>
public sealed record Timeframe(
    TimeframeKind Kind,
    int? Year,
    DateOnly? StartOn,
    DateOnly? DueOn,
    bool QuarterlyCheckIns,
    RelativeRule? Relative,
    string? Note)
{
    public bool NeedsReview => Kind == TimeframeKind.Uninterpreted;
}

/// <summary>
/// Understands the "Thời gian thực hiện" phrases the Board's plans use, and the relative rules in an item's content.
/// Due dates of periods follow the Civil Code (a period ending on a day off ends on the next working day); a
/// firm "trước ngày …" deadline is the day before the date named and is never moved later.
/// </summary>
public static partial class TimeframeInterpreter
{
    public static Timeframe Interpret(string? timeframe, string? content, string? expectedResult, WorkingDayCalendar calendar)
    {
        var interpreted = InterpretTimeframe(timeframe, content, expectedResult, calendar);
        return interpreted.Relative is null ? WithResultDeadline(interpreted, expectedResult, string.IsNullOrWhiteSpace(timeframe)) : interpreted;
    }

    /// <summary>
    /// A deadline written in the expected result ("Báo cáo … gửi về Văn phòng UBND tỉnh trước ngày 30/7/2023") binds
    /// the item as firmly as one in its timeframe: the earlier of the two is the due date, and the note says where it
    /// came from. A date that does not exist (31/02) is not guessed: a person must set the due date.
    /// </summary>
    private static Timeframe WithResultDeadline(Timeframe timeframe, string? expectedResult, bool noTimeframe)
    {
        var deadlines = new List<(DateOnly Due, string Text)>();
        foreach (Match match in ResultDeadline().Matches(Normalize(expectedResult)))
        {
            if (!TryDate(match, out var date))
            {
                return timeframe with
                {
                    Kind = TimeframeKind.Uninterpreted, DueOn = null,
                    Note = $"Kết quả dự kiến nêu hạn \"{match.Value}\" không phải là ngày có thật: cần người xác định hạn.",
                };
            }

            // "trước ngày 30/7" ends on 29/7; "chậm nhất ngày 30/7" on 30/7 (never moved later).
            deadlines.Add((match.Groups["before"].Success ? date.AddDays(-1) : date, match.Value));
        }

        if (deadlines.Count == 0)
        {
            return timeframe;
        }

        var (due, text) = deadlines.MinBy(d => d.Due);
        if (timeframe.DueOn is { } known && known <= due)
        {
            return timeframe;
        }

        var note = $"Hạn theo kết quả dự kiến: \"{text}\".";
        if (timeframe.Kind == TimeframeKind.Uninterpreted && !noTimeframe)
        {
            // A timeframe nobody understood is still a person's question: the result's deadline is offered, not imposed.
            return timeframe with { Note = $"{timeframe.Note} {note}" };
        }

        return timeframe with
        {
            Kind = timeframe.Kind == TimeframeKind.Uninterpreted ? TimeframeKind.Deadline : timeframe.Kind,
            Year = timeframe.Year ?? due.Year,
            DueOn = due,
            Note = noTimeframe || timeframe.Note is null ? note : $"{timeframe.Note} {note}",
        };
    }

    private static Timeframe InterpretTimeframe(string? timeframe, string? content, string? expectedResult, WorkingDayCalendar calendar)
    {
        var text = Normalize(timeframe);
        var relative = FindRelativeRule(content);
        var quarterlyDuty = QuarterlyPhrase().IsMatch(text) || QuarterlyPhrase().IsMatch(expectedResult ?? "");
        var start = FromDatePhrase().Match(content ?? "") is { Success: true } m ? Date(m) : (DateOnly?)null;
        string? note = Parenthesis().Match(text) is { Success: true } p ? p.Groups[1].Value : null;

        Timeframe Make(TimeframeKind kind, int? year, DateOnly? due, bool checkIns, DateOnly? startOn = null, string? extraNote = null) =>
            new(kind, year, startOn ?? start, due, checkIns || quarterlyDuty, relative, extraNote ?? note);

        if (text.Length == 0)
        {
            return Make(TimeframeKind.Uninterpreted, null, null, false, extraNote: "Chưa có thời gian thực hiện");
        }

        if (Continuous().Match(text) is { Success: true } continuous)
        {
            var year = Year(continuous);
            return Make(TimeframeKind.Continuous, year, calendar.EndOfPeriod(new DateOnly(year, 12, 31)), true);
        }

        if (WithinYear().Match(text) is { Success: true } withinYear)
        {
            var year = Year(withinYear);
            var rest = text[withinYear.Length..].Trim(' ', ',');
            return Make(TimeframeKind.WithinYear, year, calendar.EndOfPeriod(new DateOnly(year, 12, 31)), false,
                extraNote: rest.Length > 0 ? rest : note);
        }

        if (Before().Match(text) is { Success: true } before)
        {
            var date = Date(before);
            return Make(TimeframeKind.Deadline, date.Year, date.AddDays(-1), false);
        }

        if (MonthPhrase().Match(text) is { Success: true } month)
        {
            var year = int.Parse(month.Groups["year"].Value, CultureInfo.InvariantCulture);
            var monthNumber = int.Parse(month.Groups["month"].Value, CultureInfo.InvariantCulture);
            var first = new DateOnly(year, monthNumber, 1);
            return Make(TimeframeKind.Month, year, calendar.EndOfPeriod(first.AddMonths(1).AddDays(-1)), false, start ?? first);
        }

        if (FromDatePhrase().Match(text) is { Success: true } from)
        {
            var date = Date(from);
            return Make(TimeframeKind.FromDate, date.Year, date, false, date);
        }

        if (QuarterlyPhrase().IsMatch(text))
        {
            return Make(TimeframeKind.Quarterly, null, null, true);
        }

        if (External().IsMatch(text))
        {
            return Make(TimeframeKind.External, null, null, false, extraNote: timeframe!.Trim());
        }

        return Make(TimeframeKind.Uninterpreted, null, null, false, extraNote: $"Không hiểu được thời gian thực hiện \"{timeframe!.Trim()}\": cần người xác định hạn.");
    }

    /// <summary>The relative rule in an item's content, if any.</summary>
    public static RelativeRule? FindRelativeRule(string? content)
    {
        if (content is null)
        {
            return null;
        }

        if (WithinWorkingDaysOfPublication().Match(content) is { Success: true } published)
        {
            return new RelativeRule(int.Parse(published.Groups["days"].Value, CultureInfo.InvariantCulture), true, RelativeTrigger.ProcedurePublished, published.Value);
        }

        if (WithinDaysOfApproval().Match(content) is { Success: true } approved)
        {
            var working = approved.Groups["working"].Success;
            return new RelativeRule(int.Parse(approved.Groups["days"].Value, CultureInfo.InvariantCulture), working, RelativeTrigger.InternalProcedureApproved, approved.Value);
        }

        return null;
    }

    /// <summary>Quarterly check-in dates: the report cut-offs, 14/3, 14/6, 14/9 and 14/12 (Khánh Hòa QĐ 01/2023).</summary>
    public static DateOnly NextCheckIn(DateOnly after)
    {
        for (var year = after.Year; ; year++)
        {
            foreach (var month in new[] { 3, 6, 9, 12 })
            {
                var date = new DateOnly(year, month, 14);
                if (date > after)
                {
                    return date;
                }
            }
        }
    }

    private static string Normalize(string? text) => Whitespace().Replace(text ?? "", " ").Trim();

    private static int Year(Match match) => int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);

    private static DateOnly Date(Match match) => new(
        int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
        int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture),
        int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture));

    private static bool TryDate(Match match, out DateOnly date) => DateOnly.TryParseExact(
        $"{match.Groups["day"].Value}/{match.Groups["month"].Value}/{match.Groups["year"].Value}", "d/M/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>"trước ngày 30/7/2023", "chậm nhất ngày 30/7/2023", "trước ngày 30 tháng 7 năm 2023".</summary>
    [GeneratedRegex(@"(?:(?<before>trước ngày)|chậm nhất(?: là)?(?: vào)?(?: ngày)?)\s*(?<day>\d{1,2})(?:/|\s+tháng\s+)(?<month>\d{1,2})(?:/|\s+năm\s+)(?<year>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex ResultDeadline();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\(([^)]*)\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"^Thường xuyên trong năm (?<year>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Continuous();

    [GeneratedRegex(@"^Trong năm (?<year>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex WithinYear();

    [GeneratedRegex(@"^Trước ngày (?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Before();

    [GeneratedRegex(@"^Tháng (?<month>\d{1,2})/(?<year>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthPhrase();

    [GeneratedRegex(@"từ ngày (?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex FromDatePhrase();

    [GeneratedRegex(@"(định kỳ )?hàng quý|hằng quý", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterlyPhrase();

    [GeneratedRegex(@"^Theo (tiến độ|yêu cầu|kế hoạch|chỉ đạo)", RegexOptions.IgnoreCase)]
    private static partial Regex External();

    [GeneratedRegex(@"trong thời hạn (?<days>\d+) ngày làm việc kể từ ngày công bố (TTHC|thủ tục hành chính)", RegexOptions.IgnoreCase)]
    private static partial Regex WithinWorkingDaysOfPublication();

    [GeneratedRegex(@"trong vòng (?<days>\d+) ngày(?<working> làm việc)? kể từ ngày ban hành quyết định phê duyệt", RegexOptions.IgnoreCase)]
    private static partial Regex WithinDaysOfApproval();
}
