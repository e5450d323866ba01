using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class ProcedureFactConfiguration : IEntityTypeConfiguration<ProcedureFact>
{
    public void Configure(EntityTypeBuilder<ProcedureFact> b)
    {
        b.ToTable("ProcedureFacts");
        b.HasKey(f => f.Code);
        b.Property(f => f.Code).HasMaxLength(30);
        b.Property(f => f.Name).HasMaxLength(1000);
        b.Property(f => f.Sector).HasMaxLength(200);
        b.Property(f => f.LastChange).HasMaxLength(20);
        b.Property(f => f.DecisionNumber).HasMaxLength(50);
        b.Property(f => f.OnlineLevel).HasMaxLength(20);
    }
}
