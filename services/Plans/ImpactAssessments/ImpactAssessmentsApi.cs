using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Plans.Data;
using VanPhong.Plans.SeedTasks;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Plans.ImpactAssessments;

/// <summary>The impact assessments of TTHC in draft legal documents (plan I.1): staff read, the office records and corrects.</summary>
public static class ImpactAssessmentsApi
{
    private const string What = "hồ sơ đánh giá tác động";

    public sealed record AssessmentRequest(
        string? DraftDocument, string? DraftingAgency, List<string?>? ProcedureCodes, bool? FormFiled, string? FormReference, string? AssessedOn, string? Result, string? PlanItemCode);

    public sealed record AssessmentView(
        Guid Id, string DraftDocument, string? DraftingAgency, IReadOnlyList<string> ProcedureCodes, bool FormFiled, string? FormReference, DateOnly AssessedOn,
        string? Result, Guid? PlanItemId, string? PlanItemCode, int Version);

    public static RouteGroupBuilder MapImpactAssessments(this RouteGroupBuilder plans)
    {
        plans.MapGet("/impact-assessments", ListAsync).WithName("ListImpactAssessments").RequireAuthorization(StaffPolicies.Staff);
        plans.MapGet("/impact-assessments/{id:guid}", GetAsync).WithName("GetImpactAssessment").RequireAuthorization(StaffPolicies.Staff);
        plans.MapPost("/impact-assessments", CreateAsync).WithName("RecordImpactAssessment").RequireAuthorization(StaffPolicies.Office);
        plans.MapPut("/impact-assessments/{id:guid}", UpdateAsync).WithName("UpdateImpactAssessment").RequireAuthorization(StaffPolicies.Office);
        return plans;
    }

    private static async Task<Ok<List<AssessmentView>>> ListAsync(int? year, PlansDb db, CancellationToken ct)
    {
        var query = db.ImpactAssessments.AsNoTracking();
        if (year is { } asked && RecordRules.ListYear(asked) is var y)
        {
            query = query.Where(a => a.AssessedOn >= new DateOnly(y, 1, 1) && a.AssessedOn <= new DateOnly(y, 12, 31));
        }

        return TypedResults.Ok((await query.OrderByDescending(a => a.AssessedOn).ToListAsync(ct)).Select(View).ToList());
    }

    private static async Task<Results<Ok<AssessmentView>, NotFoundProblem>> GetAsync(Guid id, PlansDb db, CancellationToken ct) =>
        await db.ImpactAssessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) is { } record ? TypedResults.Ok(View(record)) : RecordResults.NotFound(What);

    private static async Task<Results<Created<AssessmentView>, ValidationProblem>> CreateAsync(AssessmentRequest request, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var (rules, fields, link) = await ValidateAsync(request, db, clock, ct);
        if (rules.Failed)
        {
            return RecordResults.Invalid(rules, "Hồ sơ đánh giá tác động chưa hợp lệ");
        }

        var (record, recorded) = ImpactAssessment.Create(fields, link);
        db.ImpactAssessments.Add(record);
        db.AddEvent(recorded, clock);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/plans/impact-assessments/{record.Id}", View(record));
    }

    private static async Task<Results<Ok<AssessmentView>, NotFoundProblem, ValidationProblem>> UpdateAsync(Guid id, AssessmentRequest request, HttpContext http, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var record = await db.ImpactAssessments.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (record is null)
        {
            return RecordResults.NotFound(What);
        }

        StaleWrite.ThrowIfStale(http, record.Version);
        var (rules, fields, link) = await ValidateAsync(request, db, clock, ct);
        if (rules.Failed)
        {
            return RecordResults.Invalid(rules, "Hồ sơ đánh giá tác động chưa hợp lệ");
        }

        db.AddEvent(record.Change(fields, link), clock);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(View(record));
    }

    private static async Task<(RecordRules, ImpactAssessmentFields, PlanLink)> ValidateAsync(AssessmentRequest request, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var rules = new RecordRules();
        var draft = rules.Required("draftDocument", request.DraftDocument, "tên dự thảo văn bản quy phạm pháp luật");
        var agency = rules.Optional("draftingAgency", request.DraftingAgency, "cơ quan chủ trì soạn thảo", 200);
        var codes = rules.ProcedureCodes("procedureCodes", request.ProcedureCodes, required: true);
        if (request.FormFiled is null)
        {
            rules.Add("formFiled", "Vui lòng cho biết dự thảo đã có biểu mẫu đánh giá tác động TTHC chưa.");
        }

        var reference = rules.Optional("formReference", request.FormReference, "số văn bản hoặc tệp biểu mẫu");
        if (request.FormFiled == true && reference is null)
        {
            rules.Add("formReference", "Vui lòng nêu số văn bản, tệp hoặc đường dẫn của biểu mẫu đánh giá tác động đã nộp.");
        }

        var on = rules.Date("assessedOn", request.AssessedOn, "ngày đánh giá", VietnamTime.Today(clock));
        var result = rules.Optional("result", request.Result, "kết quả, ý kiến", RecordRules.LongText);
        var link = await rules.PlanItemAsync(db, request.PlanItemCode, on.Year == 1 ? 0 : on.Year, ct);
        return (rules, new ImpactAssessmentFields(draft, agency, codes, request.FormFiled == true, reference, on, result), link);
    }

    private static AssessmentView View(ImpactAssessment a) =>
        new(a.Id, a.DraftDocument, a.DraftingAgency, a.ProcedureCodes, a.FormFiled, a.FormReference, a.AssessedOn, a.Result, a.PlanItemId, a.PlanItemCode, a.Version);
}
