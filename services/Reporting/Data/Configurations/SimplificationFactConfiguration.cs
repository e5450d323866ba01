using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class SimplificationFactConfiguration : IEntityTypeConfiguration<SimplificationFact>
{
    public void Configure(EntityTypeBuilder<SimplificationFact> b)
    {
        b.ToTable("SimplificationFacts");
        b.HasKey(f => f.ProposalId);
        b.HasIndex(f => f.Year);
        b.Property(f => f.ProcedureCode).HasMaxLength(30);
        b.Property(f => f.FeedbackCodes).HasMaxLength(2000);
        b.Property(f => f.PlanItemCode).HasMaxLength(20);
        b.Property(f => f.DecisionNumber).HasMaxLength(50);
        b.Property(f => f.Change).HasMaxLength(20);
    }
}
