using VanPhong.Contracts;
using VanPhong.Plans.SeedTasks;

namespace VanPhong.Plans.ImpactAssessments;

/// <summary>What the office records of an assessment; the same for a new record and a correction.</summary>
public sealed record ImpactAssessmentFields(string DraftDocument, string? DraftingAgency, List<string> ProcedureCodes, bool FormFiled, string? FormReference, DateOnly AssessedOn, string? Result);

/// <summary>
/// Đánh giá tác động của TTHC trong dự thảo văn bản quy phạm pháp luật (plan I.1; NĐ 34/2016 Art. 9, Luật Ban hành
/// VBQPPL): which draft, which procedures it regulates, whether the assessment form (biểu mẫu đánh giá tác động) was
/// filed and where it is, when, and the opinion given. Every change returns the event that carries its new version.
/// </summary>
public sealed class ImpactAssessment : PlanTaskRecord<ImpactAssessment, ImpactAssessmentFields, ImpactAssessmentRecorded>
{
    /// <summary>The draft legal document, as named by the drafting agency ("Dự thảo Quyết định ... của UBND tỉnh").</summary>
    public string DraftDocument { get; private set; } = "";

    /// <summary>Cơ quan chủ trì soạn thảo.</summary>
    public string? DraftingAgency { get; private set; }

    /// <summary>Mã TTHC quy định trong dự thảo.</summary>
    public List<string> ProcedureCodes { get; private set; } = [];

    /// <summary>Whether the impact assessment form was filed with the draft.</summary>
    public bool FormFiled { get; private set; }

    /// <summary>Where the filed form is: the document number, a file reference or a link.</summary>
    public string? FormReference { get; private set; }

    public DateOnly AssessedOn { get; private set; }

    /// <summary>Kết quả, ý kiến: the Board's opinion on the procedures of the draft.</summary>
    public string? Result { get; private set; }

    protected override void Take(ImpactAssessmentFields f) =>
        (DraftDocument, DraftingAgency, ProcedureCodes, FormFiled, FormReference, AssessedOn, Result) =
            (f.DraftDocument, f.DraftingAgency, f.ProcedureCodes, f.FormFiled, f.FormReference, f.AssessedOn, f.Result);

    protected override ImpactAssessmentRecorded Recorded() =>
        new(Id, DraftDocument, ProcedureCodes, FormFiled, AssessedOn, Result, PlanItemCode, Version);
}
