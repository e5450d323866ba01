using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.Data.Configurations;

internal sealed class PublicationDecisionConfiguration : IEntityTypeConfiguration<PublicationDecision>
{
    public void Configure(EntityTypeBuilder<PublicationDecision> b)
    {
        b.ToTable("PublicationDecisions");
        b.HasKey(d => d.Id);
        b.HasIndex(d => d.Number).IsUnique();
        b.Property(d => d.Number).HasMaxLength(50);
        b.Property(d => d.Signer).HasMaxLength(200);
        b.Property(d => d.Issuer).HasMaxLength(200);
        b.Property(d => d.Title).HasMaxLength(1000);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Ignore(d => d.Items);
        b.Ignore(d => d.Flags);
        b.Property(d => d.SourceFileName).HasMaxLength(260);
        b.Property(d => d.SourceKind).HasMaxLength(10);
    }
}
