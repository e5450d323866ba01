using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class CatalogEventFactConfiguration : IEntityTypeConfiguration<CatalogEventFact>
{
    public void Configure(EntityTypeBuilder<CatalogEventFact> b)
    {
        b.ToTable("CatalogEventFacts");
        b.HasKey(f => f.EventId);
        b.HasIndex(f => new { f.Kind, f.On });
        b.HasIndex(f => f.Code);
        b.Property(f => f.Code).HasMaxLength(30);
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Change).HasMaxLength(20);
        b.Property(f => f.DecisionNumber).HasMaxLength(50);
        b.Property(f => f.Name).HasMaxLength(1000);
        b.Property(f => f.Sector).HasMaxLength(200);
        b.Property(f => f.OnlineLevel).HasMaxLength(20);
    }
}
