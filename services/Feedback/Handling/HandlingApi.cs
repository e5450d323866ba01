using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling.Steps;
using VanPhong.Notifications;
using VanPhong.Persistence;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Feedback.Handling;

/// <summary>
/// Xử lý phản ánh, kiến nghị: every step is a staff action under a policy (one file each in <c>Steps/</c>), taken by
/// the case itself (<see cref="FeedbackCase"/>), recorded in its history and the audit log, and announced through the
/// outbox. A step sent with If-Match applies only to the version the caller saw.
/// </summary>
public static class HandlingApi
{
    /// <param name="Page">1-based.</param>
    public sealed record ListFilter(string? Status, string? Unit, string? Category, bool? Overdue, string? Q, int? Page, int? PageSize);

    public const string TotalCountHeader = "X-Total-Count";

    public const int DefaultPageSize = 100;

    public const int MaxPageSize = 500;

    private const int MaxPage = 1_000_000;

    private const int MaxQueryLength = 200;

    public static RouteGroupBuilder MapHandling(this RouteGroupBuilder feedback)
    {
        feedback.MapGet("/", ListAsync).WithName("ListFeedback").RequireAuthorization(StaffPolicies.Staff);
        feedback.MapGet("/{id:guid}", GetAsync).WithName("GetFeedback").RequireAuthorization(StaffPolicies.Staff);
        feedback.MapGet("/{id:guid}/attachments/{attachmentId:guid}", AttachmentAsync).WithName("GetFeedbackAttachment").RequireAuthorization(StaffPolicies.Staff)
            .Produces(StatusCodes.Status200OK, responseType: null, contentType: FileTypes.Pdf, additionalContentTypes: [FileTypes.Jpeg, FileTypes.Png, FileTypes.Docx]); // as IntakeRules accepts
        feedback.MapPost("/", EnterStep.HandleAsync).WithName("EnterFeedback").WithSummary("Nhập phản ánh, kiến nghị nhận qua bưu chính, điện thoại, thư điện tử, trực tiếp").RequireAuthorization(StaffPolicies.OneStop);
        feedback.MapPost("/{id:guid}/classify", ClassifyStep.HandleAsync).WithName("ClassifyFeedback").RequireAuthorization(StaffPolicies.Office).Step();
        feedback.MapPost("/{id:guid}/assign", AssignStep.HandleAsync).WithName("AssignFeedback").RequireAuthorization(StaffPolicies.Office).Step();
        feedback.MapPost("/{id:guid}/start", StartStep.HandleAsync).WithName("StartFeedback").RequireAuthorization(StaffPolicies.UnitWork).Step();
        feedback.MapPost("/{id:guid}/draft", DraftStep.HandleAsync).WithName("DraftFeedbackAnswer").RequireAuthorization(StaffPolicies.UnitWork).Step();
        feedback.MapPost("/{id:guid}/return", ReturnStep.HandleAsync).WithName("ReturnFeedbackDraft").RequireAuthorization(StaffPolicies.OfficeOrLeadership).Step();
        feedback.MapGet("/{id:guid}/redaction-preview", ApproveStep.PreviewAsync).WithName("PreviewFeedbackRedaction").RequireAuthorization(StaffPolicies.OfficeOrLeadership);
        feedback.MapPost("/{id:guid}/approve", ApproveStep.HandleAsync).WithName("ApproveFeedbackAnswer").RequireAuthorization(StaffPolicies.Leadership).Step();
        feedback.MapPost("/{id:guid}/send", SendStep.HandleAsync).WithName("SendFeedbackAnswer").RequireAuthorization(StaffPolicies.Office).Step();
        feedback.MapPost("/{id:guid}/publish", PublishStep.HandleAsync).WithName("PublishFeedback").RequireAuthorization(StaffPolicies.Office).Step();
        feedback.MapPost("/{id:guid}/close", CloseStep.HandleAsync).WithName("CloseFeedback").RequireAuthorization(StaffPolicies.Office).Step();
        feedback.MapPost("/{id:guid}/reopen", ReopenStep.HandleAsync).WithName("ReopenFeedback").RequireAuthorization(StaffPolicies.OneStop).Step();
        feedback.MapPost("/{id:guid}/extend", ExtendStep.HandleAsync).WithName("ExtendFeedbackDeadline").WithSummary("Gia hạn trả lời phản ánh, kiến nghị").RequireAuthorization(StaffPolicies.Office).Step();
        feedback.MapPost("/{id:guid}/links", LinkStep.HandleAsync).WithName("LinkFeedback").RequireAuthorization(StaffPolicies.Office).Step();
        return feedback;
    }

