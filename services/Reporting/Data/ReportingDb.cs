using Microsoft.EntityFrameworkCore;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Reporting.Activities;
using VanPhong.Reporting.Dossiers;
using VanPhong.Reporting.Reports;
using VanPhong.Reporting.Units;
using VanPhong.Security;

namespace VanPhong.Reporting.Data;

/// <summary>
/// The reporting service's data: read models built only from events (and the event log they are rebuilt from),
/// imported dossier statistics, generated reports, and its outbox and inbox.
/// </summary>
public abstract class ReportingDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<FeedbackFact> Feedback => Set<FeedbackFact>();

    public DbSet<PlanItemFact> PlanItems => Set<PlanItemFact>();

    public DbSet<ProcedureFact> Procedures => Set<ProcedureFact>();

    public DbSet<SimplificationFact> Simplifications => Set<SimplificationFact>();

    public DbSet<CatalogEventFact> CatalogEvents => Set<CatalogEventFact>();

    public DbSet<UnitFact> Units => Set<UnitFact>();

    public DbSet<ImpactAssessmentFact> ImpactAssessments => Set<ImpactAssessmentFact>();

    public DbSet<InspectionFact> Inspections => Set<InspectionFact>();

    public DbSet<DeskAssignmentFact> DeskAssignments => Set<DeskAssignmentFact>();

    public DbSet<LinkedGroupFact> LinkedGroups => Set<LinkedGroupFact>();

    public DbSet<CommunicationFact> Communications => Set<CommunicationFact>();

    public DbSet<LoggedEvent> EventLog => Set<LoggedEvent>();

    public DbSet<DossierStatistic> DossierStatistics => Set<DossierStatistic>();

    public DbSet<DossierImport> DossierImports => Set<DossierImport>();

    public DbSet<DossierRecord> DossierRecords => Set<DossierRecord>();

    public DbSet<PeriodicReport> Reports => Set<PeriodicReport>();

    /// <summary>
    /// While a replay batch is projected: the PAKN of the batch known not to be stored yet, so that their first event
    /// adds the row without asking the database (see <see cref="Feedback.FeedbackPreload"/>). Null otherwise.
    /// </summary>
    internal HashSet<Guid>? FeedbackNotStored { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // One configuration per entity in Data/Configurations; unfiltered, since this context is the assembly's only one.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDb).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
        modelBuilder.AddJobLeases();
        modelBuilder.UseVersionTokens();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();
}

public sealed class SqliteReportingDb(DbContextOptions<SqliteReportingDb> options) : ReportingDb(options);

public sealed class SqlServerReportingDb(DbContextOptions<SqlServerReportingDb> options) : ReportingDb(options);

public sealed class SqliteReportingDbFactory() : SqliteDesignTimeFactory<SqliteReportingDb>(options => new(options));

public sealed class SqlServerReportingDbFactory() : SqlServerDesignTimeFactory<SqlServerReportingDb>(options => new(options));
