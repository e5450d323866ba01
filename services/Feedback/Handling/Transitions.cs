using System.Security.Claims;
using VanPhong.Contracts;
using VanPhong.Feedback.Data;
using VanPhong.Messaging;
using VanPhong.Security;

namespace VanPhong.Feedback.Handling;

/// <summary>
/// The state machine of a PAKN: which step may follow which. Every move is recorded (who, unit, when, note) and,
/// unless the step has an event of its own, announced as FeedbackStatusChanged.
/// </summary>
public static class Transitions
{
    private static readonly Dictionary<FeedbackStatus, FeedbackStatus[]> Allowed = new()
    {
        [FeedbackStatus.Received] = [FeedbackStatus.NotAccepted, FeedbackStatus.Transferred, FeedbackStatus.Accepted],
        [FeedbackStatus.Accepted] = [FeedbackStatus.Assigned],
        [FeedbackStatus.Assigned] = [FeedbackStatus.Assigned, FeedbackStatus.InProgress],
        [FeedbackStatus.InProgress] = [FeedbackStatus.AnswerDrafted, FeedbackStatus.Assigned],
        [FeedbackStatus.AnswerDrafted] = [FeedbackStatus.InProgress, FeedbackStatus.Approved],
        [FeedbackStatus.Approved] = [FeedbackStatus.Answered, FeedbackStatus.InProgress],
        [FeedbackStatus.Answered] = [FeedbackStatus.Published, FeedbackStatus.Closed, FeedbackStatus.InProgress],
        [FeedbackStatus.Published] = [FeedbackStatus.Closed, FeedbackStatus.InProgress],
        [FeedbackStatus.Closed] = [FeedbackStatus.InProgress],
        [FeedbackStatus.NotAccepted] = [],
        [FeedbackStatus.Transferred] = [],
    };

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

    public static bool CanMove(FeedbackStatus from, FeedbackStatus to) => Allowed[from].Contains(to);

    /// <summary>Moves the case; the caller has checked <see cref="CanMove"/>.</summary>
    public static void Move(FeedbackDb db, FeedbackCase feedback, FeedbackStatus to, ClaimsPrincipal? by, TimeProvider clock, string? note, bool announce = true)
    {
        var from = feedback.Status;
        var now = clock.GetUtcNow();
        feedback.Status = to;
        feedback.DueSoonAlertedFor = null;
        feedback.OverdueAlertedFor = null;
        db.Transitions.Add(new FeedbackTransition
        {
            FeedbackId = feedback.Id,
            From = from,
            To = to,
            At = now.UtcDateTime,
            By = by?.DisplayName() ?? "Người gửi",
            Unit = by?.UnitCode(),
            Note = note,
        });
        if (announce)
        {
            db.AddEvent(new FeedbackStatusChanged(feedback.Id, feedback.TrackingCode, from.ToString(), to.ToString(), now, feedback.LeadUnit), clock);
        }
    }
}
