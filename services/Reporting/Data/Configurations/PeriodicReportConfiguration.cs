using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Reporting.Reports;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class PeriodicReportConfiguration : IEntityTypeConfiguration<PeriodicReport>
{
    public void Configure(EntityTypeBuilder<PeriodicReport> b)
    {
        b.ToTable("PeriodicReports");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.From, r.To, r.Version }).IsUnique();
        b.Property(r => r.PeriodKind).HasMaxLength(20);
        // Freezing and the office's last edit of the difficulties may race: whichever saves second is refused (409).
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        b.Property(r => r.GeneratedBy).HasMaxLength(200);
        b.Property(r => r.FrozenBy).HasMaxLength(200);
        b.Property(r => r.DocumentNumber).HasMaxLength(50);
        b.Property(r => r.Difficulties).HasMaxLength(ReportsApi.MaxDifficultiesLength);
    }
}
