using VanPhong.Contracts;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;
using VanPhong.ServiceDefaults;

namespace VanPhong.UnitTests.Feedback;

/// <summary>The PAKN state machine, taken by the case itself, without a database or a broker.</summary>
public sealed class HandlingStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly Actor Office = new("Chuyên viên Văn phòng", "VP");

    private static FeedbackCase NewCase(bool consent = true) => new()
    {
        TrackingCode = "PAKN-2026-000001",
        Category = "implementation-difficulty",
        Content = "Nội dung phản ánh",
        ConsentToPublish = consent,
        ReceivedOn = new DateOnly(2026, 6, 1),
        ClassificationDueOn = new DateOnly(2026, 6, 8),
        AnswerDueOn = new DateOnly(2026, 6, 15),
    };

    /// <summary>Each step from the status the table says it leaves, as the handler would call it.</summary>
    private static object Take(FeedbackCase c, HandlingStep step, FeedbackStatus to) => step switch
    {
        HandlingStep.Classify => c.Classify(to switch
        {
            FeedbackStatus.NotAccepted => ClassificationOutcome.NotAccepted,
            FeedbackStatus.Transferred => ClassificationOutcome.Transferred,
            _ => ClassificationOutcome.WithinAuthority,
        }, null, "lý do", "Sở Xây dựng", Office, Now),
        HandlingStep.Assign => c.Assign("QLDT", ["QHXD"], Office, Now),
        HandlingStep.Start => c.Start(Office, Now),
        HandlingStep.Draft => c.DraftAnswer("Trả lời", "Nghị định 20/2008/NĐ-CP", Office, Now),
        HandlingStep.Return => c.ReturnDraft("Bổ sung căn cứ", Office, Now),
        HandlingStep.Approve => c.Approve("Câu hỏi", "Trả lời", Office, Now),
        HandlingStep.Send => c.Send("01/KKT-VP", new DateOnly(2026, 6, 20), Office, Now),
        HandlingStep.Publish => c.Publish(Office, Now),
        HandlingStep.Close => c.Close(Office, Now),
        HandlingStep.Reopen => c.Reopen("Chưa đồng ý", new DateOnly(2026, 6, 29), Actor.Submitter, Now),
        HandlingStep.Extend => c.Extend(new DateOnly(2026, 7, 15), "Cần lấy ý kiến cơ quan liên quan", Office, Now),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>The shortest way from Received to <paramref name="status"/>.</summary>
    private static FeedbackCase CaseIn(FeedbackStatus status)
    {
        var path = new Dictionary<FeedbackStatus, (HandlingStep, FeedbackStatus)[]>
        {
            [FeedbackStatus.Received] = [],
            [FeedbackStatus.NotAccepted] = [(HandlingStep.Classify, FeedbackStatus.NotAccepted)],
            [FeedbackStatus.Transferred] = [(HandlingStep.Classify, FeedbackStatus.Transferred)],
            [FeedbackStatus.Accepted] = [(HandlingStep.Classify, FeedbackStatus.Accepted)],
            [FeedbackStatus.Assigned] = [(HandlingStep.Classify, FeedbackStatus.Accepted), (HandlingStep.Assign, FeedbackStatus.Assigned)],
        };
        FeedbackStatus[] rest = [FeedbackStatus.InProgress, FeedbackStatus.AnswerDrafted, FeedbackStatus.Approved, FeedbackStatus.Answered, FeedbackStatus.Published, FeedbackStatus.Closed];
        HandlingStep[] steps = [HandlingStep.Start, HandlingStep.Draft, HandlingStep.Approve, HandlingStep.Send, HandlingStep.Publish, HandlingStep.Close];
        for (var i = 0; i < rest.Length; i++)
        {
            path[rest[i]] = [.. path[i == 0 ? FeedbackStatus.Assigned : rest[i - 1]], (steps[i], rest[i])];
        }

        var c = NewCase();
        foreach (var (step, to) in path[status])
        {
            Take(c, step, to);
        }

        Assert.Equal(status, c.Status);
        return c;
    }

    public static TheoryData<HandlingStep, FeedbackStatus, FeedbackStatus> Allowed() =>
        [.. Transitions.Table.Select(t => (t.Step, t.From, t.To))];

    public static TheoryData<HandlingStep, FeedbackStatus> Refused() =>
        [.. Enum.GetValues<HandlingStep>().SelectMany(step => Enum.GetValues<FeedbackStatus>().Where(from => !Transitions.Table.Any(t => t.Step == step && t.From == from)).Select(from => (step, from)))];

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Every_row_of_the_table_moves_the_case_records_the_move_and_raises_its_version(HandlingStep step, FeedbackStatus from, FeedbackStatus to)
    {
        var c = CaseIn(from);
        var version = c.Version;
        var history = c.History.Count;

        var announced = Take(c, step, to);

        Assert.Equal(to, c.Status);
        Assert.Equal(version + 1, c.Version);
        Assert.Equal(history + 1, c.History.Count);
        Assert.Equal((from, to), (c.History[^1].From, c.History[^1].To));
        // The event carries the version it leaves the case at, so consumers can order what they receive.
        Assert.Equal(c.Version, (int)announced.GetType().GetProperty("Version")!.GetValue(announced)!);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_step_the_table_has_no_row_for_is_refused_and_changes_nothing(HandlingStep step, FeedbackStatus from)
    {
        var c = CaseIn(from);
        var version = c.Version;

        var refused = Assert.Throws<StateConflictException>(() => Take(c, step, step == HandlingStep.Classify ? FeedbackStatus.Accepted : FeedbackStatus.InProgress));

        Assert.Contains(Transitions.VietnameseNames[from], refused.Detail);
        Assert.Equal((from, version), (c.Status, c.Version));
    }

    [Fact]
    public void Two_sends_of_one_answer_give_one_answer_event()
    {
        var c = CaseIn(FeedbackStatus.Approved);
        var first = c.Send("01/KKT-VP", new DateOnly(2026, 6, 20), Office, Now);

        Assert.Throws<StateConflictException>(() => c.Send("01/KKT-VP", new DateOnly(2026, 6, 20), Office, Now));
        Assert.True(first.OnTime);
        Assert.Equal(FeedbackStatus.Answered, c.Status);
    }

    [Fact]
    public void Reopening_gives_a_new_answer_deadline_and_the_next_approval_is_needed_again()
    {
        var c = CaseIn(FeedbackStatus.Published);
        c.Reopen("Chưa đồng ý", new DateOnly(2026, 6, 29), Actor.Submitter, Now);

        Assert.Equal((FeedbackStatus.InProgress, 1, new DateOnly(2026, 6, 29)), (c.Status, c.ReopenCount, c.AnswerDueOn!.Value));
        Assert.Null(c.ApprovedBy);
        Assert.Equal("Người gửi", c.History[^1].By);
    }

    [Fact]
    public void Without_consent_the_question_is_never_kept_for_publication()
    {
        var c = NewCase(consent: false);
        foreach (var (step, to) in new[] { (HandlingStep.Classify, FeedbackStatus.Accepted), (HandlingStep.Assign, FeedbackStatus.Assigned), (HandlingStep.Start, FeedbackStatus.InProgress), (HandlingStep.Draft, FeedbackStatus.AnswerDrafted) })
        {
            Take(c, step, to);
        }

        c.Approve("Câu hỏi có thể công khai", "Trả lời", Office, Now);
        Assert.Null(c.PublishedQuestion);
        Assert.Equal("Trả lời", c.PublishedAnswer);
    }

    [Fact]
    public void A_rating_needs_an_answer_and_the_deadline_watch_alerts_once_per_due_date()
    {
        var c = CaseIn(FeedbackStatus.Assigned);
        Assert.Throws<StateConflictException>(() => c.Rate(true, 5, null, Now));

        var overdue = Assert.IsType<FeedbackOverdue>(c.DeadlineAlert(new DateOnly(2026, 6, 16), (a, b) => 0, 2));
        Assert.Equal(("Answer", c.Version), (overdue.Step, overdue.Version));
        Assert.Null(c.DeadlineAlert(new DateOnly(2026, 6, 17), (a, b) => 0, 2));
    }
}
