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

public enum FeedbackStatus
{
    Received,
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
    public Guid Id { get; private set; }

    /// <summary>Mã tra cứu công khai, e.g. PAKN-2026-000123.</summary>
    public string TrackingCode { get; private set; } = "";

    /// <summary>SHA-256 of the private lookup key; the key itself is shown to the submitter once.</summary>
    public string LookupKeyHash { get; private set; } = "";

    public FeedbackKind Kind { get; private set; }

    public string Category { get; private set; } = "";

    public FeedbackChannel Channel { get; private set; }

    public string Content { get; private set; } = "";

    public Submitter Submitter { get; private set; } = new();

    public string? ProcedureCode { get; private set; }

    public bool ConsentToPublish { get; private set; }

    public FeedbackStatus Status { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    /// <summary>Last day to classify the PAKN (and to transfer it when it is outside the Board's authority).</summary>
    public DateOnly ClassificationDueOn { get; private set; }

    private FeedbackCase()
    {
    }

    public static FeedbackCase Receive(
        string trackingCode,
        string lookupKeyHash,
        FeedbackKind kind,
        string category,
        FeedbackChannel channel,
        string content,
        Submitter submitter,
        string? procedureCode,
        bool consentToPublish,
        DateTime receivedAtUtc,
        DateOnly classificationDueOn) => new()
    {
        Id = Guid.CreateVersion7(),
        TrackingCode = trackingCode,
        LookupKeyHash = lookupKeyHash,
        Kind = kind,
        Category = category,
        Channel = channel,
        Content = content,
        Submitter = submitter,
        ProcedureCode = procedureCode,
        ConsentToPublish = consentToPublish,
        Status = FeedbackStatus.Received,
        ReceivedAt = receivedAtUtc,
        ClassificationDueOn = classificationDueOn,
    };
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
        b.HasIndex(f => new { f.Status, f.ReceivedAt });
        b.OwnsOne(f => f.Submitter, s =>
        {
            s.Property(x => x.Type).HasConversion<string>().HasMaxLength(20).HasColumnName("SubmitterType");
            s.Property(x => x.Name).HasMaxLength(200).HasColumnName("SubmitterName").IsRequired();
            s.Property(x => x.Organisation).HasMaxLength(300).HasColumnName("SubmitterOrganisation");
            s.Property(x => x.Address).HasMaxLength(500).HasColumnName("SubmitterAddress").IsRequired();
            s.Property(x => x.Phone).HasMaxLength(20).HasColumnName("SubmitterPhone");
            s.Property(x => x.Email).HasMaxLength(254).HasColumnName("SubmitterEmail");
        });
    }
}
