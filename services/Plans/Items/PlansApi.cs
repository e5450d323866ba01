using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Documents;
using VanPhong.Messaging;
using VanPhong.Plans.Data;
using VanPhong.Plans.Documents;
using VanPhong.Plans.Model;
using VanPhong.Plans.Progress;
using VanPhong.Plans.SeedTasks;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Plans.Items;

/// <summary>Plans as a whole: read, issue, close, import and export, next year's plan, progress roll-up.</summary>
/// <remarks>
/// Over 300 lines and kept whole: the three imports (JSON, .xlsx, text) share one validation, one year check and one
/// store, and next year's plan is an import of this year's; split per feature they would share all of it through a
/// fourth file.
/// </remarks>
public static class PlansApi
{
    public sealed record PlanSummary(Guid Id, int Year, string Title, string? DecisionNumber, DateOnly? DecisionDate, string Status, DateOnly? IssuedOn, int Items, double Percent);

    public sealed record SectionView(string Code, string Title);

    public sealed record PlanView(
        Guid Id, int Year, string Title, string? DecisionNumber, DateOnly? DecisionDate, string? DecisionDateText, string? Signer, string? SignerTitle,
        IReadOnlyList<string> LegalBases, long Budget, string? Purpose, string? Organisation, string Status, DateOnly? IssuedOn, DateOnly? ClosedOn,
        IReadOnlyList<SectionView> Sections, IReadOnlyList<ItemView> Items);

    public sealed record IssueRequest(string? DecisionNumber, DateOnly? DecisionDate);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static RouteGroupBuilder MapPlans(this RouteGroupBuilder plans)
    {
        plans.MapGet("/", ListAsync).WithName("ListPlans").RequireAuthorization(StaffPolicies.Staff);
        plans.MapGet("/{planId:guid}", GetAsync).WithName("GetPlan").RequireAuthorization(StaffPolicies.Staff);
        plans.MapGet("/{planId:guid}/progress", ProgressAsync).WithName("GetPlanProgress").RequireAuthorization(StaffPolicies.Staff);
        plans.MapPost("/{planId:guid}/issue", IssueAsync).WithName("IssuePlan").RequireAuthorization(StaffPolicies.Office);
        plans.MapPost("/{planId:guid}/close", CloseAsync).WithName("ClosePlan").RequireAuthorization(StaffPolicies.Office);
        plans.MapPost("/{planId:guid}/next-year", NextYearAsync).WithName("CreateNextYearPlan").RequireAuthorization(StaffPolicies.Office);
        plans.MapGet("/{planId:guid}/export.json", ExportJsonAsync).Produces(StatusCodes.Status200OK, contentType: "application/json").WithName("ExportPlanJson").RequireAuthorization(StaffPolicies.Staff);
        plans.MapGet("/{planId:guid}/export.xlsx", ExportXlsxAsync).Produces(StatusCodes.Status200OK, contentType: Spreadsheet.ContentType).WithName("ExportPlanXlsx").RequireAuthorization(StaffPolicies.Staff);
        plans.MapPost("/import", ImportJsonAsync).WithName("ImportPlanJson").RequireAuthorization(StaffPolicies.Office);
        plans.MapPost("/import/xlsx", ImportXlsxAsync).WithName("ImportPlanXlsx").RequireAuthorization(StaffPolicies.Office)
            .Accepts<IFormFile>(Spreadsheet.ContentType);
        plans.MapPost("/import/text", ImportTextAsync).WithName("ImportPlanText").RequireAuthorization(StaffPolicies.Office)
            .Accepts<string>("text/plain");
        return plans;
    }

    private static async Task<Ok<List<PlanSummary>>> ListAsync(PlansDb db)
    {
        var plans = await db.Plans.AsNoTracking().Include(p => p.Items).OrderByDescending(p => p.Year).ToListAsync();
        return TypedResults.Ok(plans.Select(p => new PlanSummary(
            p.Id, p.Year, p.Title, p.DecisionNumber, p.DecisionDate, p.Status.ToString(), p.IssuedOn, p.Items.Count(i => !i.IsGroup), RollUp.Figures(p.Items.Where(i => !i.IsGroup)).Percent)).ToList());
    }

    private static async Task<Results<Ok<PlanView>, NotFoundProblem>> GetAsync(Guid planId, PlansDb db)
    {
        var plan = await LoadAsync(db, planId);
        if (plan is null)
        {
            return Problems.NotFound();
        }

        var units = await db.Units.AsNoTracking().ToListAsync();
        return TypedResults.Ok(new PlanView(
            plan.Id, plan.Year, plan.Title, plan.DecisionNumber, plan.DecisionDate, plan.DecisionDateText, plan.Signer, plan.SignerTitle,
            plan.LegalBases, plan.Budget, plan.Purpose, plan.Organisation, plan.Status.ToString(), plan.IssuedOn, plan.ClosedOn,
            plan.Sections.OrderBy(s => s.Order).Select(s => new SectionView(s.Code, s.Title)).ToList(),
            plan.Items.OrderBy(i => i.Order).Select(i => i.View(units)).ToList()));
    }

