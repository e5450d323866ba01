using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Catalog;

/// <summary>
/// Phiếu rà soát (TT 02/2017 Annex I): the handling division opens a review of a procedure, records its findings on
/// necessity, reasonableness and legality, the compliance cost before and after, and the simplification it proposes;
/// the office or leadership sends the proposal on, after which the review is closed to edits.
/// </summary>
public sealed class ReviewModel(CatalogClient catalog, PlansClient plans, TimeProvider clock) : StaffPage
{
    /// <summary>"moi" (or nothing) for a new review, else the review's id.</summary>
    [FromRoute]
    public string? Id { get; set; }

    /// <summary>The procedure to review, for a new review.</summary>
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    public ReviewDetail? Review { get; private set; }

    public IReadOnlyList<ItemView> PlanItems { get; private set; } = [];

    /// <summary>Only the new-review address creates one: a review that could not be loaded is never re-created by its own form.</summary>
    public bool IsNew => Id is null or "moi";

    public bool Editable => IsUnitWorker && (Review is null || Review.Status == "Draft");

    public static readonly (string Name, string Label)[] CostRows =
    [
        ("ProcessingWorkingDays", "Thời gian giải quyết (ngày làm việc)"), ("PreparationHours", "Thời gian chuẩn bị hồ sơ (giờ)"), ("OtherHours", "Thời gian khác: đi lại, chờ đợi (giờ)"),
        ("FeesPerDossier", "Phí, lệ phí mỗi hồ sơ (đồng)"), ("OtherCostsPerDossier", "Chi phí khác mỗi hồ sơ (đồng)"), ("DossiersPerYear", "Số hồ sơ mỗi năm"),
    ];

    public static readonly (string Name, string Label)[] Criteria =
        [("Necessity", "Sự cần thiết"), ("Reasonableness", "Tính hợp lý"), ("Legality", "Tính hợp pháp")];

    /// <summary>The review form as typed; numbers kept as text (the number fields send "1.5", which the Vietnamese culture reads as 15).</summary>
    public sealed class ReviewForm
    {
        public int? Year { get; set; }
        public Dictionary<string, string?> Met { get; set; } = new();
        public Dictionary<string, string?> Notes { get; set; } = new();
        public Dictionary<string, string?> Before { get; set; } = new();
        public Dictionary<string, string?> After { get; set; } = new();
        public bool Abolish { get; set; }
        public string? ProposalContent { get; set; }
        public string? ProposalReasons { get; set; }
        public string? ProposalRecommendations { get; set; }
        public string? ProposalRoadmap { get; set; }
        public Guid? PlanItemId { get; set; }
        public string? FeedbackCodes { get; set; }
    }

    [BindProperty]
    public ReviewForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        Form = Review is null ? new ReviewForm { Year = VanPhong.Calendar.VietnamTime.Today(clock).Year } : FromReview(Review);
        return RecordPage(problem);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        switch (await LoadAsync(ct))
        {
            case { Status: 401 }:
                return Challenge();
            case { Status: 404 }:
                return NotFound();
            case { } problem:
                return await FailedAsync(problem, () => Task.CompletedTask);
        }

