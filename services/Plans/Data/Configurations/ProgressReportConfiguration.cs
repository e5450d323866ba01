using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.Model;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> b)
    {
        b.ToTable("ProgressReports");
        b.HasKey(r => r.Id);
        b.HasIndex(r => r.ItemId);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.UnitCode).HasMaxLength(20);
        b.Property(r => r.ReportedBy).HasMaxLength(200);
        b.Property(r => r.Narrative).HasMaxLength(4000);
        b.Property(r => r.EvidenceNumber).HasMaxLength(100);
        b.Property(r => r.EvidenceDescription).HasMaxLength(1000);
    }
}
