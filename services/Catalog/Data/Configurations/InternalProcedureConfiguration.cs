using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.Data.Configurations;

internal sealed class InternalProcedureConfiguration : IEntityTypeConfiguration<InternalProcedure>
{
    public void Configure(EntityTypeBuilder<InternalProcedure> b)
    {
        b.ToTable("InternalProcedures");
        b.HasKey(i => i.Id);
        b.HasIndex(i => i.ProcedureCode).IsUnique();
        b.Property(i => i.ProcedureCode).HasMaxLength(30);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.PublicationDecisionNumber).HasMaxLength(50);
        b.Property(i => i.ApprovalDecisionNumber).HasMaxLength(50);
        b.Ignore(i => i.Steps);
    }
}