    private static async Task<Results<Ok<PlanProgress>, NotFoundProblem>> ProgressAsync(Guid planId, PlansDb db)
    {
        var plan = await LoadAsync(db, planId);
        return plan is null ? Problems.NotFound() : TypedResults.Ok(RollUp.Of(plan, await db.Units.AsNoTracking().ToListAsync()));
    }

    private static async Task<Results<Ok<PlanSummary>, NotFoundProblem, ConflictProblem>> IssueAsync(Guid planId, IssueRequest? request, PlansDb db, TimeProvider clock)
    {
        var plan = await LoadAsync(db, planId, tracking: true);
        if (plan is null)
        {
            return Problems.NotFound();
        }

        if (plan.Status != PlanStatus.Draft)
        {
            return RecordResults.Conflict("Chỉ kế hoạch dự thảo mới được ban hành.");
        }

        var review = plan.Items.Where(i => i.NeedsReview).Select(i => i.Code).ToList();
        if (review.Count > 0)
        {
            return RecordResults.Conflict($"Còn nhiệm vụ cần xác định lại thời gian hoặc đơn vị trước khi ban hành: {string.Join(", ", review)}.");
        }

        plan.DecisionNumber = request?.DecisionNumber ?? plan.DecisionNumber;
        plan.DecisionDate = request?.DecisionDate ?? plan.DecisionDate;
        plan.Status = PlanStatus.Issued;
        plan.IssuedOn = plan.DecisionDate ?? VietnamTime.Today(clock);
        db.AddEvent(PlanEvents.Issued(plan), clock);
        await db.SaveChangesAsync();
        return TypedResults.Ok(new PlanSummary(plan.Id, plan.Year, plan.Title, plan.DecisionNumber, plan.DecisionDate, plan.Status.ToString(), plan.IssuedOn, plan.Items.Count(i => !i.IsGroup), 0));
    }

