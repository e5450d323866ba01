namespace VanPhong.Catalog.Model;

/// <summary>One change a publication decision makes: a new procedure (with its content), an amended one, or an abolished one.</summary>
public sealed record DecisionItem(ChangeKind Change, string Code, ProcedureContent? Content);

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

    public List<DecisionItem> Items
    {
        get => System.Text.Json.JsonSerializer.Deserialize<List<DecisionItem>>(ItemsJson, CatalogJson.Options)!;
        set => ItemsJson = System.Text.Json.JsonSerializer.Serialize(value, CatalogJson.Options);
    }
}
