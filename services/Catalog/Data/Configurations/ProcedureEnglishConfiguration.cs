using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Catalog.English;
using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.Data.Configurations;

internal sealed class ProcedureEnglishConfiguration : IEntityTypeConfiguration<ProcedureEnglish>
{
    public void Configure(EntityTypeBuilder<ProcedureEnglish> b)
    {
        b.ToTable("ProcedureEnglishTexts");
        b.HasKey(e => e.ProcedureId);
        b.HasIndex(e => e.Code).IsUnique();
        b.Property(e => e.Code).HasMaxLength(30);
        b.Property(e => e.RecordedBy).HasMaxLength(200);
        b.HasOne<Procedure>().WithOne().HasForeignKey<ProcedureEnglish>(e => e.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(e => e.Text);
    }
}
