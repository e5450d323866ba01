using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.Data.Configurations;

internal sealed class ProcedureVersionContentConfiguration : IEntityTypeConfiguration<ProcedureVersionContent>
{
    public void Configure(EntityTypeBuilder<ProcedureVersionContent> b)
    {
        b.ToTable("ProcedureVersionContents");
        b.HasKey(c => c.VersionId);
        b.Ignore(c => c.Content);
    }
}