        var item = PlanItems.FirstOrDefault(i => i.Id == Form.PlanItemId);
        var body = new
        {
            year = Form.Year,
            necessity = Criterion("Necessity"),
            reasonableness = Criterion("Reasonableness"),
            legality = Criterion("Legality"),
            before = Costs(Form.Before),
            after = Form.Abolish ? null : Costs(Form.After),
            abolish = Form.Abolish,
            proposal = string.IsNullOrWhiteSpace(Form.ProposalContent) && string.IsNullOrWhiteSpace(Form.ProposalReasons) ? null : new
            {
                content = Form.ProposalContent?.Trim() ?? "", reasons = Form.ProposalReasons?.Trim() ?? "", recommendations = Form.ProposalRecommendations?.Trim() ?? "",
                roadmap = string.IsNullOrWhiteSpace(Form.ProposalRoadmap) ? null : Form.ProposalRoadmap.Trim(),
            },
            planItemId = item?.Id,
            planItemCode = item?.Code,
            feedbackCodes = (Form.FeedbackCodes ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        };
        var result = IsNew
            ? await catalog.StartReviewAsync(Code?.Trim() ?? "", body, ct)
            : await catalog.SaveReviewAsync(Review!.Id, body, ct);
        return result.Ok
            ? Succeeded($"Đã lưu phiếu rà soát thủ tục {result.Value!.ProcedureCode}: tiết kiệm {result.Value.Cost.Comparison.SavingRate.ToString("0.#", Vietnamese)}% chi phí tuân thủ mỗi năm.",
                $"/nghiep-vu/thu-tuc/ra-soat/{result.Value.Id}")
            : await FailedAsync(result.Problem!, () => Task.CompletedTask);
    }

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Review is null)
        {
            return NotFound();
        }

        var result = await catalog.ProposeAsync(Review.Id, ct);
        return result.Ok
            ? Succeeded("Đã đề xuất phương án đơn giản hóa.")
            : await FailedAsync(result.Problem!, () => { Form = FromReview(Review); return Task.CompletedTask; });
    }

    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private object? Criterion(string name) => Form.Met.GetValueOrDefault(name) switch
    {
        "true" => new { met = true, notes = Form.Notes.GetValueOrDefault(name) },
        "false" => new { met = false, notes = Form.Notes.GetValueOrDefault(name) },
        _ => null,
    };

    private static object? Costs(Dictionary<string, string?> values)
    {
        if (values.Values.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        double Number(string name) => double.TryParse(values.GetValueOrDefault(name)?.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0;
        return new
        {
            processingWorkingDays = Number("ProcessingWorkingDays"), preparationHours = Number("PreparationHours"), otherHours = Number("OtherHours"),
            feesPerDossier = (long)Number("FeesPerDossier"), otherCostsPerDossier = (long)Number("OtherCostsPerDossier"), dossiersPerYear = (int)Number("DossiersPerYear"),
        };
    }

    private static ReviewForm FromReview(ReviewDetail r)
    {
        static Dictionary<string, string?> Of(CostInputs? c) => c is null ? new() : new()
        {
            ["ProcessingWorkingDays"] = Text(c.ProcessingWorkingDays), ["PreparationHours"] = Text(c.PreparationHours), ["OtherHours"] = Text(c.OtherHours),
            ["FeesPerDossier"] = Text(c.FeesPerDossier), ["OtherCostsPerDossier"] = Text(c.OtherCostsPerDossier), ["DossiersPerYear"] = Text(c.DossiersPerYear),
        };
        var c = r.Content;
        return new ReviewForm
        {
            Year = r.Year,
            Met = new() { ["Necessity"] = Bool(c.Necessity.Met), ["Reasonableness"] = Bool(c.Reasonableness.Met), ["Legality"] = Bool(c.Legality.Met) },
            Notes = new() { ["Necessity"] = c.Necessity.Notes, ["Reasonableness"] = c.Reasonableness.Notes, ["Legality"] = c.Legality.Notes },
            Before = Of(c.Before),
            After = Of(c.After),
            Abolish = c.Abolish,
            ProposalContent = c.Proposal?.Content,
            ProposalReasons = c.Proposal?.Reasons,
            ProposalRecommendations = c.Proposal?.Recommendations,
            ProposalRoadmap = c.Proposal?.Roadmap,
            PlanItemId = r.PlanItemId,
            FeedbackCodes = string.Join(", ", r.FeedbackCodes),
        };
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Text(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var plan = await plans.GetCurrentPlanAsync(VanPhong.Calendar.VietnamTime.Today(clock).Year, ct);
        if (plan is not null)
        {
            PlanItems = ((await plans.GetItemsAsync(plan.Id, null, ct)).Value ?? []).Where(i => !i.IsGroup).ToList();
        }

        if (Guid.TryParse(Id, out var id))
        {
            var result = await catalog.GetReviewAsync(id, ct);
            Review = result.Value;
            Code = Review?.ProcedureCode ?? Code;
            return result.Problem;
        }

        return Id is null or "moi" ? null : ApiProblem.NotFound("Không tìm thấy phiếu rà soát");
    }
}
