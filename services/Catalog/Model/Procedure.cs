using System.Text.Json;

namespace VanPhong.Catalog.Model;

public enum ProcedureStatus
{
    Active,
    Abolished,
}

public enum ChangeKind
{
    /// <summary>Mới ban hành.</summary>
    New,

    /// <summary>Sửa đổi, bổ sung, thay thế.</summary>
    Amended,

    /// <summary>Bãi bỏ, hủy bỏ.</summary>
    Abolished,
}

/// <summary>Thủ tục hành chính (TTHC) the Board handles, by its national code (or a locality variant such as 1.009645.H38).</summary>
public sealed class Procedure
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Code { get; set; } = "";

    public ProcedureStatus Status { get; set; }

    public int CurrentVersion { get; set; }

    /// <summary>Dữ liệu mẫu: part of the sample catalog shipped for demonstration, not the Board's published list.</summary>
    public bool IsSample { get; set; }

    /// <summary>The division that handles the procedure (its internal procedure and reviews); null until assigned.</summary>
    public string? HandlingUnit { get; set; }

    public List<ProcedureVersion> Versions { get; set; } = [];
}

/// <summary>One version of a procedure, created by applying a publication decision; never changed afterwards.</summary>
public sealed class ProcedureVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProcedureId { get; set; }

    /// <summary>The procedure's code, repeated here so the search reads one narrow table.</summary>
    public string Code { get; set; } = "";

    public bool IsSample { get; set; }

    public int Number { get; set; }

    public Guid DecisionId { get; set; }

    public string DecisionNumber { get; set; } = "";

    public ChangeKind Change { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>The day the next version took effect; null while this is the version in force.</summary>
    public DateOnly? EffectiveTo { get; set; }

    // Columns the lists and the search filter on; the whole content is in Body, a table of its own, so that a
    // search scans small rows only.
    public string Name { get; set; } = "";

    public string Sector { get; set; } = "";

    public string OnlineLevel { get; set; } = OnlineLevels.None;

    public bool OneStop { get; set; }

    public bool PostalService { get; set; }

    public bool OnlinePayment { get; set; }

    public int ProcessingDays { get; set; }

    /// <summary>Code, names and key fields folded (lower case, no diacritics) for search.</summary>
    public string SearchText { get; set; } = "";

    public ProcedureVersionContent Body { get; set; } = null!;

    /// <summary>The content; the query must have loaded <see cref="Body"/>.</summary>
    public ProcedureContent Content => Body.Content;
}

/// <summary>The whole content of a version (dossier, steps, fees, legal bases…), as JSON.</summary>
public sealed class ProcedureVersionContent
{
    public Guid VersionId { get; set; }

    public string Json { get; set; } = "{}";

    public ProcedureContent Content => Parse(Json);

    public static ProcedureContent Parse(string json) => JsonSerializer.Deserialize<ProcedureContent>(json, CatalogJson.Options)!;
}

public static class CatalogJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
