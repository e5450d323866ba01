using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Feedback.Data;

/// <summary>Phản ánh (a report of a problem with a regulation) or kiến nghị (a report with a proposed solution).</summary>
public enum FeedbackKind
{
    Reflection,
    Recommendation,
}

/// <summary>How the PAKN reached the Board (Decree 20/2008 Art. 6–7).</summary>
public enum FeedbackChannel
{
    Online,
    Post,
    Phone,
    Email,
    InPerson,
    NationalPortal,
}

public enum SubmitterType
{
    Individual,
    Organisation,
}

/// <summary>The life of a PAKN, from the receipt register to closure (Decree 20/2008 Art. 9, 14, 19).</summary>
public enum FeedbackStatus
{
    /// <summary>Đã tiếp nhận (vào sổ), waiting for classification.</summary>
    Received,

    /// <summary>Không tiếp nhận: fails Art. 7 or is out of scope; the reason is recorded.</summary>
    NotAccepted,

    /// <summary>Chuyển cơ quan có thẩm quyền: outside the Board's authority (within 05 working days of receipt).</summary>
    Transferred,

    /// <summary>Within the Board's authority, waiting for the office to assign it.</summary>
    Accepted,

    /// <summary>Assigned to a lead unit.</summary>
    Assigned,

    /// <summary>Đang xử lý.</summary>
    InProgress,

    /// <summary>Dự thảo trả lời, waiting at the quality gate.</summary>
    AnswerDrafted,

    /// <summary>Approved by the Board's leadership.</summary>
    Approved,

    /// <summary>Đã trả lời: sent to the submitter.</summary>
    Answered,

    /// <summary>Đã công khai (Art. 19).</summary>
    Published,

    /// <summary>Đã kết thúc, archived.</summary>
    Closed,
}

/// <summary>The person or organisation behind a PAKN. Personal data: it never leaves this service.</summary>
public sealed class Submitter
{
    public SubmitterType Type { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Tên tổ chức, for organisations.</summary>
    public string? Organisation { get; set; }

    public string Address { get; set; } = "";

    public string? Phone { get; set; }

    public string? Email { get; set; }
}

/// <summary>One PAKN from receipt to closure.</summary>
public sealed class FeedbackCase
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Mã tra cứu công khai, e.g. PAKN-2026-000123.</summary>
    public string TrackingCode { get; set; } = "";

    /// <summary>SHA-256 of the private lookup key; the key itself is shown to the submitter once.</summary>
    public string LookupKeyHash { get; set; } = "";

    public FeedbackKind Kind { get; set; }

    public string Category { get; set; } = "";

    public FeedbackChannel Channel { get; set; }

    public string Content { get; set; } = "";

    public Submitter Submitter { get; set; } = new();

    public string? ProcedureCode { get; set; }

    public bool ConsentToPublish { get; set; }

    public FeedbackStatus Status { get; set; } = FeedbackStatus.Received;

    public DateTime ReceivedAt { get; set; }

    public DateOnly ReceivedOn { get; set; }

    /// <summary>For PAKN received by phone or on paper: the official who entered (transcribed) it.</summary>
    public string? EnteredBy { get; set; }

    /// <summary>Last day to classify (and to transfer when outside the Board's authority).</summary>
    public DateOnly ClassificationDueOn { get; set; }

    public DateOnly? AnswerDueOn { get; set; }

    public DateOnly? PublicationDueOn { get; set; }

    public DateTime? ClassifiedAt { get; set; }

    public string? ClassificationReason { get; set; }

    /// <summary>The competent agency it was transferred to.</summary>
    public string? TransferredTo { get; set; }

    public string? LeadUnit { get; set; }

    public List<string> CoordinatingUnits { get; set; } = [];

    public DateTime? AssignedAt { get; set; }

    public string? AnswerText { get; set; }

    /// <summary>Căn cứ pháp lý of the answer.</summary>
    public string? AnswerLegalBasis { get; set; }

    public string? AnswerDraftedBy { get; set; }

