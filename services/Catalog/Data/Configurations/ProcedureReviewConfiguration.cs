using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.Data.Configurations;

internal sealed class ProcedureReviewConfiguration : IEntityTypeConfiguration<ProcedureReview>
{
    public void Configure(EntityTypeBuilder<ProcedureReview> b)
    {
        b.ToTable("ProcedureReviews");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.ProcedureCode, r.Year });
        b.Property(r => r.ProcedureCode).HasMaxLength(30);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.PlanItemCode).HasMaxLength(20);
        b.Property(r => r.UnitCode).HasMaxLength(20);
        b.Property(r => r.FeedbackCodes).HasMaxLength(2000);
        b.Property(r => r.CarriedOutByDecisionNumber).HasMaxLength(50);
    }
}
