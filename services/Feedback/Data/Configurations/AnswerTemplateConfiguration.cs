using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Feedback.Data.Configurations;

internal sealed class AnswerTemplateConfiguration : IEntityTypeConfiguration<AnswerTemplate>
{
    public void Configure(EntityTypeBuilder<AnswerTemplate> b)
    {
        b.ToTable("AnswerTemplates");
        b.HasKey(t => t.Id);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Body).HasMaxLength(20_000);
        b.Property(t => t.LegalBasis).HasMaxLength(2000);
    }
}
