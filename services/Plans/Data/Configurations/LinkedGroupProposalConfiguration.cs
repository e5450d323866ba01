using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.LinkedGroups;
using VanPhong.Plans.SeedTasks;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class LinkedGroupProposalConfiguration : IEntityTypeConfiguration<LinkedGroupProposal>
{
    public void Configure(EntityTypeBuilder<LinkedGroupProposal> b)
    {
        b.ToTable("LinkedGroupProposals");
        b.HasKey(p => p.Id);
        b.HasIndex(p => p.ProposedOn);
        b.HasIndex(p => p.PlanItemId);
        b.Property(p => p.GroupName).HasMaxLength(RecordRules.ShortText).IsRequired();
        b.Property(p => p.ProcedureCodes).AsJson().HasMaxLength(2000);
        b.Property(p => p.Agencies).AsJson().HasMaxLength(2000);
        b.Property(p => p.ProposalDocument).HasMaxLength(100);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.DecisionNumber).HasMaxLength(100);
        b.Property(p => p.DecisionNote).HasMaxLength(RecordRules.LongText);
        b.Property(p => p.PlanItemCode).HasMaxLength(20);
    }
}
