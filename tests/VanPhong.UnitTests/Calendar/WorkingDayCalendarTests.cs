using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.Calendar;

namespace VanPhong.UnitTests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    // Table-driven from the official schedules: (date, is it a working day?)
    [Theory]
    [InlineData("2023-01-02", false)] // nghỉ bù Tết Dương lịch (1/1 was a Sunday)
    [InlineData("2023-01-19", true)]
    [InlineData("2023-01-20", false)] // Tết Quý Mão 20–26/01
    [InlineData("2023-01-26", false)]
    [InlineData("2023-01-27", true)]
    [InlineData("2023-05-01", false)]
    [InlineData("2023-05-02", false)] // nghỉ bù Giỗ Tổ (29/4 was a Saturday)
    [InlineData("2023-05-03", false)] // nghỉ bù 30/4 (a Sunday)
    [InlineData("2023-05-04", true)]
    [InlineData("2023-09-01", false)]
    [InlineData("2023-09-04", false)] // nghỉ bù 2/9 (a Saturday)
    [InlineData("2024-02-08", false)] // Tết Giáp Thìn 08–14/02
    [InlineData("2024-02-15", true)]
    [InlineData("2024-04-29", false)] // swapped off…
    [InlineData("2024-05-04", true)]  // …worked on Saturday 04/5
    [InlineData("2024-09-03", false)]
    [InlineData("2025-01-27", false)] // Tết Ất Tỵ 25/01–02/02
    [InlineData("2025-02-03", true)]
    [InlineData("2025-04-26", true)]  // Saturday worked for Friday 02/5
    [InlineData("2025-05-02", false)]
    [InlineData("2025-09-01", false)]
    [InlineData("2026-02-16", false)] // Tết Bính Ngọ 14–22/02
    [InlineData("2026-02-23", true)]
    [InlineData("2026-04-27", false)] // nghỉ bù Giỗ Tổ (26/4 is a Sunday)
    [InlineData("2026-08-22", true)]  // Saturday made a working day in exchange for Monday 31/8 (TB 9441/TB-BNV)
    [InlineData("2026-08-31", false)] // Monday off, swapped with 22/8
    [InlineData("2026-09-01", false)] // the day adjacent to National Day
    [InlineData("2026-09-02", false)] // Quốc khánh
    [InlineData("2026-09-03", true)]
    [InlineData("2026-11-25", true)]
    [InlineData("2026-11-28", false)] // an ordinary Saturday
    public void Official_schedules_decide_working_days(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date)));

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Every_fixed_statutory_holiday_on_a_weekday_is_off_in_the_shipped_schedule(int year)
    {
        var fixedHolidays = StatutoryHolidays.Estimate(year).DaysOff
            .Where(d => d.Name is "Tết Dương lịch" or "Giỗ Tổ Hùng Vương" or "Ngày Chiến thắng" or "Quốc tế Lao động" or "Quốc khánh")
            .Where(d => d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.All(fixedHolidays, d => Assert.False(Calendar.IsWorkingDay(d.Date), $"{d.Date} ({d.Name})"));
    }

    [Fact]
    public void Five_working_days_from_the_eve_of_Tet_end_after_the_holiday()
    {
        // Received Thursday 19/01/2023; Tết runs 20–26/01; days counted: 27, 30, 31/01, 01, 02/02.
        var due = Calendar.AddWorkingDays(new DateOnly(2023, 1, 19), 5);
        Assert.Equal(new DateOnly(2023, 2, 2), due);
        Assert.Equal(5, Calendar.WorkingDaysBetween(new DateOnly(2023, 1, 19), due));
        Assert.Equal(new DateOnly(2023, 1, 19), Calendar.AddWorkingDays(due, -5));
    }

    [Fact]
    public void A_Saturday_declared_a_working_day_counts()
    {
        // Friday 26/04/2024; 27/04–01/05 off; 02, 03 and Saturday 04/05 are working days.
        Assert.Equal(new DateOnly(2024, 5, 4), Calendar.AddWorkingDays(new DateOnly(2024, 4, 26), 3));
    }

    [Fact]
    public void The_start_day_is_never_counted_even_when_it_is_a_day_off()
    {
        // A PAKN sent online on Saturday 25/11/2023: five working days are Mon 27/11 … Fri 01/12.
        Assert.Equal(new DateOnly(2023, 12, 1), Calendar.AddWorkingDays(new DateOnly(2023, 11, 25), 5));
    }

    [Fact]
    public void A_period_ending_on_a_day_off_ends_on_the_next_working_day()
    {
        Assert.Equal(new DateOnly(2023, 1, 27), Calendar.EndOfPeriod(new DateOnly(2023, 1, 21)));
        Assert.Equal(new DateOnly(2023, 1, 27), Calendar.AddCalendarDays(new DateOnly(2023, 1, 11), 10));
        Assert.Equal(new DateOnly(2023, 3, 6), Calendar.EndOfPeriod(new DateOnly(2023, 3, 4)));
        Assert.Equal(new DateOnly(2023, 3, 3), Calendar.EndOfPeriod(new DateOnly(2023, 3, 3)));
    }

    [Fact]
    public void Years_without_an_official_schedule_are_estimated_from_the_Labour_Code()
    {
        Assert.True(Calendar.IsEstimated(2030));
        Assert.False(Calendar.IsEstimated(2025));
        var schedule = Calendar.ScheduleFor(2030);
        Assert.Equal("estimated", schedule.Status);
        // Tết Canh Tuất: mùng 1 on Saturday 02/02/2030; the last day of the old year (Friday 01/02) to mùng 4 (05/02).
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2030, 2, 1)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2030, 2, 5)));
        // Saturday 02/02 and Sunday 03/02 are compensated on the next free weekdays, 06 and 07/02.
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2030, 2, 6)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2030, 2, 7)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2030, 2, 8)));
        Assert.Equal("Giỗ Tổ Hùng Vương", Calendar.Describe(LunarCalendar.ToSolar(10, 3, 2030)).Name);
    }

    [Fact]
    public void Describe_names_the_day()
    {
        var day = Calendar.Describe(new DateOnly(2024, 5, 4));
        Assert.True(day.IsWorkingDay);
        Assert.Equal("Làm bù cho ngày 29/4/2024", day.Name);
        Assert.Equal("Nghỉ cuối tuần", Calendar.Describe(new DateOnly(2024, 5, 11)).Name);
    }

    [Fact]
    public void A_schedule_that_is_both_off_and_working_on_one_day_is_refused()
    {
        var day = new DateOnly(2027, 5, 8);
        var schedule = new YearSchedule { Year = 2027, DaysOff = [new(day, "x")], WorkingDays = [new(day, "y")] };
        Assert.Throws<InvalidOperationException>(() => new WorkingDayCalendar([schedule]));
    }

    [Fact]
    public void An_operator_corrects_a_year_through_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Calendar:Years:0:Year"] = "2026",
            ["Calendar:Years:0:Status"] = "official",
            ["Calendar:Years:0:DaysOff:0:Date"] = "2026-09-02",
            ["Calendar:Years:0:DaysOff:0:Name"] = "Quốc khánh",
            ["Calendar:Years:0:DaysOff:1:Date"] = "2026-09-03",
            ["Calendar:Years:0:DaysOff:1:Name"] = "Quốc khánh (ngày liền kề)",
            ["Calendar:Years:0:WorkingDays:0:Date"] = "2026-09-05",
            ["Calendar:Years:0:WorkingDays:0:Name"] = "Làm bù",
        }).Build();
        var calendar = new ServiceCollection().AddWorkingDayCalendar(configuration).BuildServiceProvider()
            .GetRequiredService<WorkingDayCalendar>();

        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 9, 1)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 9, 3)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 9, 5)));
        // Other years keep the shipped schedule.
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 9, 1)));
    }
}
