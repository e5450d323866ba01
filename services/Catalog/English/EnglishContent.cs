using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.English;

/// <summary>A procedure's content for an English reader, with the fields still in Vietnamese named (JSON paths such as "steps[1]").</summary>
public sealed record EnglishContent(ProcedureContent Content, IReadOnlyList<string> Untranslated, int? TranslatesVersion, bool Outdated);

/// <summary>
/// Puts the office's English over the Vietnamese of the version in force, field by field and item by item: where the
/// English is missing the Vietnamese stays and its path is listed, so a reader (and the page) can mark it.
/// </summary>
public static class EnglishMerge
{
    public static EnglishContent Merge(ProcedureContent vi, ProcedureEnglish? recorded, int currentVersion)
    {
        var en = recorded?.Text ?? new EnglishText();
        var missing = new List<string>();

        string Text(string field, string vietnamese, string? english)
        {
            if (!string.IsNullOrWhiteSpace(english))
            {
                return english;
            }

            if (!string.IsNullOrWhiteSpace(vietnamese))
            {
                missing.Add(field);
            }

            return vietnamese;
        }

        string? Optional(string field, string? vietnamese, string? english) => vietnamese is null && string.IsNullOrWhiteSpace(english) ? null : Text(field, vietnamese ?? "", english);

        string? Item(IReadOnlyList<string?>? list, int i) => list is not null && i < list.Count ? list[i] : null;

        var sector = Public.PublicCatalogApi.English.Sector(vi.Sector);
        if (sector == vi.Sector)
        {
            missing.Add("sector");
        }

        var content = vi with
        {
            Name = Text("name", vi.Name, en.Name ?? vi.NameEn),
            Sector = sector,
            Level = Text("level", vi.Level, en.Level),
            ImplementingAgency = Text("implementingAgency", vi.ImplementingAgency, en.ImplementingAgency),
            Applicants = Text("applicants", vi.Applicants, en.Applicants),
            Conditions = Optional("conditions", vi.Conditions, en.Conditions),
            Steps = vi.Steps.Select((s, i) => Text($"steps[{i}]", s, Item(en.Steps, i))).ToList(),
            Dossier = vi.Dossier.Select((d, i) => d with { Name = Text($"dossier[{i}]", d.Name, Item(en.Dossier, i)) }).ToList(),
            Fees = vi.Fees.Select((f, i) =>
            {
                var fee = en.Fees is not null && i < en.Fees.Count ? en.Fees[i] : null;
                return f with { Name = Text($"fees[{i}].name", f.Name, fee?.Name), Note = Optional($"fees[{i}].note", f.Note, fee?.Note) };
            }).ToList(),
            FeeExemptions = Optional("feeExemptions", vi.FeeExemptions, en.FeeExemptions),
            Result = Text("result", vi.Result, en.Result),
            LegalBases = vi.LegalBases.Select((l, i) => l with { Title = Text($"legalBases[{i}]", l.Title, Item(en.LegalBases, i)) }).ToList(),
            Place = Text("place", vi.Place, en.Place),
        };
        return new EnglishContent(content, missing, recorded?.TranslatesVersion, recorded is not null && recorded.TranslatesVersion < currentVersion);
    }
}
