using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Reporting.Activities;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class CommunicationFactConfiguration : IEntityTypeConfiguration<CommunicationFact>
{
    public void Configure(EntityTypeBuilder<CommunicationFact> b)
    {
        b.ToTable("CommunicationFacts");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.HasIndex(f => f.HeldOn);
        b.Property(f => f.Kind).HasMaxLength(20);
        b.Property(f => f.Title).HasMaxLength(500);
        b.Property(f => f.UnitCode).HasMaxLength(20);
    }
}
