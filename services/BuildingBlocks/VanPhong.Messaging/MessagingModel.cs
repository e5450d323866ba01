using Microsoft.EntityFrameworkCore;

namespace VanPhong.Messaging;

public static class MessagingModel
{
    internal const string OutboxTable = "OutboxMessages";

    /// <summary>Maps the outbox and inbox tables into a service's own model (and so into its migrations).</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable(OutboxTable);
            b.HasKey(m => m.Id);
            b.Property(m => m.Type).HasMaxLength(300).IsRequired();
            b.Property(m => m.Payload).IsRequired();
            b.Property(m => m.TraceParent).HasMaxLength(128);
            b.Property(m => m.TraceState).HasMaxLength(512);
            b.Property(m => m.LastError).HasMaxLength(1000);
            b.Property(m => m.StreamKey).HasMaxLength(100).IsRequired();
            b.Property(m => m.ClaimedBy).HasMaxLength(100);
            // The dispatcher reads the unsent rows in order; the purge reads the sent ones by age.
            b.HasIndex(m => new { m.SentAt, m.OccurredAt });
            b.HasIndex(m => new { m.SentAt, m.StreamKey });
        });
        modelBuilder.Entity<InboxMessage>(b =>
        {
            b.ToTable("InboxMessages");
            b.HasKey(m => new { m.MessageId, m.Consumer });
            b.Property(m => m.Consumer).HasMaxLength(200);
            b.HasIndex(m => m.ProcessedAt);
        });
        return modelBuilder;
    }

    /// <summary>Adds an integration event to the current unit of work: it commits with the state change or not at all.</summary>
    public static void AddEvent(this DbContext db, object integrationEvent, TimeProvider clock) =>
        db.Set<OutboxMessage>().Add(OutboxMessage.Create(integrationEvent, clock.GetUtcNow().UtcDateTime));
}
