using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Intake;
using VanPhong.Feedback.Publication;
using VanPhong.Messaging;
using VanPhong.Security;
using VanPhong.Text;

namespace VanPhong.Feedback.Handling;

/// <summary>
/// Xử lý phản ánh, kiến nghị: every step is a staff action under a policy, recorded in the case's history and the
/// audit log, and announced through the outbox. Units see the PAKN assigned to them; the office, leadership and
/// administrators see all.
/// </summary>
public static class HandlingApi
{
    public sealed record ListFilter(string? Status, string? Unit, bool? Overdue, string? Q);

    public sealed record StaffEntry(FeedbackRequest Feedback, string? Channel, string? ReceivedOn);

    public sealed record ClassifyRequest(string? Outcome, string? Reason, string? TransferredTo, string? Category);

    public sealed record AssignRequest(string? LeadUnit, List<string>? CoordinatingUnits);

    public sealed record DraftRequest(string? Answer, string? LegalBasis, Guid? TemplateId, Dictionary<string, string>? Variables);

    public sealed record ReasonRequest(string? Reason);

    public sealed record ApproveRequest(string? PublishedQuestion, string? PublishedAnswer);

    public sealed record SendRequest(string? AnswerNumber);

    public sealed record LinkRequest(Guid? PlanItemId, string? PlanItemCode, string? ProcedureCode, Guid? SimplificationProposalId);

    public sealed record RedactionPreview(string? Question, IReadOnlyList<string> QuestionRemoved, string? Answer, IReadOnlyList<string> AnswerRemoved);

    public static RouteGroupBuilder MapHandling(this RouteGroupBuilder feedback)
    {
        feedback.MapGet("/", ListAsync).WithName("ListFeedback").RequireAuthorization(StaffPolicies.Staff);
        feedback.MapGet("/{id:guid}", GetAsync).WithName("GetFeedback").RequireAuthorization(StaffPolicies.Staff);
        feedback.MapGet("/{id:guid}/attachments/{attachmentId:guid}", AttachmentAsync).WithName("GetFeedbackAttachment").RequireAuthorization(StaffPolicies.Staff);
        feedback.MapPost("/", EnterAsync).WithName("EnterFeedback").WithSummary("Nhập phản ánh, kiến nghị nhận qua bưu chính, điện thoại, thư điện tử, trực tiếp").RequireAuthorization(StaffPolicies.OneStop);
        feedback.MapPost("/{id:guid}/classify", ClassifyAsync).WithName("ClassifyFeedback").RequireAuthorization(StaffPolicies.Office);
        feedback.MapPost("/{id:guid}/assign", AssignAsync).WithName("AssignFeedback").RequireAuthorization(StaffPolicies.Office);
        feedback.MapPost("/{id:guid}/start", StartAsync).WithName("StartFeedback").RequireAuthorization(StaffPolicies.UnitWork);
        feedback.MapPost("/{id:guid}/draft", DraftAsync).WithName("DraftFeedbackAnswer").RequireAuthorization(StaffPolicies.UnitWork);
        feedback.MapPost("/{id:guid}/return", ReturnAsync).WithName("ReturnFeedbackDraft").RequireAuthorization(StaffPolicies.OfficeOrLeadership);
        feedback.MapGet("/{id:guid}/redaction-preview", PreviewAsync).WithName("PreviewFeedbackRedaction").RequireAuthorization(StaffPolicies.OfficeOrLeadership);
        feedback.MapPost("/{id:guid}/approve", ApproveAsync).WithName("ApproveFeedbackAnswer").RequireAuthorization(StaffPolicies.Leadership);
        feedback.MapPost("/{id:guid}/send", SendAsync).WithName("SendFeedbackAnswer").RequireAuthorization(StaffPolicies.Office);
        feedback.MapPost("/{id:guid}/publish", PublishAsync).WithName("PublishFeedback").RequireAuthorization(StaffPolicies.Office);
        feedback.MapPost("/{id:guid}/close", CloseAsync).WithName("CloseFeedback").RequireAuthorization(StaffPolicies.Office);
        feedback.MapPost("/{id:guid}/reopen", ReopenAsync).WithName("ReopenFeedback").RequireAuthorization(StaffPolicies.OneStop);
        feedback.MapPost("/{id:guid}/links", LinkAsync).WithName("LinkFeedback").RequireAuthorization(StaffPolicies.Office);
        return feedback;
    }

