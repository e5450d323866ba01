using VanPhong.Calendar;
using VanPhong.Reporting.Periods;

namespace VanPhong.UnitTests.Reporting;

/// <summary>Thời gian chốt số liệu of Khánh Hòa QĐ 01/2023 (DOMAIN-RESEARCH C.1), and the report's due date.</summary>
public sealed class ReportPeriodTests
{
    private static readonly ReportPeriods Periods = new(new PeriodOptions(), WorkingDayCalendar.Default);

    [Theory]
    [InlineData(2023, 1, "2022-12-15", "2023-03-14")]
    [InlineData(2023, 2, "2023-03-15", "2023-06-14")]
    [InlineData(2023, 3, "2023-06-15", "2023-09-14")]
    [InlineData(2023, 4, "2023-09-15", "2023-12-14")]
    public void Quarters_run_from_the_15th_of_the_month_before_to_the_14th_of_the_last_month(int year, int quarter, string from, string to)
    {
        var period = Periods.Quarter(year, quarter);

        Assert.Equal(DateOnly.Parse(from), period.From);
        Assert.Equal(DateOnly.Parse(to), period.To);
        Assert.Equal(year, period.PlanYear);
    }

    [Fact]
    public void Six_months_nine_months_and_the_year_start_on_15_December_of_the_previous_year()
    {
        var all = Periods.Of(2023);

        Assert.Equal((new DateOnly(2022, 12, 15), new DateOnly(2023, 6, 14)), Range(all.Single(p => p.Kind == PeriodKinds.HalfYear)));
        Assert.Equal((new DateOnly(2022, 12, 15), new DateOnly(2023, 9, 14)), Range(all.Single(p => p.Kind == PeriodKinds.NineMonths)));
        Assert.Equal((new DateOnly(2022, 12, 15), new DateOnly(2023, 12, 14)), Range(all.Single(p => p.Kind == PeriodKinds.Year)));
        Assert.Equal((new DateOnly(2022, 12, 15), new DateOnly(2023, 1, 14)), Range(Periods.Month(2023, 1)));
        Assert.Equal("quý II năm 2023", Periods.Quarter(2023, 2).Title);
    }

    [Fact]
    public void The_report_is_due_two_working_days_after_the_cut_off()
    {
        Assert.Equal(new DateOnly(2023, 3, 16), Periods.Quarter(2023, 1).DueOn); // Tuesday 14/3 → Thursday 16/3
        Assert.Equal(new DateOnly(2026, 6, 16), Periods.Quarter(2026, 2).DueOn); // Sunday 14/6 → Tuesday 16/6
    }

    [Fact]
    public void The_cut_off_day_is_configuration()
    {
        var periods = new ReportPeriods(new PeriodOptions { CutOffDay = 20 }, WorkingDayCalendar.Default);

        Assert.Equal((new DateOnly(2025, 12, 21), new DateOnly(2026, 3, 20)), Range(periods.Quarter(2026, 1)));
    }

    [Fact]
    public void A_request_that_names_no_valid_period_is_refused_with_the_reason()
    {
        Assert.Contains("Quý phải từ 1 đến 4", Periods.Resolve("Quarter", 2026, 5, null, null).Error);
        Assert.Contains("ngày kết thúc", Periods.Resolve(null, null, null, new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1)).Error);
        Assert.Contains("loại kỳ", Periods.Resolve(null, 2026, 1, null, null).Error);
        var custom = Periods.Resolve(null, null, null, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)).Period!;
        Assert.Equal(PeriodKinds.Custom, custom.Kind);
        Assert.Equal("từ ngày 01/04/2026 đến ngày 30/04/2026", custom.Title);
    }

    private static (DateOnly, DateOnly) Range(ReportPeriod p) => (p.From, p.To);
}
