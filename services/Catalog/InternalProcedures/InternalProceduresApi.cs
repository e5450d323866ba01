using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.HandlingUnits;
using VanPhong.Catalog.Model;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Catalog.InternalProcedures;

/// <summary>
/// Quy trình nội bộ: the division drafts the steps (which must fit in the legal processing time) and submits them;
/// the office records the provincial approval decision and the update of the electronic process. The plan's two
/// deadlines are tracked and shown late: submit within 30 working days of publication, update within 03 days of approval.
/// </summary>
public static class InternalProceduresApi
{
    public sealed record StepsRequest(List<InternalStep>? Steps);

    public sealed record ApprovalRequest(string? DecisionNumber, DateOnly? ApprovedOn);

    /// <summary>The day of the act: today when omitted; an earlier day only by the office, with the reason (audit log).</summary>
    public sealed record DateRequest(DateOnly? On, string? BackdateReason);

    public sealed record InternalProcedureView(
        string ProcedureCode, string ProcedureName, string? HandlingUnit, string Status, IReadOnlyList<InternalStep> Steps, double TotalWorkingDays, int LegalWorkingDays,
        string PublicationDecisionNumber, DateOnly PublishedOn, DateOnly SubmitDueOn, DateOnly? SubmittedOn, bool SubmitLate,
        string? ApprovalDecisionNumber, DateOnly? ApprovedOn, DateOnly? ElectronicDueOn, DateOnly? ElectronicUpdatedOn, bool ElectronicLate);

    public static RouteGroupBuilder MapInternalProcedures(this RouteGroupBuilder procedures)
    {
        procedures.MapGet("/internal-procedures", ListAsync).WithName("ListInternalProcedures").RequireAuthorization(StaffPolicies.Staff);
        procedures.MapPut("/{code}/internal-procedure", SaveStepsAsync).WithName("SaveInternalProcedure").RequireAuthorization(StaffPolicies.UnitWork);
        procedures.MapPost("/{code}/internal-procedure/submit", SubmitAsync).WithName("SubmitInternalProcedure").RequireAuthorization(StaffPolicies.UnitWork);
        procedures.MapPost("/{code}/internal-procedure/approve", ApproveAsync).WithName("RecordInternalProcedureApproval").RequireAuthorization(StaffPolicies.Office);
        procedures.MapPost("/{code}/internal-procedure/electronic-updated", ElectronicAsync).WithName("RecordElectronicProcessUpdate").RequireAuthorization(StaffPolicies.Office);
        return procedures;
    }

    private static async Task<Ok<List<InternalProcedureView>>> ListAsync(bool? late, CatalogDb db, TimeProvider clock)
    {
        var today = VietnamTime.Today(clock);
        var all = await db.InternalProcedures.AsNoTracking().ToListAsync();
        var contents = await CurrentContentsAsync(db, all.Select(i => i.ProcedureCode).ToList());
        return TypedResults.Ok(all
            .Where(i => contents.ContainsKey(i.ProcedureCode))
            .Select(i => View(i, contents[i.ProcedureCode], today))
            .Where(v => late != true || v.SubmitLate || v.ElectronicLate)
            .OrderBy(v => v.SubmitDueOn)
            .ToList());
    }

    private static async Task<Results<Ok<InternalProcedureView>, NotFoundProblem, ForbiddenProblem, ValidationProblem, ConflictProblem>> SaveStepsAsync(string code, StepsRequest request, CatalogDb db, TimeProvider clock, HttpContext http, IAuthorizationService authorization)
    {
        var (internalProcedure, current) = await LoadAsync(db, code);
        if (internalProcedure is null || current is null)
        {
            return NotFound(code);
        }

        if (await HandlingUnitsApi.RefusalAsync(http.User, code, current.HandlingUnit, authorization) is { } refused)
        {
            return refused;
        }

        var steps = request.Steps ?? [];
        var errors = new ValidationErrors();
        if (steps.Count == 0)
        {
            errors.Add("steps", "Quy trình nội bộ phải có ít nhất một bước.");
        }

        for (var i = 0; i < steps.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(steps[i].Description) || string.IsNullOrWhiteSpace(steps[i].Unit))
            {
                errors.Add($"steps[{i}]", "Mỗi bước phải nêu nội dung công việc và đơn vị (bộ phận) thực hiện.");
            }
            else if (steps[i].WorkingDays is < 0 or > 365)
            {
                errors.Add($"steps[{i}].workingDays", "Thời gian của bước phải từ 0 đến 365 ngày làm việc.");
            }
        }

