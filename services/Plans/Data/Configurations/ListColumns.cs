using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.Model;

namespace VanPhong.Plans.Data;

internal static class ListColumns
{
    /// <summary>A list of short strings stored as one JSON text column.</summary>
    public static PropertyBuilder<List<string>> AsJson(this PropertyBuilder<List<string>> property) => property
        .HasConversion(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            v => JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new List<string>(),
            new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), v => v.ToList()));

    /// <summary>A list of small records (each compared by value) stored as one JSON text column.</summary>
    public static PropertyBuilder<List<T>> AsJsonRecords<T>(this PropertyBuilder<List<T>> property)
        where T : class => property
        .HasConversion(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            v => JsonSerializer.Deserialize<List<T>>(v, (JsonSerializerOptions?)null) ?? new List<T>(),
            new ValueComparer<List<T>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), v => v.ToList()));
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.ToTable("Plans");
        b.HasKey(p => p.Id);
        b.HasIndex(p => p.Year);
        b.Property(p => p.Title).HasMaxLength(500).IsRequired();
        b.Property(p => p.DecisionNumber).HasMaxLength(50);
        b.Property(p => p.DecisionDateText).HasMaxLength(100);
        b.Property(p => p.Signer).HasMaxLength(200);
        b.Property(p => p.SignerTitle).HasMaxLength(100);
        b.Property(p => p.LegalBases).AsJson();
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Spending).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanSectionConfiguration : IEntityTypeConfiguration<PlanSection>
{
    public void Configure(EntityTypeBuilder<PlanSection> b)
    {
        b.ToTable("PlanSections");
        b.HasKey(s => s.Id);
        b.HasIndex(s => new { s.PlanId, s.Code }).IsUnique();
        b.Property(s => s.Code).HasMaxLength(10);
        b.Property(s => s.Title).HasMaxLength(500);
    }
}

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> b)
    {
        b.ToTable("PlanItems");
        b.HasKey(i => i.Id);
        b.HasIndex(i => new { i.PlanId, i.Code }).IsUnique();
        b.HasIndex(i => new { i.Status, i.DueOn });
        b.Property(i => i.SectionCode).HasMaxLength(10);
        b.Property(i => i.Code).HasMaxLength(20);
        b.Property(i => i.ParentCode).HasMaxLength(20);
        b.Property(i => i.Content).IsRequired();
        b.Property(i => i.TimeframeText).HasMaxLength(500);
        b.Property(i => i.LeadUnitsText).HasMaxLength(500);
        b.Property(i => i.CoordinatingUnitsText).HasMaxLength(500);
        b.Property(i => i.LeadUnits).AsJson().HasMaxLength(500);
        b.Property(i => i.CoordinatingUnits).AsJson().HasMaxLength(500);
        b.Property(i => i.TimeframeKind).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.RelativeTrigger).HasConversion<string>().HasMaxLength(40);
        b.Property(i => i.TimeframeNote).HasMaxLength(500);
        b.Property(i => i.ReviewNote).HasMaxLength(1000);
        b.Property(i => i.DueSetBy).HasMaxLength(200);
        b.Property(i => i.DueSetReason).HasMaxLength(1000);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.CancelReason).HasMaxLength(1000);
        b.HasMany(i => i.Targets).WithOne().HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.History).WithOne().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanItemTargetConfiguration : IEntityTypeConfiguration<PlanItemTarget>
{
    public void Configure(EntityTypeBuilder<PlanItemTarget> b)
    {
        b.ToTable("PlanItemTargets");
        b.HasKey(t => t.Id);
        b.Property(t => t.Metric).HasMaxLength(100);
        b.Property(t => t.Description).HasMaxLength(500);
        b.Property(t => t.Unit).HasMaxLength(20);
        b.HasIndex(t => t.Metric);
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> b)
    {
        b.ToTable("ProgressReports");
        b.HasKey(r => r.Id);
        b.HasIndex(r => r.ItemId);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.UnitCode).HasMaxLength(20);
        b.Property(r => r.ReportedBy).HasMaxLength(200);
        b.Property(r => r.Narrative).HasMaxLength(4000);
        b.Property(r => r.EvidenceNumber).HasMaxLength(100);
        b.Property(r => r.EvidenceDescription).HasMaxLength(1000);
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> b)
    {
        b.ToTable("EvidenceFiles");
        b.HasKey(f => f.Id);
        b.Property(f => f.FileName).HasMaxLength(255);
        b.Property(f => f.ContentType).HasMaxLength(100);
    }
}

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> b)
    {
        b.ToTable("StatusChanges");
        b.HasKey(s => s.Id);
        // Set by the code, so a change added to an item's History is inserted, not taken for an existing row.
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasIndex(s => s.ItemId);
        b.Property(s => s.From).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.To).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.By).HasMaxLength(200);
        b.Property(s => s.Reason).HasMaxLength(1000);
    }
}

internal sealed class ObligationConfiguration : IEntityTypeConfiguration<Obligation>
{
    public void Configure(EntityTypeBuilder<Obligation> b)
    {
        b.ToTable("Obligations");
        b.HasKey(o => o.Id);
        // One obligation per clock: each publication of a procedure (and each approval of its internal procedure) starts one.
        b.HasIndex(o => new { o.ItemId, o.Subject, o.TriggeredOn }).IsUnique();
        b.Property(o => o.Subject).HasMaxLength(50);
        b.Property(o => o.Description).HasMaxLength(500);
    }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> b)
    {
        b.ToTable("Reminders");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.ItemId, r.SentAt });
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.UnitCode).HasMaxLength(20);
        b.Property(r => r.Email).HasMaxLength(254);
        b.Property(r => r.Error).HasMaxLength(1000);
    }
}

internal sealed class SpendingEntryConfiguration : IEntityTypeConfiguration<SpendingEntry>
{
    public void Configure(EntityTypeBuilder<SpendingEntry> b)
    {
        b.ToTable("Spending");
        b.HasKey(s => s.Id);
        b.Property(s => s.Description).HasMaxLength(1000);
        b.Property(s => s.DocumentNumber).HasMaxLength(100);
    }
}
