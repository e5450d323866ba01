using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class FeedbackFactConfiguration : IEntityTypeConfiguration<FeedbackFact>
{
    public void Configure(EntityTypeBuilder<FeedbackFact> b)
    {
        b.ToTable("FeedbackFacts");
        b.HasKey(f => f.FeedbackId);
        b.Property(f => f.TrackingCode).HasMaxLength(20);
        b.Property(f => f.Category).HasMaxLength(50);
        b.Property(f => f.Channel).HasMaxLength(20);
        b.Property(f => f.ProcedureCode).HasMaxLength(30);
        // Covering indexes for the report's queries (received by channel; answered per unit; open at the cut-off),
        // so that none of them reads the table itself.
        b.HasIndex(f => new { f.ReceivedOn, f.Channel });
        b.HasIndex(f => new { f.AnsweredOn, f.LeadUnit, f.AnsweredOnTime });
        b.HasIndex(f => new { f.AnsweredOn, f.ReceivedOn, f.Status, f.Outcome, f.ClassifiedAt, f.ClassificationDueOn, f.AnswerDueOn, f.LeadUnit }, "IX_FeedbackFacts_OpenAtCutOff");
        b.HasIndex(f => f.PublishedOn);
        // Not accepted or transferred in the period: two outcomes, then a range of the classification time.
        b.HasIndex(f => new { f.Outcome, f.ClassifiedAt });
        b.Property(f => f.Status).HasMaxLength(20);
        b.Property(f => f.Outcome).HasMaxLength(20);
        b.Property(f => f.LeadUnit).HasMaxLength(20);
    }
}