        var total = Math.Round(steps.Sum(s => s.WorkingDays), 2);
        var legal = ProcessingTimes.LegalWorkingDays(current.Content);
        if (errors.IsEmpty && total > legal)
        {
            errors.Add("steps", $"Tổng thời gian các bước ({total:0.##} ngày làm việc) vượt thời hạn giải quyết theo quy định ({current.Content.ProcessingTimeText}, tương đương {legal} ngày làm việc).");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Quy trình nội bộ chưa hợp lệ");
        }

        if (internalProcedure.Status == InternalProcedureStatus.Approved)
        {
            return Problems.Conflict("Quy trình nội bộ đã được phê duyệt",
                detail: "Chỉ sửa quy trình khi thủ tục được công bố sửa đổi.");
        }

        internalProcedure.Steps = steps.OrderBy(s => s.Order).Select((s, i) => s with { Order = i + 1 }).ToList();
        internalProcedure.TotalWorkingDays = total;
        await db.SaveChangesAsync();
        return TypedResults.Ok(View(internalProcedure, current, VietnamTime.Today(clock)));
    }

    private static async Task<Results<Ok<InternalProcedureView>, NotFoundProblem, ForbiddenProblem, ValidationProblem, ConflictProblem>> SubmitAsync(string code, DateRequest? request, CatalogDb db, TimeProvider clock, HttpContext http, IAuthorizationService authorization)
    {
        var (internalProcedure, current) = await LoadAsync(db, code);
        if (internalProcedure is null || current is null)
        {
            return NotFound(code);
        }

        if (await HandlingUnitsApi.RefusalAsync(http.User, code, current.HandlingUnit, authorization) is { } refused)
        {
            return refused;
        }

        if (internalProcedure.Steps.Count == 0)
        {
            return Problems.Invalid("steps", "Chưa có các bước của quy trình nội bộ.", title: "Chưa thể trình quy trình nội bộ");
        }

        if (internalProcedure.Status != InternalProcedureStatus.Draft)
        {
            return Conflict(internalProcedure);
        }

        // The submission date decides the III.6 on-time figure: the server's day, or the office's documented exception.
        var on = OfficialDates.Decide(request?.On, request?.BackdateReason, http.User, VietnamTime.Today(clock), "on", "backdateReason", "Ngày trình");
        if (on.Errors is not null)
        {
            return TypedResults.ValidationProblem(on.Errors, title: "Ngày ghi nhận chưa hợp lệ");
        }

        if (DateProblem(on.On, internalProcedure.PublishedOn, "ngày công bố thủ tục", clock) is { } problem)
        {
            return problem;
        }

        db.Audit(on, http.User, clock, nameof(InternalProcedure), code, "submittedOn");
        db.AddEvent(internalProcedure.Submit(on.On), clock);
        await db.SaveChangesAsync();
        return TypedResults.Ok(View(internalProcedure, current, VietnamTime.Today(clock)));
    }

    private static async Task<Results<Ok<InternalProcedureView>, NotFoundProblem, ValidationProblem, ConflictProblem>> ApproveAsync(string code, ApprovalRequest request, CatalogDb db, WorkingDayCalendar calendar, TimeProvider clock)
    {
        var (internalProcedure, current) = await LoadAsync(db, code);
        if (internalProcedure is null || current is null)
        {
            return NotFound(code);
        }

        var number = VietnameseText.Clean(request.DecisionNumber);
        if (number is null || request.ApprovedOn is null)
        {
            return Problems.Invalid("decisionNumber", "Vui lòng nhập số và ngày quyết định phê duyệt quy trình nội bộ.", title: "Chưa ghi nhận được phê duyệt");
        }

        if (internalProcedure.Status != InternalProcedureStatus.Submitted)
        {
            return Conflict(internalProcedure);
        }

        if (DateProblem(request.ApprovedOn.Value, internalProcedure.SubmittedOn!.Value, "ngày trình", clock) is { } problem)
        {
            return problem;
        }

        db.AddEvent(internalProcedure.Approve(number, request.ApprovedOn.Value, calendar), clock);
        await db.SaveChangesAsync();
        return TypedResults.Ok(View(internalProcedure, current, VietnamTime.Today(clock)));
    }

    private static async Task<Results<Ok<InternalProcedureView>, NotFoundProblem, ValidationProblem, ConflictProblem>> ElectronicAsync(string code, DateRequest? request, CatalogDb db, TimeProvider clock, HttpContext http)
    {
        var (internalProcedure, current) = await LoadAsync(db, code);
        if (internalProcedure is null || current is null)
        {
            return NotFound(code);
        }

        if (internalProcedure.Status != InternalProcedureStatus.Approved || internalProcedure.ElectronicUpdatedOn is not null)
        {
            return Conflict(internalProcedure);
        }

        var on = OfficialDates.Decide(request?.On, request?.BackdateReason, http.User, VietnamTime.Today(clock), "on", "backdateReason", "Ngày cập nhật quy trình điện tử");
        if (on.Errors is not null)
        {
            return TypedResults.ValidationProblem(on.Errors, title: "Ngày ghi nhận chưa hợp lệ");
        }

        if (DateProblem(on.On, internalProcedure.ApprovedOn!.Value, "ngày phê duyệt", clock) is { } problem)
        {
            return problem;
        }

        db.Audit(on, http.User, clock, nameof(InternalProcedure), code, "electronicUpdatedOn");
        db.AddEvent(internalProcedure.RecordElectronicUpdate(on.On), clock);
        await db.SaveChangesAsync();
        return TypedResults.Ok(View(internalProcedure, current, VietnamTime.Today(clock)));
    }

    private static async Task<(InternalProcedure?, Current?)> LoadAsync(CatalogDb db, string code)
    {
        var internalProcedure = await db.InternalProcedures.SingleOrDefaultAsync(i => i.ProcedureCode == code);
        var contents = await CurrentContentsAsync(db, [code]);
        return (internalProcedure, contents.GetValueOrDefault(code));
    }

    /// <summary>What the procedure's current version says, and the division that handles it.</summary>
    private sealed record Current(ProcedureContent Content, string? HandlingUnit);

    private static async Task<Dictionary<string, Current>> CurrentContentsAsync(CatalogDb db, List<string> codes) =>
        (await db.Procedures.AsNoTracking().Where(p => codes.Contains(p.Code) && p.Status == ProcedureStatus.Active)
            .Join(db.Versions.AsNoTracking(), p => new { p.Id, Number = p.CurrentVersion }, v => new { Id = v.ProcedureId, v.Number }, (p, v) => new { p.Code, p.HandlingUnit, v.Body.Json })
            .ToListAsync())
        .ToDictionary(x => x.Code, x => new Current(ProcedureVersionContent.Parse(x.Json), x.HandlingUnit));

    private static InternalProcedureView View(InternalProcedure i, Current current, DateOnly today) => new(
        i.ProcedureCode, current.Content.Name, current.HandlingUnit, i.Status.ToString(), i.Steps, i.TotalWorkingDays, ProcessingTimes.LegalWorkingDays(current.Content),
        i.PublicationDecisionNumber, i.PublishedOn, i.SubmitDueOn, i.SubmittedOn, i.SubmitLate(today),
        i.ApprovalDecisionNumber, i.ApprovedOn, i.ElectronicDueOn, i.ElectronicUpdatedOn, i.ElectronicLate(today));

    /// <summary>A recorded date may not precede the step before it, nor lie in the future.</summary>
    private static ValidationProblem? DateProblem(DateOnly on, DateOnly notBefore, string previous, TimeProvider clock)
    {
        var message = on < notBefore ? $"Ngày ghi nhận ({on:dd/MM/yyyy}) không được trước {previous} ({notBefore:dd/MM/yyyy})."
            : on > VietnamTime.Today(clock) ? $"Ngày ghi nhận ({on:dd/MM/yyyy}) không được sau ngày hôm nay." : null;
        return message is null ? null : Problems.Invalid("on", message, title: "Ngày ghi nhận chưa hợp lệ");
    }

    private static NotFoundProblem NotFound(string code) => Problems.NotFound("Không tìm thấy quy trình nội bộ",
        detail: $"Thủ tục {code} không có trong danh mục hoặc đã bãi bỏ.");

    private static ConflictProblem Conflict(InternalProcedure i) => Problems.Conflict("Không thể thực hiện ở trạng thái hiện tại", detail: $"Quy trình nội bộ của thủ tục {i.ProcedureCode} đang ở trạng thái {i.Status}.");
}
