using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Reporting.Activities;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class ImpactAssessmentFactConfiguration : IEntityTypeConfiguration<ImpactAssessmentFact>
{
    public void Configure(EntityTypeBuilder<ImpactAssessmentFact> b)
    {
        b.ToTable("ImpactAssessmentFacts");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.HasIndex(f => f.AssessedOn);
        b.Property(f => f.DraftDocument).HasMaxLength(500);
        b.Property(f => f.ProcedureCodes).HasMaxLength(2000);
        b.Property(f => f.PlanItemCode).HasMaxLength(20);
    }
}
