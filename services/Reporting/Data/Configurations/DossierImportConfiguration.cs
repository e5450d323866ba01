using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Reporting.Dossiers;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class DossierImportConfiguration : IEntityTypeConfiguration<DossierImport>
{
    public void Configure(EntityTypeBuilder<DossierImport> b)
    {
        b.ToTable("DossierImports");
        b.HasKey(i => i.Id);
        b.HasIndex(i => i.ContentHash);
        b.Property(i => i.Source).HasMaxLength(10);
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(i => i.FileName).HasMaxLength(260);
        b.Property(i => i.ContentHash).HasMaxLength(64);
        b.Property(i => i.ImportedBy).HasMaxLength(200);
    }
}
