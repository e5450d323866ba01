namespace VanPhong.Plans.Documents;

/// <summary>
/// A plan as a document: what the decision and its appendix say, without progress. The format of the JSON
/// import/export, of the Excel sheet, and what the seed-text parser produces.
/// </summary>
public sealed record PlanDocument(
    int Year,
    string Title,
    string? DecisionNumber,
    DateOnly? DecisionDate,
    string? DecisionDateText,
    string? Signer,
    string? SignerTitle,
    IReadOnlyList<string> LegalBases,
    long Budget,
    string? Purpose,
    string? Organisation,
    IReadOnlyList<SectionDocument> Sections);

/// <summary>A section of the appendix (I–VIII).</summary>
public sealed record SectionDocument(string Code, string Title, IReadOnlyList<ItemDocument> Items);

/// <summary>
/// A row of the appendix: a heading (IsGroup, e.g. II.1 "Công bố TTHC") or a work item (II.1.1), with the
/// texts exactly as the plan has them: content, timeframe (Thời gian thực hiện), lead units (Đơn vị thực hiện),
/// coordinating units (Đơn vị phối hợp) and expected result (Kết quả).
/// </summary>
public sealed record ItemDocument(
    string Code,
    string? ParentCode,
    bool IsGroup,
    string Content,
    string? Timeframe,
    string? LeadUnits,
    string? CoordinatingUnits,
    string? ExpectedResult,
    int Weight = 1,
    IReadOnlyList<TargetDocument>? Targets = null);

/// <summary>A measurable target of an item, e.g. "100% TTHC có quy trình nội bộ".</summary>
public sealed record TargetDocument(string Metric, string Description, double Value, string Unit);
