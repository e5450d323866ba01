using System.Collections.Concurrent;

namespace VanPhong.Calendar;

/// <summary>What the calendar says about one date.</summary>
public sealed record CalendarDay(DateOnly Date, bool IsWorkingDay, string? Name, bool IsEstimated);

/// <summary>
/// Ngày làm việc: Monday–Friday of state agencies, minus the holidays and days off of each year's official
/// schedule, plus the weekend days declared working days. Every deadline of every service is computed here.
/// Periods follow the Civil Code 2015: the day of the triggering event is not counted (Art. 147), and a period
/// whose last day is a day off ends at the end of the next working day (Art. 148.5).
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<int, YearSchedule> _schedules;
    private readonly ConcurrentDictionary<int, YearIndex> _index = new();

    public WorkingDayCalendar(IEnumerable<YearSchedule> schedules)
    {
        _schedules = new Dictionary<int, YearSchedule>();
        foreach (var schedule in schedules)
        {
            schedule.Validate();
            _schedules[schedule.Year] = schedule;
        }
    }

    /// <summary>The calendar with the schedules shipped with the platform.</summary>
    public static WorkingDayCalendar Default { get; } = new(ScheduleFile.Embedded());

    /// <summary>The schedule in force for a year: the official one, or the Labour Code estimate.</summary>
    public YearSchedule ScheduleFor(int year) => _schedules.TryGetValue(year, out var s) ? s : Index(year).Schedule;

    public bool IsEstimated(int year) => !_schedules.ContainsKey(year);

    public bool IsWorkingDay(DateOnly date)
    {
        var index = Index(date.Year);
        if (index.DaysOff.ContainsKey(date))
        {
            return false;
        }

        return !StatutoryHolidays.IsWeekend(date) || index.WorkingDays.ContainsKey(date);
    }

    public CalendarDay Describe(DateOnly date)
    {
        var index = Index(date.Year);
        var name = index.DaysOff.GetValueOrDefault(date)
            ?? index.WorkingDays.GetValueOrDefault(date)
            ?? (StatutoryHolidays.IsWeekend(date) ? "Nghỉ cuối tuần" : null);
        return new CalendarDay(date, IsWorkingDay(date), name, IsEstimated(date.Year));
    }

    /// <summary>
    /// The day a period of <paramref name="workingDays"/> working days ends, counted from the day after
    /// <paramref name="start"/> (the start day itself is never counted). Negative values count backwards:
    /// "5 working days before the due date".
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var step = workingDays >= 0 ? 1 : -1;
        var remaining = Math.Abs(workingDays);
        var date = start;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>Working days in the interval (<paramref name="from"/>, <paramref name="to"/>]; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <summary>Civil Code Art. 148.5: a period ending on a day off ends at the end of the next working day.</summary>
    public DateOnly EndOfPeriod(DateOnly lastDay) => IsWorkingDay(lastDay) ? lastDay : NextWorkingDay(lastDay);

    /// <summary>A period counted in calendar days ("ngày"), moved off a day off by Art. 148.5.</summary>
    public DateOnly AddCalendarDays(DateOnly start, int days) => EndOfPeriod(start.AddDays(days));

    /// <summary>
    /// The working days a period stated in calendar days stands for when its start is not known (a procedure's legal
    /// processing time): five in each seven, rounded down. With a start date, count with <see cref="AddCalendarDays"/>
    /// and <see cref="WorkingDaysBetween"/> instead, which know the holidays.
    /// </summary>
    public static int WorkingDaysInCalendarDays(int calendarDays) => calendarDays * 5 / 7;

    private YearIndex Index(int year) => _index.GetOrAdd(year, y =>
        new YearIndex(_schedules.TryGetValue(y, out var schedule) ? schedule : StatutoryHolidays.Estimate(y)));

    private sealed class YearIndex(YearSchedule schedule)
    {
        public YearSchedule Schedule { get; } = schedule;

        public Dictionary<DateOnly, string> DaysOff { get; } = schedule.DaysOff
            .GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.First().Name);

        public Dictionary<DateOnly, string> WorkingDays { get; } = schedule.WorkingDays
            .GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.First().Name);
    }
}
