using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Feedback.Trail;

namespace VanPhong.Feedback.Data.Configurations;

internal sealed class ProposalTrailConfiguration : IEntityTypeConfiguration<ProposalTrail>
{
    public void Configure(EntityTypeBuilder<ProposalTrail> b)
    {
        b.ToTable("ProposalTrails");
        b.HasKey(t => t.ProposalId);
        b.Property(t => t.ProcedureCode).HasMaxLength(30);
        b.Property(t => t.PlanItemCode).HasMaxLength(20);
        b.Property(t => t.DecisionNumber).HasMaxLength(50);
        b.Property(t => t.Change).HasMaxLength(20);
        b.Property(t => t.ProcedureName).HasMaxLength(500);
    }
}
