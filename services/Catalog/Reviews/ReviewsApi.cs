using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.HandlingUnits;
using VanPhong.Catalog.Model;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Catalog.Reviews;

/// <summary>What the review form says (TT 02/2017 Art. 25–27, Annex I): the three criteria, the costs, the proposal.</summary>
public sealed record ReviewContent(
    CriterionAnswer Necessity,
    CriterionAnswer Reasonableness,
    CriterionAnswer Legality,
    CostInputs Before,
    CostInputs? After,
    bool Abolish,
    SimplificationProposal? Proposal);

/// <summary>
/// Rà soát, đánh giá và đơn giản hóa TTHC (plan section V): a unit reviews a procedure against the criteria of
/// necessity, reasonableness and legality, works out the compliance cost before and after the simplification it
/// proposes, and links the review to the plan item and to the PAKN that prompted it. The office (or leadership)
/// sends the proposal on; that is announced as SimplificationProposed, which marks the PAKN and feeds the reports.
/// </summary>
public static class ReviewsApi
{
    public sealed record ReviewRequest(
        int? Year, CriterionAnswer? Necessity, CriterionAnswer? Reasonableness, CriterionAnswer? Legality,
        CostInputs? Before, CostInputs? After, bool Abolish, SimplificationProposal? Proposal,
        Guid? PlanItemId, string? PlanItemCode, List<string>? FeedbackCodes);

    public sealed record CostRequest(CostInputs? Before, CostInputs? After);

    public sealed record CostView(CostComparison Comparison, double HoursPerWorkingDay, long HourlyIncome, string Source, string Formula);

    public sealed record ReviewView(
        Guid Id, string ProcedureCode, int Year, string Status, ReviewContent Content, CostView Cost,
        Guid? PlanItemId, string? PlanItemCode, IReadOnlyList<string> FeedbackCodes, DateTime CreatedAt, DateTime? ProposedAt,
        CarriedOut? CarriedOutBy = null);

    /// <summary>The publication decision that carried the proposal out, and the procedure version it produced.</summary>
    public sealed record CarriedOut(Guid DecisionId, string DecisionNumber, DateOnly EffectiveOn, int Version);

    private const string Formula = "Chi phí/hồ sơ = (thời gian giải quyết × số giờ/ngày làm việc + giờ chuẩn bị + giờ khác) × thu nhập bình quân/giờ + phí, lệ phí + chi phí khác; chi phí/năm = chi phí/hồ sơ × số hồ sơ/năm";

    public static RouteGroupBuilder MapReviews(this RouteGroupBuilder procedures)
    {
        procedures.MapPost("/compliance-cost", Calculate).WithName("CalculateComplianceCost").RequireAuthorization(StaffPolicies.Staff)
            .WithSummary("Tính chi phí tuân thủ TTHC trước và sau đơn giản hóa");
        procedures.MapGet("/reviews", ListAsync).WithName("ListProcedureReviews").RequireAuthorization(StaffPolicies.Staff);
        procedures.MapGet("/reviews/{id:guid}", GetAsync).WithName("GetProcedureReview").RequireAuthorization(StaffPolicies.Staff);
        procedures.MapPost("/{code}/reviews", CreateAsync).WithName("CreateProcedureReview").RequireAuthorization(StaffPolicies.UnitWork);
        procedures.MapPut("/reviews/{id:guid}", UpdateAsync).WithName("UpdateProcedureReview").RequireAuthorization(StaffPolicies.UnitWork);
        procedures.MapPost("/reviews/{id:guid}/propose", ProposeAsync).WithName("ProposeSimplification").RequireAuthorization(StaffPolicies.OfficeOrLeadership);
        return procedures;
    }

    private static Results<Ok<CostView>, ValidationProblem> Calculate(CostRequest request, IOptions<ComplianceCostOptions> options)
    {
        var errors = ComplianceCost.Validate(request.Before, "before");
        if (request.After is not null)
        {
            errors.Add(ComplianceCost.Validate(request.After, "after"));
        }

        return errors.Any
            ? errors.ToProblem("Số liệu tính chi phí chưa hợp lệ")
            : TypedResults.Ok(Cost(request.Before!, request.After, options.Value));
    }

