namespace VanPhong.Reporting.Dossiers;

/// <summary>
/// The dossiers of one procedure in one period, as the provincial one-stop system counts them (Biểu 06/VPCP/KSTT,
/// TT 01/2020): received online, directly, by post, carried over; resolved early, on time, late; pending within
/// the deadline or overdue; digitised dossiers and results. Imported; one row per (period, procedure).
/// </summary>
public sealed class DossierStatistic
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodTo { get; set; }

    public string ProcedureCode { get; set; } = "";

    /// <summary>As the file gave it; the catalog's sector is preferred in reports.</summary>
    public string? Sector { get; set; }

    public int ReceivedOnline { get; set; }

    public int ReceivedDirect { get; set; }

    public int ReceivedPostal { get; set; }

    public int CarriedOver { get; set; }

    public int ResolvedEarly { get; set; }

    public int ResolvedOnTime { get; set; }

    public int ResolvedLate { get; set; }

    public int PendingWithinDeadline { get; set; }

    public int PendingOverdue { get; set; }

    public int DigitisedDossiers { get; set; }

    public int DigitisedResults { get; set; }

    public Guid ImportId { get; set; }

    public int ReceivedInPeriod => ReceivedOnline + ReceivedDirect + ReceivedPostal;

    public int Resolved => ResolvedEarly + ResolvedOnTime + ResolvedLate;

    public int Pending => PendingWithinDeadline + PendingOverdue;
}

/// <summary>Aggregate: figures per procedure and period (the template); Records: the one-stop system's export, one row per dossier.</summary>
public enum DossierImportKind
{
    Aggregate,
    Records,
}

/// <summary>One import of dossier statistics or records: where it came from, what it contained, who did it.</summary>
public sealed class DossierImport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DossierImportKind Kind { get; set; }

    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodTo { get; set; }

    /// <summary>csv, xlsx or api.</summary>
    public string Source { get; set; } = "";

    public string? FileName { get; set; }

    /// <summary>SHA-256 of the content and period: the same content imported again is recognised.</summary>
    public string ContentHash { get; set; } = "";

    public int Rows { get; set; }

    /// <summary>Rows that replaced an earlier import's figures for the same period and procedure (for records: dossiers updated).</summary>
    public int Replaced { get; set; }

    public DateTime ImportedAt { get; set; }

    public string ImportedBy { get; set; } = "";
}
