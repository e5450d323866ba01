using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Feedback.Data.Configurations;

internal sealed class FeedbackCaseConfiguration : IEntityTypeConfiguration<FeedbackCase>
{
    public void Configure(EntityTypeBuilder<FeedbackCase> b)
    {
        b.ToTable("FeedbackCases");
        b.HasKey(f => f.Id);
        b.HasIndex(f => f.TrackingCode).IsUnique();
        b.Property(f => f.TrackingCode).HasMaxLength(20).IsRequired();
        b.Property(f => f.LookupKeyHash).HasMaxLength(64).IsRequired();
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Category).HasMaxLength(50).IsRequired();
        b.Property(f => f.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.NotifyBy).HasConversion<string>().HasMaxLength(10);
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(f => f.Content).HasMaxLength(10_000).IsRequired();
        b.Property(f => f.ProcedureCode).HasMaxLength(30);
        b.Property(f => f.EnteredBy).HasMaxLength(200);
        b.Property(f => f.ClassificationReason).HasMaxLength(2000);
        b.Property(f => f.TransferredTo).HasMaxLength(300);
        b.Property(f => f.LeadUnit).HasMaxLength(20);
        b.Ignore(f => f.CoordinatingUnits);
        b.OwnsMany(f => f.Coordination, u =>
        {
            u.ToTable("FeedbackCoordinatingUnits");
            u.WithOwner().HasForeignKey("FeedbackId");
            u.Property(x => x.UnitCode).HasMaxLength(20);
            u.HasKey("FeedbackId", nameof(FeedbackCoordinatingUnit.UnitCode));
            // A unit's list: the cases it coordinates, found from the unit.
            u.HasIndex(x => x.UnitCode);
        });
        b.Navigation(f => f.Coordination).HasField("coordination");
        b.Property(f => f.SearchText).HasMaxLength(10_100);
        b.Property(f => f.AnswerText).HasMaxLength(20_000);
        b.Property(f => f.AnswerLegalBasis).HasMaxLength(2000);
        b.Property(f => f.AnswerDraftedBy).HasMaxLength(200);
        b.Property(f => f.ReturnReason).HasMaxLength(2000);
        b.Property(f => f.ApprovedBy).HasMaxLength(200);
        b.Property(f => f.AnswerNumber).HasMaxLength(50);
        b.Property(f => f.PublishedQuestion).HasMaxLength(10_000);
        b.Property(f => f.PublishedAnswer).HasMaxLength(20_000);
        b.Property(f => f.PublishedSearch).HasMaxLength(32_000);
        b.Property(f => f.PrivacyNoticeVersion).HasMaxLength(20);
        b.Property(f => f.AnonymisationReason).HasMaxLength(500);
        b.Property(f => f.PlanItemCode).HasMaxLength(20);
        b.Property(f => f.RatingComment).HasMaxLength(2000);
        // The staff list: newest first (ties by Id), alone or within a status, a lead unit or a category.
        b.HasIndex(f => new { f.ReceivedAt, f.Id });
        b.HasIndex(f => new { f.Status, f.ReceivedAt });
        b.HasIndex(f => new { f.LeadUnit, f.ReceivedAt });
        b.HasIndex(f => new { f.Category, f.ReceivedAt });
        // Two filters at once, counted over a million PAKN without reading the rows: a category within a status (0.59 s
        // → 6 ms), and a unit's cases within a status, which SQLite's OR of the lead and the coordinated cases then
        // reads by index on both sides (0.29 s → 13 ms).
        b.HasIndex(f => new { f.Status, f.Category, f.ReceivedAt });
        b.HasIndex(f => new { f.LeadUnit, f.Status, f.ReceivedAt });
        // Overdue: one range over the stored due date of the step under way (FeedbackCase.CurrentDueOn).
        b.Property(f => f.CurrentDueOn).UsePropertyAccessMode(PropertyAccessMode.Property);
        b.HasIndex(f => f.CurrentDueOn);
        b.HasMany(f => f.History).WithOne().HasForeignKey(t => t.FeedbackId);
        b.HasIndex(f => f.PublishedAt);
        b.Property(f => f.MediaUrl).HasMaxLength(2000);
        b.OwnsOne(f => f.Location, l =>
        {
            l.Property(x => x.Latitude).HasColumnName("LocationLatitude");
            l.Property(x => x.Longitude).HasColumnName("LocationLongitude");
            l.Property(x => x.Address).HasMaxLength(500).HasColumnName("LocationAddress");
            l.Property(x => x.Zipcode).HasMaxLength(20).HasColumnName("LocationZipcode");
        });
        b.OwnsOne(f => f.Submitter, s =>
        {
            s.Property(x => x.Type).HasConversion<string>().HasMaxLength(20).HasColumnName("SubmitterType");
            s.Property(x => x.Name).HasMaxLength(200).HasColumnName("SubmitterName").IsRequired();
            s.Property(x => x.Organisation).HasMaxLength(300).HasColumnName("SubmitterOrganisation");
            s.Property(x => x.Address).HasMaxLength(500).HasColumnName("SubmitterAddress").IsRequired();
            s.Property(x => x.Phone).HasMaxLength(20).HasColumnName("SubmitterPhone");
            s.Property(x => x.Email).HasMaxLength(254).HasColumnName("SubmitterEmail");
            // The duplicate check looks for the submitter's open PAKN by phone or e-mail.
            s.HasIndex(x => x.Phone);
            s.HasIndex(x => x.Email);
        });
    }
}
