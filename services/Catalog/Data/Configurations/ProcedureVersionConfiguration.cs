using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.Data.Configurations;

internal sealed class ProcedureVersionConfiguration : IEntityTypeConfiguration<ProcedureVersion>
{
    public void Configure(EntityTypeBuilder<ProcedureVersion> b)
    {
        b.ToTable("ProcedureVersions");
        b.HasKey(v => v.Id);
        b.HasIndex(v => new { v.ProcedureId, v.Number }).IsUnique();
        b.HasIndex(v => new { v.EffectiveTo, v.Sector });
        b.HasIndex(v => v.Code);
        b.Property(v => v.Code).HasMaxLength(30);
        b.Property(v => v.DecisionNumber).HasMaxLength(50);
        b.Property(v => v.Change).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.Name).HasMaxLength(1000);
        b.Property(v => v.Sector).HasMaxLength(200);
        b.Property(v => v.OnlineLevel).HasMaxLength(20);
        b.Ignore(v => v.Content);
        b.HasOne(v => v.Body).WithOne().HasForeignKey<ProcedureVersionContent>(c => c.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
