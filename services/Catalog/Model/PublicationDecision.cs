namespace VanPhong.Catalog.Model;

/// <summary>One change a publication decision makes: a new procedure (with its content), an amended one, or an abolished one.</summary>
/// <param name="ProposalIds">The simplification proposals (reviews, plan section V) this change carries out: the trail from the
/// PAKN that prompted a proposal to the procedure version it produced.</param>
public sealed record DecisionItem(ChangeKind Change, string Code, ProcedureContent? Content, List<Guid>? ProposalIds = null);

/// <summary>Whether the office has dealt with a flag: corrected the field it points at, or accepted it as the document says it.</summary>
public enum FlagStatus
{
    Open,
    Corrected,
    Accepted,
}

/// <summary>
/// What the reading of a decision document could not read, or found contradictory: the field it concerns
/// (<c>number</c>, <c>items[2].content.processingDays</c>), the procedure (code, or its place in the list), the line of
/// the source and its text, and a message for the office. A draft with an open flag is not applied.
/// </summary>
public sealed record DecisionFlag(int Id, string Field, string? Procedure, int? Line, string? Text, string Message, FlagStatus Status = FlagStatus.Open);

public enum DecisionStatus
{
    Draft,
    Applied,
}

/// <summary>
/// Quyết định công bố TTHC: issued by the Chairman of the provincial People's Committee on the Board's proposal
/// (NĐ 63/2010 Art. 13–15). Applying it creates the new versions of the procedures it lists.
/// </summary>
public sealed class PublicationDecision : VanPhong.Persistence.IVersioned
{
    /// <summary>The concurrency token: a decision applied twice at once is applied once.</summary>
    public int Version { get; private set; } = 1;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Number { get; set; } = "";

    public DateOnly Date { get; set; }

    public string Signer { get; set; } = "";

    public string Issuer { get; set; } = "Chủ tịch UBND tỉnh Khánh Hòa";

    public DateOnly EffectiveDate { get; set; }

    public string? Title { get; set; }

    public DecisionStatus Status { get; set; }

    public DateTime? AppliedAt { get; set; }

    public string ItemsJson { get; set; } = "[]";

    public bool IsSample { get; set; }

    /// <summary>The name of the document the draft was read from; null when the office recorded it field by field.</summary>
    public string? SourceFileName { get; set; }

    /// <summary>"docx", "pdf" or "text"; null when recorded field by field.</summary>
    public string? SourceKind { get; set; }

    public string FlagsJson { get; set; } = "[]";

    public List<DecisionFlag> Flags
    {
        get => System.Text.Json.JsonSerializer.Deserialize<List<DecisionFlag>>(FlagsJson, CatalogJson.Options)!;
        set => FlagsJson = System.Text.Json.JsonSerializer.Serialize(value, CatalogJson.Options);
    }

    public List<DecisionItem> Items
    {
        get => System.Text.Json.JsonSerializer.Deserialize<List<DecisionItem>>(ItemsJson, CatalogJson.Options)!;
        set => ItemsJson = System.Text.Json.JsonSerializer.Serialize(value, CatalogJson.Options);
    }
}
