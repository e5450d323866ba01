using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Identity.Data.Configurations;

internal sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationUnit> b)
    {
        b.ToTable("Units");
        b.HasKey(u => u.Code);
        b.Property(u => u.Code).HasMaxLength(20);
        b.Property(u => u.Name).HasMaxLength(200).IsRequired();
        b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(u => u.Email).HasMaxLength(254);
    }
}
