using System.Text;
using System.Text.RegularExpressions;
using VanPhong.Contracts;

namespace VanPhong.Plans.Units;

/// <summary>
/// Who an item is assigned to, as the plan words it. The plan names single units ("Văn phòng") and groups
/// ("Các phòng chuyên môn thực hiện giải quyết TTHC"); groups are kept as groups (@divisions, @all) and resolved
/// against the current units when someone acts, so a new division is included without editing the plan.
/// </summary>
public static partial class UnitAssignments
{
    /// <summary>Every specialised division (phòng chuyên môn) that handles procedures.</summary>
    public const string Divisions = UnitGroups.Divisions;

    /// <summary>Every unit of the Board.</summary>
    public const string AllUnits = UnitGroups.All;

    private static readonly (string Phrase, string[] Refs)[] Phrases =
    [
        ("các phòng, đơn vị thuộc và trực thuộc", [AllUnits]),
        ("các phòng chuyên môn thực hiện giải quyết tthc", [Divisions]),
        ("các phòng chuyên môn giải quyết tthc", [Divisions]),
        ("các phòng thực hiện giải quyết tthc", [Divisions]),
        ("các phòng chuyên môn", [Divisions]),
        ("văn phòng", ["VP"]),
        ("bộ phận một cửa", ["MC"]),
    ];

    /// <summary>The unit references of a wording, or the part that could not be understood.</summary>
    public static (IReadOnlyList<string> Refs, string? NotUnderstood) Resolve(string? wording, IReadOnlyCollection<UnitReplica>? units = null)
    {
        if (string.IsNullOrWhiteSpace(wording))
        {
            return ([], null);
        }

        var rest = Normalize(wording);
        var refs = new List<string>();
        // Longest phrases first, so "các phòng, đơn vị thuộc và trực thuộc" is not cut at its comma.
        var named = (units ?? []).Select(u => (Phrase: Normalize(u.Name), Refs: new[] { u.Code }));
        foreach (var (phrase, unitRefs) in Phrases.Concat(named).OrderByDescending(p => p.Phrase.Length))
        {
            while (rest.Contains(phrase, StringComparison.Ordinal))
            {
                var at = rest.IndexOf(phrase, StringComparison.Ordinal);
                rest = rest[..at] + " " + rest[(at + phrase.Length)..];
                refs.AddRange(unitRefs.Where(r => !refs.Contains(r)));
            }
        }

        var leftover = Separators().Replace(rest, " ").Trim();
        return (refs, leftover.Length == 0 ? null : leftover);
    }

    /// <summary>The concrete unit codes a list of references stands for today.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> refs, IReadOnlyCollection<UnitReplica> units) =>
        UnitGroups.Expand(refs, units.Select(u => new UnitEntry(u.Code, u.Kind, u.IsActive)));

    public static string Describe(string unitRef, IReadOnlyCollection<UnitReplica> units) => unitRef switch
    {
        Divisions => "Các phòng chuyên môn",
        AllUnits => "Các phòng, đơn vị thuộc và trực thuộc",
        _ => units.FirstOrDefault(u => u.Code == unitRef)?.Name ?? unitRef,
    };

    private static string Normalize(string text) =>
        Regex.Replace(text.Normalize(NormalizationForm.FormC).ToLowerInvariant(), @"\s+", " ").Trim();

    [GeneratedRegex(@"(\s*,\s*|\s+và\s+|\s+)+")]
    private static partial Regex Separators();
}
