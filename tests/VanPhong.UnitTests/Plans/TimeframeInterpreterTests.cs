using VanPhong.Calendar;
using VanPhong.Plans.Timeframes;

namespace VanPhong.UnitTests.Plans;

public sealed class TimeframeInterpreterTests
{
    private static Timeframe Read(string? timeframe, string? content = null, string? result = null) =>
        TimeframeInterpreter.Interpret(timeframe, content, result, WorkingDayCalendar.Default);

    [Fact]
    public void Continuous_work_ends_with_the_year_and_is_checked_every_quarter()
    {
        var t = Read("Thường xuyên trong năm 2023");
        Assert.Equal(TimeframeKind.Continuous, t.Kind);
        // 31/12/2023 is a Sunday and 01/01/2024 a holiday: the period ends on 02/01/2024 (Civil Code Art. 148.5).
        Assert.Equal(new DateOnly(2024, 1, 2), t.DueOn);
        Assert.True(t.QuarterlyCheckIns);
    }

    [Fact]
    public void Within_the_year_means_by_its_end() =>
        Assert.Equal((TimeframeKind.WithinYear, new DateOnly(2024, 1, 2)), (Read("Trong năm 2023").Kind, Read("Trong năm 2023").DueOn));

    [Fact]
    public void Before_a_date_is_a_firm_deadline_the_day_before()
    {
        var t = Read("Trước ngày 15/8/2023");
        Assert.Equal(TimeframeKind.Deadline, t.Kind);
        Assert.Equal(new DateOnly(2023, 8, 14), t.DueOn);
    }

    [Fact]
    public void A_month_ends_on_its_last_working_day_or_after()
    {
        var t = Read("Tháng 6/2023", content: "Cử công chức đến làm việc tại Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa từ ngày 01/6/2023.");
        Assert.Equal(TimeframeKind.Month, t.Kind);
        Assert.Equal(new DateOnly(2023, 6, 1), t.StartOn);
        Assert.Equal(new DateOnly(2023, 6, 30), t.DueOn);
    }

    [Fact]
    public void From_a_date_means_in_place_by_that_date()
    {
        var t = Read("từ ngày 01/6/2023");
        Assert.Equal(TimeframeKind.FromDate, t.Kind);
        Assert.Equal(new DateOnly(2023, 6, 1), t.DueOn);
    }

    [Theory]
    [InlineData("Theo tiến độ của tỉnh")]
    [InlineData("Theo yêu cầu và Kế hoạch của Văn phòng UBND tỉnh")]
    public void External_schedules_get_no_automatic_due_date(string text)
    {
        var t = Read(text);
        Assert.Equal(TimeframeKind.External, t.Kind);
        Assert.Null(t.DueOn);
        Assert.False(t.NeedsReview);
    }

    [Fact]
    public void A_year_with_an_external_condition_keeps_the_condition_as_a_note()
    {
        var t = Read("Trong năm 2023, theo Kế hoạch kiểm tra định kỳ hoặc đột xuất của UBND tỉnh");
        Assert.Equal(TimeframeKind.WithinYear, t.Kind);
        Assert.Equal("theo Kế hoạch kiểm tra định kỳ hoặc đột xuất của UBND tỉnh", t.Note);
    }

    [Fact]
    public void Quarterly_duties_are_recognised_in_the_timeframe_or_the_result()
    {
        Assert.Equal(TimeframeKind.Quarterly, Read("Định kỳ hàng quý").Kind);
        Assert.True(Read("Trong năm 2023", result: "Hàng quý báo cáo UBND tỉnh kết quả đánh giá").QuarterlyCheckIns);
    }

    [Fact]
    public void What_is_not_understood_is_flagged_not_guessed()
    {
        var t = Read("Khi có điều kiện");
        Assert.Equal(TimeframeKind.Uninterpreted, t.Kind);
        Assert.True(t.NeedsReview);
        Assert.Null(t.DueOn);
        Assert.Contains("Khi có điều kiện", t.Note);
    }

    [Fact]
    public void Thirty_working_days_from_publication_count_across_Tet()
    {
        var rule = TimeframeInterpreter.FindRelativeRule("gửi hồ sơ trình Chủ tịch UBND tỉnh phê duyệt trong thời hạn 30 ngày làm việc kể từ ngày công bố TTHC theo quy định")!;
        Assert.Equal((30, true, RelativeTrigger.ProcedurePublished), (rule.Days, rule.WorkingDays, rule.Trigger));
        // Published Tuesday 10/01/2023: Tết 20–26/01 and 6 weekends pass; the 30th working day is 28/02/2023.
        Assert.Equal(new DateOnly(2023, 2, 28), rule.DueAfter(new DateOnly(2023, 1, 10), WorkingDayCalendar.Default));
    }