    /// <summary>
    /// A step's 409s are thrown rather than returned, so the union cannot show them: the case refuses a step its status does
    /// not allow (<see cref="StateConflictException"/>) and a stale If-Match is refused (<see cref="StaleWrite"/>).
    /// </summary>
    private static RouteHandlerBuilder Step(this RouteHandlerBuilder step) => step.ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>
    /// Sổ theo dõi: every filter, the order and the page run in the database, so a unit sees all of its cases however
    /// old and however many others there are. The body stays an array of rows; <c>X-Total-Count</c> says how many match
    /// and <c>Link</c> (RFC 8288) names the previous and next pages.
    /// </summary>
    private static async Task<Results<Ok<List<FeedbackRow>>, ValidationProblem>> ListAsync([AsParameters] ListFilter filter, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        var query = db.Cases.AsNoTracking();
        var unit = http.User.UnitCode();
        if (!CaseAccess.SeesAll(http.User))
        {
            // Units see the cases they lead or coordinate (CaseAccess.Involves); a unit-less account sees none. "Id IN
            // (the unit's coordinated cases)" rather than a correlated EXISTS: both sides of the OR then use an index
            // (SQLite's multi-index OR), and counting a unit's cases in a million reads only those (1.6 s → 0.08 s).
            var coordinated = db.Cases.SelectMany(c => c.Coordination).Where(u => u.UnitCode == unit).Select(u => EF.Property<Guid>(u, "FeedbackId"));
            query = unit is null
                ? query.Where(c => false)
                : query.Where(c => c.LeadUnit == unit || coordinated.Contains(c.Id));
        }

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

        if (filter.Category is not null)
        {
            query = query.Where(c => c.Category == filter.Category);
        }

        var today = VietnamTime.Today(clock);
        if (filter.Overdue == true)
        {
            query = query.Where(FeedbackCase.OverdueQuery(today));
        }

        if (filter.Q is { Length: > MaxQueryLength })
        {
            return CaseAccess.Invalid("Bộ lọc không hợp lệ", "q", $"Từ khóa tìm kiếm dài quá {MaxQueryLength} ký tự.");
        }

        // VietnameseText.Matches: every word of the folded query somewhere in the folded code and content.
        foreach (var word in VietnameseText.Fold(filter.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
        {
            query = query.Where(c => c.SearchText!.Contains(word));
        }

        var page = filter.Page ?? 1;
        var size = filter.PageSize ?? DefaultPageSize;
        if (page < 1 || page > MaxPage)
        {
            return CaseAccess.Invalid("Trang không hợp lệ", "page", "Số trang từ 1 đến 1.000.000.");
        }

        if (size is < 1 or > MaxPageSize)
        {
            return CaseAccess.Invalid("Trang không hợp lệ", "pageSize", $"Số dòng mỗi trang từ 1 đến {MaxPageSize}.");
        }

        var total = await query.CountAsync(http.RequestAborted);
        var cases = await query
            .OrderByDescending(c => c.ReceivedAt)
            .ThenByDescending(c => c.Id) // a total order, so no case is on two pages or on none
            .Skip((page - 1) * size)
            .Take(size)
            .Select(c => new { c.Id, c.TrackingCode, c.Category, c.Channel, c.Status, c.ReceivedAt, c.LeadUnit, c.ClassificationDueOn, c.AnswerDueOn, c.PublicationDueOn, c.Version })
            .ToListAsync(http.RequestAborted);
        http.Response.Headers[TotalCountHeader] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (PageLinks(http.Request, page, size, total) is { Length: > 0 } links)
        {
            http.Response.Headers.Link = links;
        }

        return TypedResults.Ok(cases.Select(c => FeedbackViews.Row(c.Id, c.TrackingCode, c.Category, c.Channel, c.Status, c.ReceivedAt, c.LeadUnit,
            FeedbackCase.DeadlineOf(c.Status, c.ClassificationDueOn, c.AnswerDueOn, c.PublicationDueOn), c.Version, today)).ToList());
    }

    /// <summary>RFC 8288 links to the neighbouring pages, with the request's other parameters as they were.</summary>
    private static string PageLinks(HttpRequest request, int page, int size, int total)
    {
        string Link(int number, string rel)
        {
            var parameters = request.Query.Where(p => !p.Key.Equals("page", StringComparison.OrdinalIgnoreCase) && !p.Key.Equals("pageSize", StringComparison.OrdinalIgnoreCase))
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
                .Append(new("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Append(new("pageSize", size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return $"<{request.PathBase}{request.Path}{QueryString.Create(parameters)}>; rel=\"{rel}\"";
        }

        var last = Math.Max(1, (total + size - 1) / size);
        List<string> links = [];
        if (page > 1)
        {
            links.Add(Link(Math.Min(page - 1, last), "prev"));
        }

        if (page < last)
        {
            links.Add(Link(page + 1, "next"));
        }

        return string.Join(", ", links);
    }

    private static async Task<Results<Ok<FeedbackView>, NotFoundProblem, ForbiddenProblem>> GetAsync(Guid id, HttpContext http, FeedbackDb db)
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

    private static async Task<Results<FileContentHttpResult, NotFoundProblem, ForbiddenProblem>> AttachmentAsync(Guid id, Guid attachmentId, HttpContext http, FeedbackDb db)
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
