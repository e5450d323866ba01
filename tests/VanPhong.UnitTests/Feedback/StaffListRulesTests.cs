using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;
using VanPhong.Text;

namespace VanPhong.UnitTests.Feedback;

/// <summary>What the staff list asks the database must mean what the case's own rules say.</summary>
public sealed class StaffListRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly Actor Office = new("Chuyên viên Văn phòng", "VP");

    private static FeedbackCase NewCase() => new()
    {
        TrackingCode = "PAKN-2026-000001",
        Category = "implementation-difficulty",
        Content = "Thủ tục cấp Giấy phép lao động",
        ConsentToPublish = true,
        ReceivedOn = new DateOnly(2026, 6, 1),
        ClassificationDueOn = new DateOnly(2026, 6, 8),
        AnswerDueOn = new DateOnly(2026, 6, 15),
    };

    /// <summary>A case in every status the handling reaches, one step further each.</summary>
    internal static IEnumerable<FeedbackCase> EveryStatus()
    {
        Func<FeedbackCase, object>[] steps =
        [
            c => c.Classify(ClassificationOutcome.WithinAuthority, null, null, null, Office, Now),
            c => c.Assign("QLDT", ["QHXD"], Office, Now),
            c => c.Start(Office, Now),
            c => c.DraftAnswer("Trả lời", "Căn cứ", Office, Now),
            c => c.Approve("Câu hỏi", "Trả lời", Office, Now),
            c => c.Send("01/KKT-VP", new DateOnly(2026, 6, 20), Office, Now),
            c => c.Publish(Office, Now),
            c => c.Close(Office, Now),
        ];
        for (var taken = 0; taken <= steps.Length; taken++)
        {
            var feedback = NewCase();
            foreach (var step in steps.Take(taken))
            {
                step(feedback);
            }

            yield return feedback;
        }

        var refused = NewCase();
        refused.Classify(ClassificationOutcome.NotAccepted, null, "Không thuộc phạm vi", null, Office, Now);
        yield return refused;
        var transferred = NewCase();
        transferred.Classify(ClassificationOutcome.Transferred, null, null, "Sở Xây dựng", Office, Now);
        yield return transferred;
    }

    [Fact]
    public void The_due_date_sql_computes_is_the_step_under_way_s_for_every_status()
    {
        var cases = EveryStatus().ToList();
        Assert.Equal(Enum.GetValues<FeedbackStatus>().Length, cases.Select(c => c.Status).Distinct().Count());
        var due = FeedbackCase.DueOfStepUnderWay.Compile();
        foreach (var feedback in cases)
        {
            Assert.True(feedback.CurrentDeadline?.Due == due(feedback), $"{feedback.Status}: {feedback.CurrentDeadline?.Due} against {due(feedback)}");
        }
    }

    [Fact]
    public void The_overdue_query_over_the_due_date_sql_computes_marks_exactly_the_cases_the_row_shows_overdue()
    {
        var cases = EveryStatus().ToList();
        var due = FeedbackCase.DueOfStepUnderWay.Compile();
        for (var today = new DateOnly(2026, 6, 1); today <= new DateOnly(2026, 6, 25); today = today.AddDays(1))
        {
            foreach (var feedback in cases)
            {
                // OverdueQuery reads the stored column; the column holds what SQL computes (StoredDueDates).
                Assert.True(FeedbackViews.Row(feedback, today).Overdue == due(feedback) < today, $"{feedback.Status} on {today}");
            }
        }
    }

    [Theory]
    [InlineData("giấy phép")]
    [InlineData("GIAY PHEP")]
    [InlineData("lao  động thủ")]
    [InlineData("pakn-2026-000001 cấp")]
    [InlineData("phép-lao")]
    [InlineData("đất đai")]
    [InlineData("")]
    public void Searching_the_stored_text_word_by_word_matches_as_the_list_matched_in_memory(string query)
    {
        var feedback = NewCase();
        var words = VietnameseText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(VietnameseText.Matches(feedback.TrackingCode + " " + feedback.Content, query), words.All(w => feedback.SearchText!.Contains(w, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_search_text_follows_the_content_and_the_code()
    {
        var feedback = NewCase();
        Assert.Equal("pakn-2026-000001 thu tuc cap giay phep lao dong", feedback.SearchText);
        feedback.Content = "Đề nghị Ban quản lý";
        feedback.TrackingCode = "PAKN-2026-000002";
        Assert.Equal("pakn-2026-000002 de nghi ban quan ly", feedback.SearchText);
    }

    [Fact]
    public void Reassigning_keeps_the_units_in_the_order_given_without_the_lead_unit_or_repeats()
    {
        var feedback = NewCase();
        feedback.Classify(ClassificationOutcome.WithinAuthority, null, null, null, Office, Now);
        var assigned = feedback.Assign("QLDT", ["QHXD", "DNLD", "QLDT", "QHXD"], Office, Now);
        Assert.Equal(["QHXD", "DNLD"], feedback.CoordinatingUnits);
        Assert.Equal(["QHXD", "DNLD"], assigned.CoordinatingUnits);

        feedback.Assign("QHXD", ["KHTC", "DNLD", "QHXD"], Office, Now);
        Assert.Equal(["KHTC", "DNLD"], feedback.CoordinatingUnits);
        Assert.Equal(2, feedback.Coordination.Count);
    }
}
