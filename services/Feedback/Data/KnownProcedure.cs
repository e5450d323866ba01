namespace VanPhong.Feedback.Data;

/// <summary>The feedback service's copy of the catalog's procedure codes (from ProcedurePublished).</summary>
public sealed class KnownProcedure
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Abolished { get; set; }

    /// <summary>The publication this copy holds (effective date, then version): an earlier one never overwrites it.</summary>
    public DateOnly EffectiveOn { get; set; }

    public int Version { get; set; }
}
