using VanPhong.Feedback.Data;

namespace VanPhong.Feedback.Handling;

/// <summary>The steps of a PAKN's handling, each a method of <see cref="FeedbackCase"/>.</summary>
public enum HandlingStep
{
    Classify,
    Assign,
    Start,
    Draft,
    Return,
    Approve,
    Send,
    Publish,
    Close,
    Reopen,
    Extend,
}

/// <summary>
/// The state machine of a PAKN as one table: which step moves a case from which status to which. It is the only
/// guard — <see cref="FeedbackCase"/> asks it before every move — and every row is checked by a unit test.
/// </summary>
public static class Transitions
{
    public static readonly IReadOnlyList<(HandlingStep Step, FeedbackStatus From, FeedbackStatus To)> Table =
    [
        (HandlingStep.Classify, FeedbackStatus.Received, FeedbackStatus.NotAccepted),
        (HandlingStep.Classify, FeedbackStatus.Received, FeedbackStatus.Transferred),
        (HandlingStep.Classify, FeedbackStatus.Received, FeedbackStatus.Accepted),
        (HandlingStep.Assign, FeedbackStatus.Accepted, FeedbackStatus.Assigned),
        (HandlingStep.Assign, FeedbackStatus.Assigned, FeedbackStatus.Assigned),
        (HandlingStep.Assign, FeedbackStatus.InProgress, FeedbackStatus.Assigned),
        (HandlingStep.Start, FeedbackStatus.Assigned, FeedbackStatus.InProgress),
        (HandlingStep.Draft, FeedbackStatus.InProgress, FeedbackStatus.AnswerDrafted),
        (HandlingStep.Return, FeedbackStatus.AnswerDrafted, FeedbackStatus.InProgress),
        (HandlingStep.Return, FeedbackStatus.Approved, FeedbackStatus.InProgress),
        (HandlingStep.Approve, FeedbackStatus.AnswerDrafted, FeedbackStatus.Approved),
        (HandlingStep.Send, FeedbackStatus.Approved, FeedbackStatus.Answered),
        (HandlingStep.Publish, FeedbackStatus.Answered, FeedbackStatus.Published),
        (HandlingStep.Close, FeedbackStatus.Answered, FeedbackStatus.Closed),
        (HandlingStep.Close, FeedbackStatus.Published, FeedbackStatus.Closed),
        (HandlingStep.Reopen, FeedbackStatus.Answered, FeedbackStatus.InProgress),
        (HandlingStep.Reopen, FeedbackStatus.Published, FeedbackStatus.InProgress),
        (HandlingStep.Reopen, FeedbackStatus.Closed, FeedbackStatus.InProgress),
        (HandlingStep.Extend, FeedbackStatus.Accepted, FeedbackStatus.Accepted),
        (HandlingStep.Extend, FeedbackStatus.Assigned, FeedbackStatus.Assigned),
        (HandlingStep.Extend, FeedbackStatus.InProgress, FeedbackStatus.InProgress),
        (HandlingStep.Extend, FeedbackStatus.AnswerDrafted, FeedbackStatus.AnswerDrafted),
        (HandlingStep.Extend, FeedbackStatus.Approved, FeedbackStatus.Approved),
    ];

    public static readonly IReadOnlyDictionary<FeedbackStatus, string> VietnameseNames = new Dictionary<FeedbackStatus, string>
    {
        [FeedbackStatus.Received] = "Đã tiếp nhận",
        [FeedbackStatus.NotAccepted] = "Không tiếp nhận",
        [FeedbackStatus.Transferred] = "Đã chuyển cơ quan có thẩm quyền",
        [FeedbackStatus.Accepted] = "Thuộc thẩm quyền, chờ phân công",
        [FeedbackStatus.Assigned] = "Đã phân công xử lý",
        [FeedbackStatus.InProgress] = "Đang xử lý",
        [FeedbackStatus.AnswerDrafted] = "Đã có dự thảo trả lời, chờ duyệt",
        [FeedbackStatus.Approved] = "Đã duyệt trả lời",
        [FeedbackStatus.Answered] = "Đã trả lời",
        [FeedbackStatus.Published] = "Đã công khai kết quả",
        [FeedbackStatus.Closed] = "Đã kết thúc",
    };

    public static bool Allows(HandlingStep step, FeedbackStatus from, FeedbackStatus to) =>
        Table.Contains((step, from, to));

    /// <summary>The steps that may be taken from <paramref name="status"/> (what the staff pages offer).</summary>
    public static IReadOnlyList<HandlingStep> StepsFrom(FeedbackStatus status) =>
        Table.Where(t => t.From == status).Select(t => t.Step).Distinct().ToList();
}