    private static async Task<Results<NoContent, NotFoundProblem, ConflictProblem>> CloseAsync(Guid planId, PlansDb db, TimeProvider clock)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId);
        if (plan is null)
        {
            return Problems.NotFound();
        }

        if (plan.Status != PlanStatus.Issued)
        {
            return RecordResults.Conflict("Chỉ kế hoạch đã ban hành mới được kết thúc.");
        }

        plan.Status = PlanStatus.Closed;
        plan.ClosedOn = VietnamTime.Today(clock);
        await db.SaveChangesAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<PlanSummary>, NotFoundProblem, ConflictProblem>> NextYearAsync(Guid planId, PlansDb db, WorkingDayCalendar calendar)
    {
        var plan = await LoadAsync(db, planId);
        if (plan is null)
        {
            return Problems.NotFound();
        }

        if (await db.Plans.AnyAsync(p => p.Year == plan.Year + 1))
        {
            return RecordResults.Conflict($"Đã có kế hoạch năm {plan.Year + 1}.");
        }

        var next = PlanMapping.NextYear(PlanMapping.ToDocument(plan));
        return await YearTakenAsync(db, next.Year) is { } taken ? taken : await SaveNewAsync(db, next, calendar);
    }

    private static async Task<Results<FileContentHttpResult, NotFoundProblem>> ExportJsonAsync(Guid planId, PlansDb db)
    {
        var plan = await LoadAsync(db, planId);
        return plan is null
            ? Problems.NotFound()
            : TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(PlanMapping.ToDocument(plan), Json), "application/json", $"ke-hoach-{plan.Year}.json");
    }

    private static async Task<Results<FileContentHttpResult, NotFoundProblem>> ExportXlsxAsync(Guid planId, PlansDb db)
    {
        var plan = await LoadAsync(db, planId);
        return plan is null
            ? Problems.NotFound()
            : TypedResults.File(PlanSpreadsheet.Write(PlanMapping.ToDocument(plan)), Spreadsheet.ContentType, $"ke-hoach-{plan.Year}.xlsx");
    }

    private static async Task<Results<Created<PlanSummary>, ConflictProblem, ValidationProblem>> ImportJsonAsync(PlanDocument document, PlansDb db, WorkingDayCalendar calendar)
    {
        var errors = ValidateDocument(document);
        if (errors.Any)
        {
            return errors.ToProblem("Kế hoạch nhập vào chưa hợp lệ");
        }

        return await YearTakenAsync(db, document.Year) is { } taken ? taken : await SaveNewAsync(db, document, calendar);
    }

    // A file is answered as its plan document is, or refused before it is read.
    private static async Task<Results<Results<Created<PlanSummary>, ConflictProblem, ValidationProblem>, TooLargeProblem, BadRequestProblem>> ImportXlsxAsync(HttpRequest request, PlansDb db, WorkingDayCalendar calendar, IOptions<PlanFileLimits> files)
    {
        using var buffer = await ReadBodyAsync(request, files.Value.MaxImportBytes);
        if (buffer is null)
        {
            return TooLarge(files.Value.MaxImportBytes);
        }

        PlanDocument document;
        try
        {
            document = PlanSpreadsheet.Read(buffer, files.Value.Import);
        }
        catch (Exception ex) when (ex is PlanFormatException or InvalidDataException)
        {
            return FormatProblem(ex.Message);
        }

        return await ImportJsonAsync(document, db, calendar);
    }

    private static async Task<Results<Results<Created<PlanSummary>, ConflictProblem, ValidationProblem>, TooLargeProblem, BadRequestProblem>> ImportTextAsync(HttpRequest request, PlansDb db, WorkingDayCalendar calendar, IOptions<PlanFileLimits> files)
    {
        using var buffer = await ReadBodyAsync(request, files.Value.MaxImportBytes);
        if (buffer is null)
        {
            return TooLarge(files.Value.MaxImportBytes);
        }

        using var reader = new StreamReader(buffer, new UTF8Encoding(false, throwOnInvalidBytes: true));
        PlanDocument document;
        try
        {
            document = PlanTextParser.Parse(await reader.ReadToEndAsync());
        }
        catch (DecoderFallbackException)
        {
            return FormatProblem("Văn bản không được mã hóa UTF-8.");
        }
        catch (PlanFormatException ex)
        {
            return FormatProblem(ex.Message);
        }

        return await ImportJsonAsync(document, db, calendar);
    }

    /// <summary>The request body, or null as soon as it is longer than <paramref name="max"/>: no more than that is ever held.</summary>
    private static async Task<MemoryStream?> ReadBodyAsync(HttpRequest request, long max)
    {
        if (request.ContentLength > max)
        {
            return null;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                await buffer.DisposeAsync();
                return null;
            }
        }

        buffer.Position = 0;
        return buffer;
    }

    private static TooLargeProblem TooLarge(long max) =>
        Problems.TooLarge("Tệp quá lớn", detail: $"Tệp kế hoạch tối đa {max / 1024 / 1024} MB.");

    /// <summary>The 409 when the year already has a plan in draft or in progress: a new plan only follows closed ones.</summary>
    private static async Task<ConflictProblem?> YearTakenAsync(PlansDb db, int year) =>
        await db.Plans.AnyAsync(p => p.Year == year && p.Status != PlanStatus.Closed)
            ? RecordResults.Conflict($"Đã có kế hoạch năm {year} đang dự thảo hoặc đang thực hiện.")
            : null;

    /// <summary>Stores a new plan as a draft, once <see cref="YearTakenAsync"/> found its year free.</summary>
    private static async Task<Created<PlanSummary>> SaveNewAsync(PlansDb db, PlanDocument document, WorkingDayCalendar calendar)
    {
        var plan = PlanMapping.ToPlan(document, await db.Units.AsNoTracking().ToListAsync(), calendar);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/plans/{plan.Id}", new PlanSummary(plan.Id, plan.Year, plan.Title, plan.DecisionNumber, plan.DecisionDate, plan.Status.ToString(), null, plan.Items.Count(i => !i.IsGroup), 0));
    }

    internal static async Task<Plan?> LoadAsync(PlansDb db, Guid planId, bool tracking = false)
    {
        var query = db.Plans.Include(p => p.Sections).Include(p => p.Items).ThenInclude(i => i.Targets).AsSplitQuery();
        return await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == planId);
    }

    private static BadRequestProblem FormatProblem(string detail) =>
        Problems.BadRequest("Không đọc được kế hoạch", detail: detail);

    private static ValidationErrors ValidateDocument(PlanDocument document)
    {
        var errors = new ValidationErrors();
        if (document.Year is < 2000 or > 2100)
        {
            errors.Add("year", "Năm kế hoạch không hợp lệ.");
        }

        if (string.IsNullOrWhiteSpace(document.Title))
        {
            errors.Add("title", "Kế hoạch phải có tên.");
        }

        if (document.Budget < 0)
        {
            errors.Add("budget", "Kinh phí không được âm.");
        }

        if (document.Sections is null || document.Sections.Count == 0)
        {
            errors.Add("sections", "Kế hoạch phải có ít nhất một mục.");
            return errors;
        }

        var codes = document.Sections.SelectMany(s => s.Items ?? []).Select(i => i.Code).ToList();
        foreach (var duplicate in codes.GroupBy(c => c).Where(g => g.Count() > 1))
        {
            errors.Add($"items.{duplicate.Key}", $"Mã {duplicate.Key} xuất hiện nhiều lần.");
        }

        // Set, not Add: items that share a code (already named above) share these fields too, and each says it once.
        foreach (var item in document.Sections.SelectMany(s => s.Items ?? []).Where(i => !i.IsGroup))
        {
            if (string.IsNullOrWhiteSpace(item.Content))
            {
                errors.Set($"items.{item.Code}.content", "Thiếu nội dung công việc.");
            }

            if (string.IsNullOrWhiteSpace(item.LeadUnits))
            {
                errors.Set($"items.{item.Code}.leadUnits", "Thiếu đơn vị thực hiện.");
            }
        }

        return errors;
    }
}
