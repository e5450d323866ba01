using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Plans.Data.Configurations;

internal static class ListColumns
{
    /// <summary>A list of short strings stored as one JSON text column.</summary>
    public static PropertyBuilder<List<string>> AsJson(this PropertyBuilder<List<string>> property) => property
        .HasConversion(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            v => JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new List<string>(),
            new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), v => v.ToList()));

    /// <summary>A list of small records (each compared by value) stored as one JSON text column.</summary>
    public static PropertyBuilder<List<T>> AsJsonRecords<T>(this PropertyBuilder<List<T>> property)
        where T : class => property
        .HasConversion(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            v => JsonSerializer.Deserialize<List<T>>(v, (JsonSerializerOptions?)null) ?? new List<T>(),
            new ValueComparer<List<T>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), v => v.ToList()));
}
