using VanPhong.Security;

namespace VanPhong.Reporting.Dossiers;

/// <summary>Hình thức nộp hồ sơ: at the one-stop desk, online (Cổng Dịch vụ công) or by post.</summary>
public enum DossierChannel
{
    Direct,
    Online,
    Postal,
}

/// <summary>Where a dossier stands in the export: being handled (incl. awaiting a supplement), result returned, refused, withdrawn.</summary>
public enum DossierStatus
{
    InProgress,
    Returned,
    Refused,
    Withdrawn,
}

/// <summary>
/// Hồ sơ TTHC: one dossier as the provincial one-stop system exports it, keyed by its national code (Mã số hồ sơ,
/// TT 01/2018 Art. 19). Dates are the Vietnamese calendar days the export gives (the time of day, when present, is
/// not kept: Biểu 06 and the timeliness rule count days). Carries the citizen's evaluation (TT 01/2018 Art. 13–14)
/// when there is one.
/// Not logged row by row (an export holds thousands): the import is logged, and so is each desk evaluation.
/// </summary>
[NotAuditedPerRow]
public sealed class DossierRecord
{
    public string Code { get; set; } = "";

    public string ProcedureCode { get; set; } = "";

    public DossierChannel Channel { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>Ngày trả kết quả; null while the dossier is being handled.</summary>
    public DateOnly? ReturnedOn { get; set; }

    public DossierStatus Status { get; set; }

    public string? LateReason { get; set; }

    public bool Digitised { get; set; }

    public bool PaidOnline { get; set; }

    /// <summary>Phiếu xin lỗi và hẹn lại ngày trả kết quả (NĐ 61/2018 Art. 19.9) issued.</summary>
    public bool ApologyIssued { get; set; }

    /// <summary>The unit of the Board handling it, when the export names it (a unit code or name as the export spells it).</summary>
    public string? Unit { get; set; }

    public DossierEvaluation Evaluation { get; set; } = new();

    /// <summary>SHA-256 of the imported fields: a later export with the same content is recognised as unchanged.</summary>
    public string ContentHash { get; set; } = "";

    public Guid ImportId { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// Đánh giá việc giải quyết TTHC by the citizen or business for one dossier: the points (0, 1 or 2) of the indicators
/// TT 01/2018 Art. 14.1 scores per dossier — 1 total time, 2 time of each unit, 3 contacts to complete the dossier,
/// 4 agencies contacted, 6 publicity of the procedure, 7 attitude of the staff. Null where not evaluated.
/// </summary>
[NotAuditedPerRow]
public sealed class DossierEvaluation
{
    public int? Indicator1 { get; set; }

    public int? Indicator2 { get; set; }

    public int? Indicator3 { get; set; }

    public int? Indicator4 { get; set; }

    public int? Indicator6 { get; set; }

    public int? Indicator7 { get; set; }

    /// <summary>import (from the export), desk (entered at the one-stop desk from the paper form) or null.</summary>
    public string? Source { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    public bool Any => Points().Any(p => p.Points is not null);

    public IEnumerable<(int Indicator, int? Points)> Points() =>
        [(1, Indicator1), (2, Indicator2), (3, Indicator3), (4, Indicator4), (6, Indicator6), (7, Indicator7)];
}