    private static async Task<Ok<List<ReviewView>>> ListAsync(int? year, string? code, CatalogDb db, IOptions<ComplianceCostOptions> options)
    {
        var query = db.Reviews.AsNoTracking();
        if (year is not null)
        {
            query = query.Where(r => r.Year == year);
        }

        if (code is not null)
        {
            query = query.Where(r => r.ProcedureCode == code);
        }

        var reviews = await query.OrderBy(r => r.ProcedureCode).ThenByDescending(r => r.Year).ToListAsync();
        return TypedResults.Ok(reviews.Select(r => View(r, options.Value)).ToList());
    }

    private static async Task<Results<Ok<ReviewView>, NotFoundProblem>> GetAsync(Guid id, CatalogDb db, IOptions<ComplianceCostOptions> options) =>
        await db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id) is { } review ? TypedResults.Ok(View(review, options.Value)) : NotFound();

    private static async Task<Results<Created<ReviewView>, NotFoundProblem, ForbiddenProblem, ValidationProblem>> CreateAsync(string code, ReviewRequest request, CatalogDb db, TimeProvider clock, IOptions<ComplianceCostOptions> options,
        HttpContext http, IAuthorizationService authorization)
    {
        var procedure = await db.Procedures.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code && p.Status == ProcedureStatus.Active);
        if (procedure is null)
        {
            return Problems.NotFound("Không tìm thấy thủ tục hành chính",
                detail: $"Không có thủ tục mã {code} đang có hiệu lực để rà soát.");
        }

        if (await HandlingUnitsApi.RefusalAsync(http.User, code, procedure.HandlingUnit, authorization) is { } refused)
        {
            return refused;
        }

        var review = new ProcedureReview { ProcedureCode = code, UnitCode = procedure.HandlingUnit, CreatedAt = clock.GetUtcNow().UtcDateTime };
        if (Apply(review, request, options.Value) is { Any: true } errors)
        {
            return errors.ToProblem("Phiếu rà soát chưa hợp lệ");
        }

        db.Reviews.Add(review);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/procedures/reviews/{review.Id}", View(review, options.Value));
    }

    private static async Task<Results<Ok<ReviewView>, NotFoundProblem, ForbiddenProblem, ConflictProblem, ValidationProblem>> UpdateAsync(Guid id, ReviewRequest request, CatalogDb db, IOptions<ComplianceCostOptions> options,
        HttpContext http, IAuthorizationService authorization)
    {
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == id);
        if (review is null)
        {
            return NotFound();
        }

        // The procedure's division now (the office may have reassigned it since the review was opened).
        var handlingUnit = await db.Procedures.Where(p => p.Code == review.ProcedureCode).Select(p => p.HandlingUnit).SingleOrDefaultAsync() ?? review.UnitCode;
        if (await HandlingUnitsApi.RefusalAsync(http.User, review.ProcedureCode, handlingUnit, authorization) is { } refused)
        {
            return refused;
        }

        if (review.Status != ReviewStatus.Draft)
        {
            return Problems.Conflict("Phương án đã được đề xuất", detail: "Không sửa phiếu rà soát sau khi đã đề xuất phương án đơn giản hóa.");
        }

        if (Apply(review, request, options.Value) is { Any: true } errors)
        {
            return errors.ToProblem("Phiếu rà soát chưa hợp lệ");
        }

        await db.SaveChangesAsync();
        return TypedResults.Ok(View(review, options.Value));
    }

    private static async Task<Results<Ok<ReviewView>, NotFoundProblem, ConflictProblem, ValidationProblem>> ProposeAsync(Guid id, CatalogDb db, TimeProvider clock, IOptions<ComplianceCostOptions> options)
    {
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == id);
        if (review is null)
        {
            return NotFound();
        }

        if (review.Status != ReviewStatus.Draft)
        {
            return Problems.Conflict("Phương án đã được đề xuất", detail: $"Đề xuất ngày {review.ProposedAt:dd/MM/yyyy}.");
        }

        var content = ContentOf(review);
        if (content.Proposal is null || VietnameseText.Clean(content.Proposal.Content) is null || VietnameseText.Clean(content.Proposal.Reasons) is null)
        {
            return Problems.Invalid("proposal", "Phương án đơn giản hóa phải nêu nội dung và lý do trước khi đề xuất.", title: "Chưa thể đề xuất phương án");
        }

        var now = clock.GetUtcNow();
        review.Status = ReviewStatus.Proposed;
        review.ProposedAt = now.UtcDateTime;
        db.AddEvent(new SimplificationProposed(review.Id, review.ProcedureCode, review.Year, review.CostBeforePerYear, review.CostAfterPerYear,
            review.SavingPerYear, review.SavingRate, review.PlanItemId, Codes(review), now, review.PlanItemCode), clock);
        await db.SaveChangesAsync();
        return TypedResults.Ok(View(review, options.Value));
    }

    private static ValidationErrors Apply(ProcedureReview review, ReviewRequest request, ComplianceCostOptions options)
    {
        var errors = new ValidationErrors();
        if (request.Year is not (>= 2000 and <= 2100))
        {
            errors.Add("year", "Vui lòng nhập năm rà soát.");
        }

        foreach (var (name, label, answer) in new[] { ("necessity", "sự cần thiết", request.Necessity), ("reasonableness", "tính hợp lý", request.Reasonableness), ("legality", "tính hợp pháp", request.Legality) })
        {
            if (answer is null)
            {
                errors.Add(name, $"Vui lòng đánh giá {label} của thủ tục.");
            }
            else if (!answer.Met && VietnameseText.Clean(answer.Notes) is null)
            {
                errors.Add(name, $"Thủ tục không đáp ứng {label}: vui lòng nêu rõ lý do.");
            }
        }

        errors.Add(ComplianceCost.Validate(request.Before, "before"));

        if (request.Abolish && request.After is not null)
        {
            errors.Add("after", "Đề xuất bãi bỏ thủ tục thì không nhập chi phí sau đơn giản hóa.");
        }
        else if (!request.Abolish)
        {
            errors.Add(ComplianceCost.Validate(request.After, "after"));
        }

        var codes = (request.FeedbackCodes ?? []).Select(VietnameseText.Clean).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (codes.Any(c => c.Length > 30) || codes.Count > 50)
        {
            errors.Add("feedbackCodes", "Mã PAKN không hợp lệ (tối đa 50 mã, mỗi mã tối đa 30 ký tự).");
        }

        if (errors.Any)
        {
            return errors;
        }

        var content = new ReviewContent(request.Necessity!, request.Reasonableness!, request.Legality!, request.Before!, request.Abolish ? null : request.After, request.Abolish, request.Proposal);
        var cost = ComplianceCost.Compare(content.Before, content.After, options);
        review.Year = request.Year!.Value;
        review.Json = JsonSerializer.Serialize(content, CatalogJson.Options);
        review.CostBeforePerYear = cost.Before.PerYear;
        review.CostAfterPerYear = cost.After.PerYear;
        review.SavingPerYear = cost.SavingPerYear;
        review.SavingRate = cost.SavingRate;
        review.PlanItemId = request.PlanItemId;
        review.PlanItemCode = VietnameseText.Clean(request.PlanItemCode);
        review.FeedbackCodes = string.Join(",", codes.Select(c => c.ToUpperInvariant()));
        return errors;
    }

    private static ReviewContent ContentOf(ProcedureReview review) => JsonSerializer.Deserialize<ReviewContent>(review.Json, CatalogJson.Options)!;

    private static List<string> Codes(ProcedureReview review) => review.FeedbackCodes.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static CostView Cost(CostInputs before, CostInputs? after, ComplianceCostOptions options) =>
        new(ComplianceCost.Compare(before, after, options), options.HoursPerWorkingDay, options.HourlyIncome, options.Source, Formula);

    private static ReviewView View(ProcedureReview r, ComplianceCostOptions options)
    {
        var content = ContentOf(r);
        return new ReviewView(r.Id, r.ProcedureCode, r.Year, r.Status.ToString(), content, Cost(content.Before, content.After, options),
            r.PlanItemId, r.PlanItemCode, Codes(r), r.CreatedAt, r.ProposedAt,
            r.CarriedOutByDecisionId is { } decision ? new CarriedOut(decision, r.CarriedOutByDecisionNumber!, r.CarriedOutOn!.Value, r.CarriedOutVersion!.Value) : null);
    }

    private static NotFoundProblem NotFound() => Problems.NotFound("Không tìm thấy phiếu rà soát");
}
