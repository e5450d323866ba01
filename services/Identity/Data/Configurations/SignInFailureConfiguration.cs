using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Identity.Data.Configurations;

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> b)
    {
        b.ToTable("SignInFailures");
        b.HasKey(f => f.Id);
        b.Property(f => f.Account).HasMaxLength(256);
        b.Property(f => f.Address).HasMaxLength(64);
        b.HasIndex(f => new { f.Account, f.At });
        b.HasIndex(f => new { f.Address, f.At });
        b.HasIndex(f => f.At);
    }
}