    [Fact]
    public void Three_days_from_approval_are_calendar_days_moved_off_a_weekend()
    {
        var rule = TimeframeInterpreter.FindRelativeRule("để áp dụng trong vòng 03 ngày kể từ ngày ban hành quyết định phê duyệt của UBND tỉnh")!;
        Assert.Equal((3, false, RelativeTrigger.InternalProcedureApproved), (rule.Days, rule.WorkingDays, rule.Trigger));
        // Approved Wednesday 26/04/2023: +3 days is Saturday 29/04, then 30/4–03/05 are days off: due Thursday 04/05.
        Assert.Equal(new DateOnly(2023, 5, 4), rule.DueAfter(new DateOnly(2023, 4, 26), WorkingDayCalendar.Default));
    }

    [Fact]
    public void A_deadline_in_the_expected_result_sets_the_due_date()
    {
        // Plan 2023, V.1.1: "Trong năm 2023" with the report due "trước ngày 30/7/2023" — a firm deadline, the day before.
        var t = Read("Trong năm 2023", result: "Báo cáo kết quả rà soát, đánh giá được gửi về Văn phòng UBND tỉnh trước ngày 30/7/2023. Kết quả rà soát, đánh giá gồm báo cáo…");
        Assert.Equal(TimeframeKind.WithinYear, t.Kind);
        Assert.Equal(new DateOnly(2023, 7, 29), t.DueOn);
        Assert.Contains("trước ngày 30/7/2023", t.Note);
        Assert.False(t.NeedsReview);
    }

    [Theory]
    [InlineData("Theo tiến độ của tỉnh", "Gửi Văn phòng UBND tỉnh chậm nhất ngày 15/9/2026", "2026-09-15")]
    [InlineData("Thường xuyên trong năm 2026", "Báo cáo trước ngày 20 tháng 6 năm 2026; bổ sung trước ngày 10/6/2026", "2026-06-09")]
    [InlineData("", "Nộp trước ngày 01/4/2026", "2026-03-31")]
    public void The_earliest_result_deadline_wins_whatever_its_wording(string timeframe, string result, string due) =>
        Assert.Equal(DateOnly.Parse(due), Read(timeframe, result: result).DueOn);

    [Fact]
    public void A_result_deadline_later_than_the_timeframe_does_not_move_it()
    {
        var t = Read("Trước ngày 15/8/2023", result: "Hoàn thành trước ngày 30/9/2023");
        Assert.Equal(new DateOnly(2023, 8, 14), t.DueOn);
    }

    [Fact]
    public void A_result_deadline_that_is_no_real_day_is_flagged_not_guessed()
    {
        var t = Read("Trong năm 2026", result: "Báo cáo trước ngày 31/02/2026");
        Assert.True(t.NeedsReview);
        Assert.Null(t.DueOn);
        Assert.Contains("31/02/2026", t.Note);
    }

    [Fact]
    public void A_timeframe_nobody_understood_stays_a_question_even_with_a_result_deadline()
    {
        var t = Read("Khi có điều kiện", result: "Báo cáo trước ngày 30/7/2026");
        Assert.True(t.NeedsReview);
        Assert.Null(t.DueOn);
        Assert.Contains("trước ngày 30/7/2026", t.Note);
    }

    [Fact]
    public void A_period_that_starts_with_an_event_ignores_dates_in_the_result()
    {
        var t = Read("Thường xuyên trong năm 2023", content: "gửi hồ sơ trình Chủ tịch UBND tỉnh phê duyệt trong thời hạn 30 ngày làm việc kể từ ngày công bố TTHC", result: "Quy trình nội bộ trình trước ngày 30/7/2023");
        Assert.Equal(new DateOnly(2024, 1, 2), t.DueOn);
    }

    [Theory]
    [InlineData("2023-01-01", "2023-03-14")]
    [InlineData("2023-03-14", "2023-06-14")]
    [InlineData("2023-12-20", "2024-03-14")]
    public void Quarterly_check_ins_fall_on_the_report_cut_offs(string after, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), TimeframeInterpreter.NextCheckIn(DateOnly.Parse(after)));
}
