namespace VanPhong.Calendar;

/// <summary>
/// Ngày nghỉ lễ, Tết by the Labour Code 2019, Art. 112.1, with the weekend compensation of Art. 111.3.
/// Used only for years that have no official schedule yet, so the result is an estimate: the Prime Minister
/// fixes the Tết days and the day next to 2/9 each year (Art. 112.3).
/// </summary>
public static class StatutoryHolidays
{
    public static YearSchedule Estimate(int year)
    {
        var holidays = new List<ScheduledDay>
        {
            new(new DateOnly(year, 1, 1), "Tết Dương lịch"),
            new(LunarCalendar.ToSolar(10, 3, year), "Giỗ Tổ Hùng Vương"),
            new(new DateOnly(year, 4, 30), "Ngày Chiến thắng"),
            new(new DateOnly(year, 5, 1), "Quốc tế Lao động"),
            new(new DateOnly(year, 9, 2), "Quốc khánh"),
            new(NationalDayNeighbour(year), "Quốc khánh (ngày liền kề)"),
        };

        // Tết: the last day of the old lunar year and the first four days of the new one, as most years' decisions do.
        var newYear = LunarCalendar.LunarNewYear(year);
        for (var offset = -1; offset <= 3; offset++)
        {
            holidays.Add(new ScheduledDay(newYear.AddDays(offset), "Tết Nguyên đán"));
        }

        var daysOff = holidays.Where(h => h.Date.Year == year).OrderBy(h => h.Date).ToList();
        var taken = daysOff.Select(d => d.Date).ToHashSet();
        foreach (var holiday in daysOff.Where(h => IsWeekend(h.Date)).ToList())
        {
            var compensation = holiday.Date.AddDays(1);
            while (IsWeekend(compensation) || taken.Contains(compensation))
            {
                compensation = compensation.AddDays(1);
            }

            taken.Add(compensation);
            daysOff.Add(new ScheduledDay(compensation, $"Nghỉ bù {holiday.Name}"));
        }

        return new YearSchedule
        {
            Year = year,
            Status = "estimated",
            Source = "Ước tính theo Bộ luật Lao động 2019, Điều 111–112 (chưa có thông báo chính thức)",
            DaysOff = daysOff.Where(d => d.Date.Year == year).OrderBy(d => d.Date).ToList(),
        };
    }

    /// <summary>The day next to 2/9 when no decision exists: the one that joins the holiday to a weekend where possible.</summary>
    private static DateOnly NationalDayNeighbour(int year)
    {
        var nationalDay = new DateOnly(year, 9, 2);
        return nationalDay.DayOfWeek == DayOfWeek.Monday ? nationalDay.AddDays(1) : nationalDay.AddDays(-1);
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
