namespace VanPhong.Reporting.Reports;

public enum ReportStatus
{
    /// <summary>Generated: the figures as they stood then; not yet the official ones.</summary>
    Generated,

    /// <summary>Chốt số liệu: the official figures of the period, sent to the province.</summary>
    Frozen,

    /// <summary>A later version of the same period was frozen instead.</summary>
    Superseded,
}

/// <summary>
/// One generated version of the periodic report: its figures are stored whole when it is generated, so nothing that
/// happens later changes them; generating again makes a new version, freezing marks the official one.
/// </summary>
public sealed class PeriodicReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string PeriodKind { get; set; } = "";

    public int Year { get; set; }

    public int Number { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public int Version { get; set; }

    public ReportStatus Status { get; set; }

    public DateTime GeneratedAt { get; set; }

    public string GeneratedBy { get; set; } = "";

    public DateTime? FrozenAt { get; set; }

    public string? FrozenBy { get; set; }

    /// <summary>Số văn bản, e.g. "45/BC-KKT", given when frozen.</summary>
    public string? DocumentNumber { get; set; }

    public string ContentJson { get; set; } = "{}";

    /// <summary>
    /// Khó khăn, vướng mắc và đề xuất, kiến nghị: the office's own text, written while the version is generated and
    /// frozen with it (null in a report generated before the office could write it, or when it wrote nothing).
    /// </summary>
    public string? Difficulties { get; set; }
}
