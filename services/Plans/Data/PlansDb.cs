using Microsoft.EntityFrameworkCore;
using VanPhong.Messaging;
using VanPhong.Notifications;
using VanPhong.Persistence;
using VanPhong.Plans.Communications;
using VanPhong.Plans.ImpactAssessments;
using VanPhong.Plans.Inspections;
using VanPhong.Plans.LinkedGroups;
using VanPhong.Plans.Model;
using VanPhong.Plans.OneStopDesk;
using VanPhong.Plans.Units;
using VanPhong.Security;

namespace VanPhong.Plans.Data;

/// <summary>The plan registry's database: plans, sections, items and their progress, reminders, units, the records behind the plan's tasks, outbox, audit.</summary>
public abstract class PlansDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanSection> Sections => Set<PlanSection>();

    public DbSet<PlanItem> Items => Set<PlanItem>();

    public DbSet<PlanItemTarget> Targets => Set<PlanItemTarget>();

    public DbSet<ProgressReport> Reports => Set<ProgressReport>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();

    public DbSet<Obligation> Obligations => Set<Obligation>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<SpendingEntry> Spending => Set<SpendingEntry>();

    public DbSet<UnitReplica> Units => Set<UnitReplica>();

    public DbSet<ImpactAssessment> ImpactAssessments => Set<ImpactAssessment>();

    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<DeskAssignment> DeskAssignments => Set<DeskAssignment>();

    public DbSet<LinkedGroupProposal> LinkedGroups => Set<LinkedGroupProposal>();

    public DbSet<CommunicationActivity> Communications => Set<CommunicationActivity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // One configuration per entity in Data/Configurations; unfiltered, since this context is the assembly's only one.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlansDb).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
        modelBuilder.AddJobLeases();
        modelBuilder.AddMailOutbox();
        modelBuilder.UseVersionTokens();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();
}

public sealed class SqlitePlansDb(DbContextOptions<SqlitePlansDb> options) : PlansDb(options);

public sealed class SqlServerPlansDb(DbContextOptions<SqlServerPlansDb> options) : PlansDb(options);

public sealed class SqlitePlansDbFactory() : SqliteDesignTimeFactory<SqlitePlansDb>(options => new(options));

public sealed class SqlServerPlansDbFactory() : SqlServerDesignTimeFactory<SqlServerPlansDb>(options => new(options));
