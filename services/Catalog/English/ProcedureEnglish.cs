using System.Text.Json;
using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.English;

/// <summary>
/// The English text of a procedure for foreign investors, written by the office from the Vietnamese of one version
/// (<see cref="TranslatesVersion"/>). The Vietnamese stays the legal text; when a later publication decision creates a
/// newer version, the English is shown as possibly out of date until the office records it again.
/// </summary>
public sealed class ProcedureEnglish
{
    public Guid ProcedureId { get; set; }

    public string Code { get; set; } = "";

    /// <summary>The version of the procedure whose Vietnamese this English translates.</summary>
    public int TranslatesVersion { get; set; }

    public string Json { get; set; } = "{}";

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAt { get; set; }

    public EnglishText Text => JsonSerializer.Deserialize<EnglishText>(Json, CatalogJson.Options)!;
}

/// <summary>
/// The English of each text field of <see cref="ProcedureContent"/>; a null or blank field has no English yet. Lists
/// follow the Vietnamese item by item (the n-th step, dossier document, fee, legal basis); numbers, dates, amounts,
/// codes and yes/no facts need no translation and are taken from the Vietnamese.
/// </summary>
public sealed record EnglishText(
    string? Name = null,
    string? Level = null,
    string? ImplementingAgency = null,
    string? Applicants = null,
    string? Conditions = null,
    IReadOnlyList<string?>? Steps = null,
    IReadOnlyList<string?>? Dossier = null,
    IReadOnlyList<EnglishFee?>? Fees = null,
    string? FeeExemptions = null,
    string? Result = null,
    IReadOnlyList<string?>? LegalBases = null,
    string? Place = null);

/// <summary>The English name of a fee and of its note.</summary>
public sealed record EnglishFee(string? Name, string? Note);
