using Microsoft.EntityFrameworkCore;
using VanPhong.Messaging;
using VanPhong.Notifications;
using VanPhong.Persistence;
using VanPhong.Security;

namespace VanPhong.Feedback.Data;

/// <summary>The feedback service's own database: PAKN cases, tracking-code sequences, outbox and inbox.</summary>
public abstract class FeedbackDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<FeedbackCase> Cases => Set<FeedbackCase>();

    public DbSet<TrackingSequence> TrackingSequences => Set<TrackingSequence>();

    public DbSet<FeedbackTransition> Transitions => Set<FeedbackTransition>();

    public DbSet<FeedbackAttachment> Attachments => Set<FeedbackAttachment>();

    public DbSet<AnswerTemplate> Templates => Set<AnswerTemplate>();

    public DbSet<KnownProcedure> Procedures => Set<KnownProcedure>();

    public DbSet<KnownUnit> Units => Set<KnownUnit>();

    public DbSet<Trail.ProposalTrail> ProposalTrails => Set<Trail.ProposalTrail>();

    public DbSet<Open311.Open311ApiKey> Open311Keys => Set<Open311.Open311ApiKey>();

    public DbSet<Notifications.NotificationTemplate> NotificationTemplates => Set<Notifications.NotificationTemplate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // One configuration per entity in Data/Configurations; unfiltered, since this context is the assembly's only one.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FeedbackDb).Assembly);
        PublishedAnswerIndex.Configure(modelBuilder, sqlServer: this is SqlServerFeedbackDb);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
        modelBuilder.AddMailOutbox();
        modelBuilder.AddJobLeases();
        modelBuilder.UseVersionTokens();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();
}

/// <summary>The SQLite flavour (embedded default); its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteFeedbackDb(DbContextOptions<SqliteFeedbackDb> options) : FeedbackDb(options);

/// <summary>The SQL Server flavour (production); its migrations live in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerFeedbackDb(DbContextOptions<SqlServerFeedbackDb> options) : FeedbackDb(options);

public sealed class SqliteFeedbackDbFactory() : SqliteDesignTimeFactory<SqliteFeedbackDb>(options => new(options));

public sealed class SqlServerFeedbackDbFactory() : SqlServerDesignTimeFactory<SqlServerFeedbackDb>(options => new(options));
