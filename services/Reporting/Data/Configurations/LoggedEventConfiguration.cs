using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class LoggedEventConfiguration : IEntityTypeConfiguration<LoggedEvent>
{
    public void Configure(EntityTypeBuilder<LoggedEvent> b)
    {
        b.ToTable("EventLog");
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedOnAdd();
        b.Property(e => e.Type).HasMaxLength(200);
    }
}
