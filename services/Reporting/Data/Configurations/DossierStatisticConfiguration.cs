using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Reporting.Dossiers;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class DossierStatisticConfiguration : IEntityTypeConfiguration<DossierStatistic>
{
    public void Configure(EntityTypeBuilder<DossierStatistic> b)
    {
        b.ToTable("DossierStatistics");
        b.HasKey(d => d.Id);
        b.HasIndex(d => new { d.PeriodFrom, d.PeriodTo, d.ProcedureCode }).IsUnique();
        b.Property(d => d.ProcedureCode).HasMaxLength(30);
        b.Property(d => d.Sector).HasMaxLength(200);
        b.Ignore(d => d.ReceivedInPeriod);
        b.Ignore(d => d.Resolved);
        b.Ignore(d => d.Pending);
    }
}
