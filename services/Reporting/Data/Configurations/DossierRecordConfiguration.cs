using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Reporting.Dossiers;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class DossierRecordConfiguration : IEntityTypeConfiguration<DossierRecord>
{
    public void Configure(EntityTypeBuilder<DossierRecord> b)
    {
        b.ToTable("DossierRecords");
        b.HasKey(d => d.Code);
        b.Property(d => d.Code).HasMaxLength(40);
        b.Property(d => d.ProcedureCode).HasMaxLength(30);
        b.Property(d => d.Channel).HasConversion<string>().HasMaxLength(10);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(d => d.LateReason).HasMaxLength(1000);
        b.Property(d => d.Unit).HasMaxLength(200);
        b.Property(d => d.ContentHash).HasMaxLength(64);
        b.HasIndex(d => d.ReceivedOn);
        b.HasIndex(d => d.ReturnedOn);
        b.OwnsOne(d => d.Evaluation, e =>
        {
            e.Property(x => x.Source).HasMaxLength(10);
            e.Ignore(x => x.Any);
        });
        b.Navigation(d => d.Evaluation).IsRequired();
    }
}