    private static async Task<IResult> ListAsync([AsParameters] ListFilter filter, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        var query = db.Cases.AsNoTracking();
        var seesAll = SeesAll(http);
        var unit = http.User.UnitCode();

        if (filter.Status is not null)
        {
            if (!Enum.TryParse<FeedbackStatus>(filter.Status, ignoreCase: true, out var status) || int.TryParse(filter.Status, out _))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"Trạng thái '{filter.Status}' không hợp lệ."] });
            }

            query = query.Where(c => c.Status == status);
        }

        if (filter.Unit is not null)
        {
            query = query.Where(c => c.LeadUnit == filter.Unit);
        }

        var today = VietnamTime.Today(clock);
        var rows = (await query.OrderByDescending(c => c.ReceivedAt).Take(1000).ToListAsync())
            .Where(c => seesAll || Involves(c, unit))
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
            return NotFound();
        }

        if (!SeesAll(http) && !Involves(feedback, http.User.UnitCode()))
        {
            return StaffSecurity.Forbidden("Đơn vị chỉ xem được phản ánh, kiến nghị được phân công cho mình.");
        }

        return TypedResults.Ok(FeedbackViews.View(
            feedback,
            await db.Attachments.AsNoTracking().Where(a => a.FeedbackId == id).ToListAsync(),
            await db.Transitions.AsNoTracking().Where(t => t.FeedbackId == id).ToListAsync()));
    }

    private static async Task<IResult> AttachmentAsync(Guid id, Guid attachmentId, HttpContext http, FeedbackDb db)
    {
        var feedback = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return NotFound();
        }

        if (!SeesAll(http) && !Involves(feedback, http.User.UnitCode()))
        {
            return StaffSecurity.Forbidden("Đơn vị chỉ xem được tệp của phản ánh, kiến nghị được phân công cho mình.");
        }

        var file = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.FeedbackId == id);
        return file is null ? NotFound() : TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<IResult> EnterAsync(StaffEntry entry, HttpContext http, FeedbackIntake intake)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<FeedbackChannel>(entry.Channel, ignoreCase: true, out var channel) || channel == FeedbackChannel.Online || int.TryParse(entry.Channel, out _))
        {
            errors["channel"] = ["Kênh tiếp nhận: Post (bưu chính), Phone (điện thoại), Email, InPerson (trực tiếp) hoặc NationalPortal (Cổng DVC quốc gia)."];
        }

        DateOnly? receivedOn = null;
        if (entry.ReceivedOn is not null)
        {
            if (DateOnly.TryParseExact(entry.ReceivedOn, ["yyyy-MM-dd", "dd/MM/yyyy"], out var day))
            {
                receivedOn = day;
            }
            else
            {
                errors["receivedOn"] = [$"Ngày tiếp nhận \"{entry.ReceivedOn}\" không đúng định dạng (dd/MM/yyyy hoặc yyyy-MM-dd)."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Phản ánh, kiến nghị chưa hợp lệ");
        }

        // An official decides whether a paper or phone PAKN is accepted (classification), so no automatic refusal here;
        // for a phone call the official who wrote it down is recorded (Art. 7.2).
        return PublicIntakeApi.ToResult(await intake.ReceiveAsync(entry.Feedback, channel, http.User.DisplayName(), receivedOn, applyAcceptanceRules: false, http.RequestAborted));
    }

    private static async Task<IResult> ClassifyAsync(Guid id, ClassifyRequest request, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        var feedback = await db.Cases.SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        var outcome = request.Outcome switch
        {
            "NotAccepted" => FeedbackStatus.NotAccepted,
            "Transferred" => FeedbackStatus.Transferred,
            "WithinAuthority" => FeedbackStatus.Accepted,
            _ => (FeedbackStatus?)null,
        };
        if (outcome is null)
        {
            errors["outcome"] = ["Kết quả phân loại: NotAccepted (không tiếp nhận), Transferred (chuyển cơ quan có thẩm quyền) hoặc WithinAuthority (thuộc thẩm quyền)."];
        }

        if (outcome is FeedbackStatus.NotAccepted && string.IsNullOrWhiteSpace(request.Reason))
        {
            errors["reason"] = ["Vui lòng nêu lý do không tiếp nhận."];
        }

        if (outcome is FeedbackStatus.Transferred && string.IsNullOrWhiteSpace(request.TransferredTo))
        {
            errors["transferredTo"] = ["Vui lòng nêu cơ quan có thẩm quyền được chuyển đến."];
        }

        if (request.Category is not null && !FeedbackCategories.All.ContainsKey(request.Category))
        {
            errors["category"] = ["Nội dung phân loại không có trong danh mục (Điều 5 Nghị định 20/2008/NĐ-CP)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Phân loại chưa hợp lệ");
        }

        if (!Transitions.CanMove(feedback.Status, outcome!.Value))
        {
            return WrongState(feedback);
        }

        var now = clock.GetUtcNow();
        feedback.Category = request.Category ?? feedback.Category;
        feedback.ClassifiedAt = now.UtcDateTime;
        feedback.ClassificationReason = request.Reason?.Trim();
        feedback.TransferredTo = request.TransferredTo?.Trim();
        Transitions.Move(db, feedback, outcome.Value, http.User, clock, request.Reason ?? request.TransferredTo, announce: false);
        db.AddEvent(new FeedbackClassified(feedback.Id, feedback.TrackingCode, request.Outcome!, feedback.Category, now, feedback.ClassificationDueOn,
            outcome == FeedbackStatus.Accepted ? feedback.AnswerDueOn : null), clock);
        await db.SaveChangesAsync();
        return Ok(feedback, clock);
    }

    private static async Task<IResult> AssignAsync(Guid id, AssignRequest request, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        var feedback = await db.Cases.SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return NotFound();
        }

        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).Select(u => u.Code).ToListAsync();
        var errors = new Dictionary<string, string[]>();
        if (request.LeadUnit is null || !units.Contains(request.LeadUnit))
        {
            errors["leadUnit"] = [$"Đơn vị chủ trì '{request.LeadUnit}' không có trong danh sách đơn vị của Ban."];
        }

        var unknown = (request.CoordinatingUnits ?? []).Where(u => !units.Contains(u)).ToList();
        if (unknown.Count > 0)
        {
            errors["coordinatingUnits"] = [$"Đơn vị phối hợp không có trong danh sách đơn vị của Ban: {string.Join(", ", unknown)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Phân công chưa hợp lệ");
        }

        if (!Transitions.CanMove(feedback.Status, FeedbackStatus.Assigned))
        {
            return WrongState(feedback);
        }

        var now = clock.GetUtcNow();
        feedback.LeadUnit = request.LeadUnit;
        feedback.CoordinatingUnits = (request.CoordinatingUnits ?? []).Where(u => u != request.LeadUnit).Distinct().ToList();
        feedback.AssignedAt = now.UtcDateTime;
        Transitions.Move(db, feedback, FeedbackStatus.Assigned, http.User, clock, $"Chủ trì: {feedback.LeadUnit}", announce: false);
        db.AddEvent(new FeedbackAssigned(feedback.Id, feedback.TrackingCode, feedback.LeadUnit!, feedback.CoordinatingUnits, now, feedback.AnswerDueOn!.Value), clock);
        await db.SaveChangesAsync();
        return Ok(feedback, clock);
    }

    private static async Task<IResult> StartAsync(Guid id, HttpContext http, FeedbackDb db, IAuthorizationService authorization, TimeProvider clock)
    {
        var feedback = await db.Cases.SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return NotFound();
        }

        if (await LeadUnitOnly(http, authorization, feedback) is { } forbidden)
        {
            return forbidden;
        }

        if (feedback.Status != FeedbackStatus.Assigned)
        {
            return WrongState(feedback);
        }

        Transitions.Move(db, feedback, FeedbackStatus.InProgress, http.User, clock, null);
        await db.SaveChangesAsync();
        return Ok(feedback, clock);
    }

    private static async Task<IResult> DraftAsync(Guid id, DraftRequest request, HttpContext http, FeedbackDb db, IAuthorizationService authorization, TimeProvider clock)
    {
        var feedback = await db.Cases.SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return NotFound();
        }

        if (await LeadUnitOnly(http, authorization, feedback) is { } forbidden)
        {
            return forbidden;
        }

        var errors = new Dictionary<string, string[]>();
        var answer = VietnameseText.Clean(request.Answer);
        var legalBasis = VietnameseText.Clean(request.LegalBasis);
        if (request.TemplateId is { } templateId)
        {
            var template = await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId);
            if (template is null)
            {
                errors["templateId"] = ["Mẫu trả lời không tồn tại."];
            }
            else
            {
                var (text, missing) = AnswerTemplates.Render(template.Body, feedback, request.Variables ?? []);
                if (missing.Count > 0)
                {
                    errors["variables"] = [$"Thiếu giá trị cho: {string.Join(", ", missing)}."];
                }

                answer ??= text;
                legalBasis ??= template.LegalBasis;
            }
        }

        if (answer is null)
        {
            errors["answer"] = ["Vui lòng nhập nội dung trả lời (hoặc chọn mẫu trả lời)."];
        }

        if (legalBasis is null)
        {
            errors["legalBasis"] = ["Câu trả lời phải nêu căn cứ pháp lý."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Dự thảo trả lời chưa hợp lệ");
        }

        if (!Transitions.CanMove(feedback.Status, FeedbackStatus.AnswerDrafted))
        {
            return WrongState(feedback);
        }

        feedback.AnswerText = answer;
        feedback.AnswerLegalBasis = legalBasis;
        feedback.AnswerDraftedBy = http.User.DisplayName();
        feedback.ReturnReason = null;
        Transitions.Move(db, feedback, FeedbackStatus.AnswerDrafted, http.User, clock, null);
        await db.SaveChangesAsync();
        return Ok(feedback, clock);
    }

    private static async Task<IResult> ReturnAsync(Guid id, ReasonRequest request, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        var feedback = await db.Cases.SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["Vui lòng nêu lý do trả lại dự thảo."] }, title: "Chưa thể trả lại dự thảo");
        }

        if (feedback.Status is not (FeedbackStatus.AnswerDrafted or FeedbackStatus.Approved))
        {
            return WrongState(feedback);
        }

        feedback.ReturnReason = request.Reason.Trim();
        feedback.ApprovedBy = null;
        feedback.ApprovedAt = null;
        Transitions.Move(db, feedback, FeedbackStatus.InProgress, http.User, clock, "Trả lại dự thảo: " + feedback.ReturnReason);
        await db.SaveChangesAsync();
        return Ok(feedback, clock);
    }

    private static async Task<IResult> PreviewAsync(Guid id, FeedbackDb db)
    {
        var feedback = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return NotFound();
        }

        var question = feedback.ConsentToPublish ? Redactor.Redact(feedback.Content, feedback.Submitter) : null;
        var answer = feedback.AnswerText is null ? null : Redactor.Redact(feedback.AnswerText, feedback.Submitter);
        return TypedResults.Ok(new RedactionPreview(question?.Text, question?.Removed ?? [], answer?.Text, answer?.Removed ?? []));
    }

    private static async Task<IResult> ApproveAsync(Guid id, ApproveRequest? request, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        var feedback = await db.Cases.SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return NotFound();
        }

        if (feedback.Status != FeedbackStatus.AnswerDrafted)
        {
            return WrongState(feedback);
        }

        // The approver reviews the redaction: the texts to publish are the automatic ones unless edited here,
        // and an edited text is redacted again, so a slip cannot bring personal data back.
        feedback.PublishedQuestion = feedback.ConsentToPublish
            ? Redactor.Redact(VietnameseText.Clean(request?.PublishedQuestion) ?? feedback.Content, feedback.Submitter).Text
            : null;
        feedback.PublishedAnswer = Redactor.Redact(VietnameseText.Clean(request?.PublishedAnswer) ?? feedback.AnswerText!, feedback.Submitter).Text;
        feedback.ApprovedBy = http.User.DisplayName();
        feedback.ApprovedAt = clock.GetUtcNow().UtcDateTime;
        Transitions.Move(db, feedback, FeedbackStatus.Approved, http.User, clock, null);
        await db.SaveChangesAsync();
        return Ok(feedback, clock);
    }

    private static async Task<IResult> SendAsync(Guid id, SendRequest? request, HttpContext http, FeedbackDb db, AnswerDelivery delivery, WorkingDayCalendar calendar, IOptions<FeedbackOptions> options, TimeProvider clock)
    {
        var feedback = await db.Cases.SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return NotFound();
        }

        if (feedback.Status != FeedbackStatus.Approved)
        {
            return WrongState(feedback);
        }

        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        feedback.AnswerNumber = VietnameseText.Clean(request?.AnswerNumber) ?? $"{feedback.TrackingCode}/{options.Value.Agency.NumberSuffix}";
        feedback.AnsweredAt = now.UtcDateTime;
        feedback.AnsweredOnTime = today <= feedback.AnswerDueOn;
        feedback.PublicationDueOn = calendar.AddWorkingDays(today, options.Value.Deadlines.PublishWorkingDays);
        Transitions.Move(db, feedback, FeedbackStatus.Answered, http.User, clock, $"Văn bản trả lời số {feedback.AnswerNumber}", announce: false);
        db.AddEvent(new FeedbackAnswered(feedback.Id, feedback.TrackingCode, feedback.LeadUnit, now, feedback.AnswerDueOn!.Value, feedback.AnsweredOnTime.Value), clock);
        await db.SaveChangesAsync();

        // The answer is committed first; a mail server that refuses is recorded and the letter goes by post.
        await delivery.EmailAsync(feedback, http.RequestAborted);
        await db.SaveChangesAsync();
        return Ok(feedback, clock);
    }

    private static async Task<IResult> PublishAsync(Guid id, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        var feedback = await db.Cases.SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return NotFound();
        }

        if (feedback.Status != FeedbackStatus.Answered || feedback.PublishedAnswer is null)
        {
            return WrongState(feedback);
        }

        var now = clock.GetUtcNow();
        feedback.PublishedAt = now.UtcDateTime;
        Transitions.Move(db, feedback, FeedbackStatus.Published, http.User, clock, null, announce: false);
        db.AddEvent(new FeedbackPublished(feedback.Id, feedback.TrackingCode, now), clock);
        await db.SaveChangesAsync();
        return Ok(feedback, clock);
    }

    private static async Task<IResult> CloseAsync(Guid id, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        var feedback = await db.Cases.SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return NotFound();
        }

        if (!Transitions.CanMove(feedback.Status, FeedbackStatus.Closed))
        {
            return WrongState(feedback);
        }

        feedback.ClosedAt = clock.GetUtcNow().UtcDateTime;
        Transitions.Move(db, feedback, FeedbackStatus.Closed, http.User, clock, null);
        await db.SaveChangesAsync();
        return Ok(feedback, clock);
    }

    private static async Task<IResult> ReopenAsync(Guid id, ReasonRequest request, HttpContext http, FeedbackDb db, FeedbackReopening reopening, TimeProvider clock)
    {
        var feedback = await db.Cases.SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["Vui lòng nêu lý do người gửi chưa đồng ý với kết quả."] }, title: "Chưa thể mở lại");
        }

        if (feedback.Status is not (FeedbackStatus.Answered or FeedbackStatus.Published or FeedbackStatus.Closed))
        {
            return WrongState(feedback);
        }

        reopening.Reopen(feedback, http.User, request.Reason.Trim());
        await db.SaveChangesAsync();
        return Ok(feedback, clock);
    }

    private static async Task<IResult> LinkAsync(Guid id, LinkRequest request, FeedbackDb db, TimeProvider clock)
    {
        var feedback = await db.Cases.SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return NotFound();
        }

        if (request.ProcedureCode is not null && !await db.Procedures.AnyAsync(p => p.Code == request.ProcedureCode))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["procedureCode"] = [$"Thủ tục {request.ProcedureCode} không có trong danh mục."] }, title: "Liên kết chưa hợp lệ");
        }

        feedback.PlanItemId = request.PlanItemId ?? feedback.PlanItemId;
        feedback.PlanItemCode = request.PlanItemCode ?? feedback.PlanItemCode;
        feedback.ProcedureCode = request.ProcedureCode ?? feedback.ProcedureCode;
        feedback.SimplificationProposalId = request.SimplificationProposalId ?? feedback.SimplificationProposalId;
        await db.SaveChangesAsync();
        return Ok(feedback, clock);
    }

    internal static bool SeesAll(HttpContext http) =>
        http.User.IsInRole(StaffRoles.OfficeStaff) || http.User.IsInRole(StaffRoles.Leadership) || http.User.IsInRole(StaffRoles.Administrator) || http.User.IsInRole(StaffRoles.OneStopStaff);

    internal static bool Involves(FeedbackCase feedback, string? unit) => unit is not null && (feedback.LeadUnit == unit || feedback.CoordinatingUnits.Contains(unit));

    private static async Task<IResult?> LeadUnitOnly(HttpContext http, IAuthorizationService authorization, FeedbackCase feedback) =>
        feedback.LeadUnit is not null && (await authorization.AuthorizeAsync(http.User, UnitResource.Of(feedback.LeadUnit), StaffPolicies.SameUnit)).Succeeded
            ? null
            : StaffSecurity.Forbidden($"Chỉ đơn vị chủ trì xử lý ({feedback.LeadUnit ?? "chưa phân công"}) mới thực hiện bước này.");

    private static IResult Ok(FeedbackCase feedback, TimeProvider clock) => TypedResults.Ok(FeedbackViews.Row(feedback, VietnamTime.Today(clock)));

    internal static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy phản ánh, kiến nghị");

    private static IResult WrongState(FeedbackCase feedback) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Không thể thực hiện ở trạng thái hiện tại",
        detail: $"Phản ánh, kiến nghị {feedback.TrackingCode} đang ở trạng thái \"{Transitions.VietnameseNames[feedback.Status]}\".");
}