    public string? ReturnReason { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTime? ApprovedAt { get; set; }

    /// <summary>Số công văn trả lời.</summary>
    public string? AnswerNumber { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public bool? AnsweredOnTime { get; set; }

    public DateTime? AnswerEmailedAt { get; set; }

    public string? AnswerEmailError { get; set; }

    /// <summary>The question as published: redacted, and only with the submitter's consent.</summary>
    public string? PublishedQuestion { get; set; }

    /// <summary>The answer as published, redacted.</summary>
    public string? PublishedAnswer { get; set; }

    public DateTime? PublishedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public int ReopenCount { get; set; }

    public Guid? PlanItemId { get; set; }

    public string? PlanItemCode { get; set; }

    /// <summary>The simplification proposal of the catalog this PAKN led to.</summary>
    public Guid? SimplificationProposalId { get; set; }

    public bool? Satisfied { get; set; }

    public int? RatingScore { get; set; }

    public string? RatingComment { get; set; }

    public DateTime? RatedAt { get; set; }

    /// <summary>The due date a due-soon alert was last raised for, so it is raised once per due date.</summary>
    public DateOnly? DueSoonAlertedFor { get; set; }

    public DateOnly? OverdueAlertedFor { get; set; }

    public bool IsOpen => Status is not (FeedbackStatus.NotAccepted or FeedbackStatus.Transferred or FeedbackStatus.Closed);

    /// <summary>The step under way and its due date, if any.</summary>
    public (string Step, DateOnly Due)? CurrentDeadline => Status switch
    {
        FeedbackStatus.Received => ("Classify", ClassificationDueOn),
        FeedbackStatus.Accepted or FeedbackStatus.Assigned or FeedbackStatus.InProgress or FeedbackStatus.AnswerDrafted or FeedbackStatus.Approved
            when AnswerDueOn is { } due => ("Answer", due),
        FeedbackStatus.Answered when PublicationDueOn is { } due => ("Publish", due),
        _ => null,
    };
}

/// <summary>One step of a PAKN's handling: who moved it, from what to what, and why.</summary>
public sealed class FeedbackTransition
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid FeedbackId { get; set; }

    public FeedbackStatus From { get; set; }

    public FeedbackStatus To { get; set; }

    public DateTime At { get; set; }

    public string By { get; set; } = "";

    public string? Unit { get; set; }

    public string? Note { get; set; }
}

/// <summary>A file attached to a PAKN (PDF, JPEG, PNG, DOCX, checked by content).</summary>
public sealed class FeedbackAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid FeedbackId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public byte[] Content { get; set; } = [];
}

/// <summary>A template for common answers, with {{variables}} filled in when drafting.</summary>
public sealed class AnswerTemplate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public string Body { get; set; } = "";

    public string? LegalBasis { get; set; }
}

/// <summary>The feedback service's copy of the catalog's procedure codes (from ProcedurePublished).</summary>
public sealed class KnownProcedure
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Abolished { get; set; }
}

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
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(f => f.Content).HasMaxLength(10_000).IsRequired();
        b.Property(f => f.ProcedureCode).HasMaxLength(30);
        b.Property(f => f.EnteredBy).HasMaxLength(200);
        b.Property(f => f.ClassificationReason).HasMaxLength(2000);
        b.Property(f => f.TransferredTo).HasMaxLength(300);
        b.Property(f => f.LeadUnit).HasMaxLength(20);
        b.Property(f => f.CoordinatingUnits).HasConversion(
            v => string.Join(",", v),
            v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<string>>((a, c) => a!.SequenceEqual(c!), v => string.Join(",", v).GetHashCode(), v => v.ToList()))
            .HasMaxLength(200);
        b.Property(f => f.AnswerText).HasMaxLength(20_000);
        b.Property(f => f.AnswerLegalBasis).HasMaxLength(2000);
        b.Property(f => f.AnswerDraftedBy).HasMaxLength(200);
        b.Property(f => f.ReturnReason).HasMaxLength(2000);
        b.Property(f => f.ApprovedBy).HasMaxLength(200);
        b.Property(f => f.AnswerNumber).HasMaxLength(50);
        b.Property(f => f.AnswerEmailError).HasMaxLength(1000);
        b.Property(f => f.PublishedQuestion).HasMaxLength(10_000);
        b.Property(f => f.PublishedAnswer).HasMaxLength(20_000);
        b.Property(f => f.PlanItemCode).HasMaxLength(20);
        b.Property(f => f.RatingComment).HasMaxLength(2000);
        b.HasIndex(f => new { f.Status, f.ReceivedAt });
        b.HasIndex(f => f.PublishedAt);
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

internal sealed class FeedbackTransitionConfiguration : IEntityTypeConfiguration<FeedbackTransition>
{
    public void Configure(EntityTypeBuilder<FeedbackTransition> b)
    {
        b.ToTable("FeedbackTransitions");
        b.HasKey(t => t.Id);
        b.HasIndex(t => t.FeedbackId);
        b.Property(t => t.From).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.To).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.By).HasMaxLength(200);
        b.Property(t => t.Unit).HasMaxLength(20);
        b.Property(t => t.Note).HasMaxLength(2000);
    }
}

internal sealed class FeedbackAttachmentConfiguration : IEntityTypeConfiguration<FeedbackAttachment>
{
    public void Configure(EntityTypeBuilder<FeedbackAttachment> b)
    {
        b.ToTable("FeedbackAttachments");
        b.HasKey(a => a.Id);
        b.HasIndex(a => a.FeedbackId);
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(100);
    }
}

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

internal sealed class KnownProcedureConfiguration : IEntityTypeConfiguration<KnownProcedure>
{
    public void Configure(EntityTypeBuilder<KnownProcedure> b)
    {
        b.ToTable("KnownProcedures");
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(30);
        b.Property(p => p.Name).HasMaxLength(1000);
    }
}
