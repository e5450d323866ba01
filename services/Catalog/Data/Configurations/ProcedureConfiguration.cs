using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.Data.Configurations;

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> b)
    {
        b.ToTable("Procedures");
        b.HasKey(p => p.Id);
        b.HasIndex(p => p.Code).IsUnique();
        b.Property(p => p.Code).HasMaxLength(30);
        b.Property(p => p.HandlingUnit).HasMaxLength(20);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.ProcedureId).OnDelete(DeleteBehavior.Cascade);
    }
}
