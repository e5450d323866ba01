using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Identity.Data.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> b)
    {
        b.Property(u => u.FullName).HasMaxLength(200);
        b.Property(u => u.UnitCode).HasMaxLength(20);
        b.HasIndex(u => u.UnitCode);
    }
}
