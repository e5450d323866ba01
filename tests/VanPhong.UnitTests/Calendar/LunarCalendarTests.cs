using VanPhong.Calendar;

namespace VanPhong.UnitTests.Calendar;

public sealed class LunarCalendarTests
{
    [Theory]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    public void Lunar_new_year_falls_on_the_known_date(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), LunarCalendar.LunarNewYear(year));

    [Theory]
    [InlineData(1985, "1985-01-21")] // China (UTC+8) celebrated on 20/02/1985: the Vietnamese calendar differs here
    [InlineData(2007, "2007-02-17")] // China: 18/02/2007
    [InlineData(2030, "2030-02-02")] // the new moon is at 23:07 in Hanoi, 00:07 the next day in Beijing
    public void Lunar_new_year_is_computed_on_the_Vietnamese_meridian(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), LunarCalendar.LunarNewYear(year));

    [Theory]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_Kings_day_is_the_tenth_of_the_third_lunar_month(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), LunarCalendar.ToSolar(10, 3, year));

    [Fact]
    public void A_leap_month_that_does_not_exist_is_refused() =>
        Assert.Throws<ArgumentException>(() => LunarCalendar.ToSolar(1, 5, 2024, leapMonth: true));

    [Fact]
    public void The_leap_month_of_2023_follows_the_regular_second_month()
    {
        var regular = LunarCalendar.ToSolar(1, 2, 2023);
        var leap = LunarCalendar.ToSolar(1, 2, 2023, leapMonth: true);
        Assert.Equal(new DateOnly(2023, 2, 20), regular);
        Assert.Equal(new DateOnly(2023, 3, 22), leap);
    }
}
