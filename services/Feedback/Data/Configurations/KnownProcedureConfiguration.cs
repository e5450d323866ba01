using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Feedback.Data.Configurations;

internal sealed class KnownProcedureConfiguration : IEntityTypeConfiguration<KnownProcedure>
{
    public void Configure(EntityTypeBuilder<KnownProcedure> b)
    {
        b.ToTable("KnownProcedures");
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(30);
        b.Property(p => p.Name).HasMaxLength(1000);
    }
}
