using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.ImpactAssessments;
using VanPhong.Plans.SeedTasks;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class ImpactAssessmentConfiguration : IEntityTypeConfiguration<ImpactAssessment>
{
    public void Configure(EntityTypeBuilder<ImpactAssessment> b)
    {
        b.ToTable("ImpactAssessments");
        b.HasKey(a => a.Id);
        b.HasIndex(a => a.AssessedOn);
        b.HasIndex(a => a.PlanItemId);
        b.Property(a => a.DraftDocument).HasMaxLength(RecordRules.ShortText).IsRequired();
        b.Property(a => a.DraftingAgency).HasMaxLength(200);
        b.Property(a => a.ProcedureCodes).AsJson().HasMaxLength(2000);
        b.Property(a => a.FormReference).HasMaxLength(RecordRules.ShortText);
        b.Property(a => a.Result).HasMaxLength(RecordRules.LongText);
        b.Property(a => a.PlanItemCode).HasMaxLength(20);
    }
}
