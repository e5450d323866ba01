using VanPhong.Calendar;
using VanPhong.Plans.Documents;
using VanPhong.Plans.Seed;
using VanPhong.Plans.Urging;

namespace VanPhong.UnitTests.Plans;

public sealed class UrgingScheduleTests
{
    private static DateTimeOffset Vn(int y, int m, int d, int h) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData(2023, 1, 19, 6, 2023, 1, 19)]  // before 07:00 on a working day: today
    [InlineData(2023, 1, 19, 8, 2023, 1, 27)]  // after 07:00 on the eve of Tết: the first working day after it
    [InlineData(2024, 5, 4, 6, 2024, 5, 4)]    // a Saturday declared a working day
    [InlineData(2024, 5, 11, 6, 2024, 5, 13)]  // an ordinary Saturday: Monday
    [InlineData(2026, 8, 21, 8, 2026, 8, 22)]  // Friday after seven: Saturday 22/8/2026 is worked for Monday 31/8
    [InlineData(2026, 8, 28, 8, 2026, 9, 3)]   // the National Day break 29/8–2/9/2026
    [InlineData(2026, 6, 1, 7, 2026, 6, 2)]    // at seven sharp today's run is due now, so the next one is tomorrow
    public void A_working_day_job_runs_at_seven_on_the_next_working_day(int y, int m, int d, int h, int ey, int em, int ed) =>
        Assert.Equal(Vn(ey, em, ed, 7), WorkingDayJob.NextRun(Vn(y, m, d, h), new TimeOnly(7, 0), WorkingDayCalendar.Default));

    [Fact]
    public void A_plan_written_to_xlsx_reads_back_the_same()
    {
        var plan = PlanTextParser.Parse(PlanSeeder.SeedText());
        var again = PlanSpreadsheet.Read(new MemoryStream(PlanSpreadsheet.Write(plan)));

        Assert.Equal(plan.Year, again.Year);
        Assert.Equal(plan.Budget, again.Budget);
        Assert.Equal(plan.LegalBases, again.LegalBases);
        Assert.Equal(plan.Sections.Select(s => s.Title), again.Sections.Select(s => s.Title));
        Assert.Equal(
            plan.Sections.SelectMany(s => s.Items).Select(i => (i.Code, i.IsGroup, i.Content, i.Timeframe, i.LeadUnits, i.CoordinatingUnits, i.ExpectedResult)),
            again.Sections.SelectMany(s => s.Items).Select(i => (i.Code, i.IsGroup, i.Content, i.Timeframe, i.LeadUnits, i.CoordinatingUnits, i.ExpectedResult)));
    }

    [Fact]
    public void Next_years_plan_moves_the_years_in_its_texts()
    {
        var next = PlanMapping.NextYear(PlanTextParser.Parse(PlanSeeder.SeedText()));
        var item = next.Sections.SelectMany(s => s.Items).Single(i => i.Code == "III.13");
        Assert.Equal(2024, next.Year);
        Assert.Equal("Tháng 6/2024", item.Timeframe);
        Assert.Contains("từ ngày 01/6/2024", item.Content);
        Assert.Null(next.DecisionNumber);
    }
}
