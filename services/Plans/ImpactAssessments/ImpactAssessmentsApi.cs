using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Plans.Data;
using VanPhong.Plans.SeedTasks;

namespace VanPhong.Plans.ImpactAssessments;

/// <summary>The impact assessments of TTHC in draft legal documents (plan I.1): staff read, the office records and corrects.</summary>
public static class ImpactAssessmentsApi
{
    public static RouteGroupBuilder MapImpactAssessments(this RouteGroupBuilder plans) => Records.Map(plans);

    public sealed record AssessmentRequest(
        string? DraftDocument, string? DraftingAgency, List<string?>? ProcedureCodes, bool? FormFiled, string? FormReference, string? AssessedOn, string? Result, string? PlanItemCode);

    public sealed record AssessmentView(
        Guid Id, string DraftDocument, string? DraftingAgency, IReadOnlyList<string> ProcedureCodes, bool FormFiled, string? FormReference, DateOnly AssessedOn,
        string? Result, Guid? PlanItemId, string? PlanItemCode, int Version);

    private static readonly RecordEndpoints<ImpactAssessment, ImpactAssessmentFields, ImpactAssessmentRecorded, AssessmentRequest, AssessmentView> Records = new(
        "impact-assessments", new("ListImpactAssessments", "GetImpactAssessment", "RecordImpactAssessment", "UpdateImpactAssessment"),
        what: "hồ sơ đánh giá tác động", invalidTitle: "Hồ sơ đánh giá tác động chưa hợp lệ",
        set: db => db.ImpactAssessments, on: a => a.AssessedOn, validate: ValidateAsync, view: (a, _) => View(a));

    private static async Task<(ImpactAssessmentFields, PlanLink)> ValidateAsync(RecordRules rules, AssessmentRequest request, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
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
        return (new ImpactAssessmentFields(draft, agency, codes, request.FormFiled == true, reference, on, result), link);
    }

    private static AssessmentView View(ImpactAssessment a) =>
        new(a.Id, a.DraftDocument, a.DraftingAgency, a.ProcedureCodes, a.FormFiled, a.FormReference, a.AssessedOn, a.Result, a.PlanItemId, a.PlanItemCode, a.Version);
}
