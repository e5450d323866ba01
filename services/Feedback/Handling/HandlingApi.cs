using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling.Steps;
using VanPhong.Notifications;
using VanPhong.Persistence;
using VanPhong.Security;
using VanPhong.Text;

namespace VanPhong.Feedback.Handling;

/// <summary>
/// Xử lý phản ánh, kiến nghị: every step is a staff action under a policy (one file each in <c>Steps/</c>), taken by
/// the case itself (<see cref="FeedbackCase"/>), recorded in its history and the audit log, and announced through the
/// outbox. A step sent with If-Match applies only to the version the caller saw.
/// </summary>
public static class HandlingApi
{
    public sealed record ListFilter(string? Status, string? Unit, bool? Overdue, string? Q);

    public static RouteGroupBuilder MapHandling(this RouteGroupBuilder feedback)
    {
        feedback.MapGet("/", ListAsync).WithName("ListFeedback").RequireAuthorization(StaffPolicies.Staff);
        feedback.MapGet("/{id:guid}", GetAsync).WithName("GetFeedback").RequireAuthorization(StaffPolicies.Staff);
        feedback.MapGet("/{id:guid}/attachments/{attachmentId:guid}", AttachmentAsync).WithName("GetFeedbackAttachment").RequireAuthorization(StaffPolicies.Staff);
        feedback.MapPost("/", EnterStep.HandleAsync).WithName("EnterFeedback").WithSummary("Nhập phản ánh, kiến nghị nhận qua bưu chính, điện thoại, thư điện tử, trực tiếp").RequireAuthorization(StaffPolicies.OneStop);
        feedback.MapPost("/{id:guid}/classify", ClassifyStep.HandleAsync).WithName("ClassifyFeedback").RequireAuthorization(StaffPolicies.Office);
        feedback.MapPost("/{id:guid}/assign", AssignStep.HandleAsync).WithName("AssignFeedback").RequireAuthorization(StaffPolicies.Office);
        feedback.MapPost("/{id:guid}/start", StartStep.HandleAsync).WithName("StartFeedback").RequireAuthorization(StaffPolicies.UnitWork);
        feedback.MapPost("/{id:guid}/draft", DraftStep.HandleAsync).WithName("DraftFeedbackAnswer").RequireAuthorization(StaffPolicies.UnitWork);
        feedback.MapPost("/{id:guid}/return", ReturnStep.HandleAsync).WithName("ReturnFeedbackDraft").RequireAuthorization(StaffPolicies.OfficeOrLeadership);
        feedback.MapGet("/{id:guid}/redaction-preview", ApproveStep.PreviewAsync).WithName("PreviewFeedbackRedaction").RequireAuthorization(StaffPolicies.OfficeOrLeadership);
        feedback.MapPost("/{id:guid}/approve", ApproveStep.HandleAsync).WithName("ApproveFeedbackAnswer").RequireAuthorization(StaffPolicies.Leadership);
        feedback.MapPost("/{id:guid}/send", SendStep.HandleAsync).WithName("SendFeedbackAnswer").RequireAuthorization(StaffPolicies.Office);
        feedback.MapPost("/{id:guid}/publish", PublishStep.HandleAsync).WithName("PublishFeedback").RequireAuthorization(StaffPolicies.Office);
        feedback.MapPost("/{id:guid}/close", CloseStep.HandleAsync).WithName("CloseFeedback").RequireAuthorization(StaffPolicies.Office);
        feedback.MapPost("/{id:guid}/reopen", ReopenStep.HandleAsync).WithName("ReopenFeedback").RequireAuthorization(StaffPolicies.OneStop);
        feedback.MapPost("/{id:guid}/extend", ExtendStep.HandleAsync).WithName("ExtendFeedbackDeadline").WithSummary("Gia hạn trả lời phản ánh, kiến nghị").RequireAuthorization(StaffPolicies.Office);
        feedback.MapPost("/{id:guid}/links", LinkStep.HandleAsync).WithName("LinkFeedback").RequireAuthorization(StaffPolicies.Office);
        return feedback;
    }

    private static async Task<IResult> ListAsync([AsParameters] ListFilter filter, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        var query = db.Cases.AsNoTracking();
        var seesAll = CaseAccess.SeesAll(http.User);
        var unit = http.User.UnitCode();

        if (filter.Status is not null)
        {
            if (!Enum.TryParse<FeedbackStatus>(filter.Status, ignoreCase: true, out var status) || int.TryParse(filter.Status, out _))
            {
                return CaseAccess.Invalid("Bộ lọc không hợp lệ", "status", $"Trạng thái '{filter.Status}' không hợp lệ.");
            }

            query = query.Where(c => c.Status == status);
        }

        if (filter.Unit is not null)
        {
            query = query.Where(c => c.LeadUnit == filter.Unit);
        }

        var today = VietnamTime.Today(clock);
        var rows = (await query.OrderByDescending(c => c.ReceivedAt).Take(1000).ToListAsync())
            .Where(c => seesAll || CaseAccess.Involves(c, unit))
            .Where(c => filter.Q is null || VietnameseText.Matches(c.TrackingCode + " " + c.Content, filter.Q))
            .Select(c => FeedbackViews.Row(c, today))
            .Where(r => filter.Overdue != true || r.Overdue)
            .ToList();
        return TypedResults.Ok(rows);
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, FeedbackDb db)
    {
        var feedback = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return CaseAccess.NotFound();
        }

        if (!CaseAccess.SeesAll(http.User) && !CaseAccess.Involves(feedback, http.User.UnitCode()))
        {
            return StaffSecurity.Forbidden("Đơn vị chỉ xem được phản ánh, kiến nghị được phân công cho mình.");
        }

        http.Response.Headers.ETag = StaleWrite.ETag(feedback.Version);
        var reference = id.ToString();
        return TypedResults.Ok(FeedbackViews.View(
            feedback,
            await db.Attachments.AsNoTracking().Where(a => a.FeedbackId == id).ToListAsync(),
            await db.Transitions.AsNoTracking().Where(t => t.FeedbackId == id).ToListAsync(),
            await db.Set<OutgoingMail>().AsNoTracking().Where(m => m.Reference == reference).ToListAsync()));
    }

    private static async Task<IResult> AttachmentAsync(Guid id, Guid attachmentId, HttpContext http, FeedbackDb db)
    {
        var feedback = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return CaseAccess.NotFound();
        }

        if (!CaseAccess.SeesAll(http.User) && !CaseAccess.Involves(feedback, http.User.UnitCode()))
        {
            return StaffSecurity.Forbidden("Đơn vị chỉ xem được tệp của phản ánh, kiến nghị được phân công cho mình.");
        }

        var file = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.FeedbackId == id);
        // Named again: attachments stored before names were made safe may still hold a backslash path.
        return file is null ? CaseAccess.NotFound() : TypedResults.File(file.Content, file.ContentType, FileNames.Stored(file.FileName, FileTypes.Extension(file.ContentType), "tep-dinh-kem"));
    }
}
