using System.Text.Json;
using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.Procedures;

/// <summary>One field that differs between two versions.</summary>
public sealed record FieldChange(string Field, string Label, JsonElement? Before, JsonElement? After);

/// <summary>Compares two versions of a procedure field by field (lists as wholes), in the order of a publication decision.</summary>
public static class ProcedureDiff
{
    public static IReadOnlyList<FieldChange> Compare(ProcedureContent before, ProcedureContent after)
    {
        var a = JsonSerializer.SerializeToElement(before, CatalogJson.Options);
        var b = JsonSerializer.SerializeToElement(after, CatalogJson.Options);
        var changes = new List<FieldChange>();
        foreach (var (field, label) in ProcedureFields.All)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(field);
            var x = a.GetProperty(name);
            var y = b.GetProperty(name);
            if (!JsonElement.DeepEquals(x, y))
            {
                changes.Add(new FieldChange(field, label, x.ValueKind == JsonValueKind.Null ? null : x, y.ValueKind == JsonValueKind.Null ? null : y));
            }
        }

        return changes;
    }
}
