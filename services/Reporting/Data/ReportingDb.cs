using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Security;

namespace VanPhong.Reporting.Data;

/// <summary>Read models of the reporting service, built only from events, plus its outbox and inbox.</summary>
public abstract class ReportingDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<FeedbackFact> Feedback => Set<FeedbackFact>();

    public DbSet<PlanItemFact> PlanItems => Set<PlanItemFact>();

    public DbSet<ProcedureFact> Procedures => Set<ProcedureFact>();

    public DbSet<SimplificationFact> Simplifications => Set<SimplificationFact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDb).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();
}

public sealed class SqliteReportingDb(DbContextOptions<SqliteReportingDb> options) : ReportingDb(options);

public sealed class SqlServerReportingDb(DbContextOptions<SqlServerReportingDb> options) : ReportingDb(options);

public sealed class SqliteReportingDbFactory : IDesignTimeDbContextFactory<SqliteReportingDb>
{
    public SqliteReportingDb CreateDbContext(string[] args) => new(DesignTime.SqliteOptions<SqliteReportingDb>());
}

public sealed class SqlServerReportingDbFactory : IDesignTimeDbContextFactory<SqlServerReportingDb>
{
    public SqlServerReportingDb CreateDbContext(string[] args) => new(DesignTime.SqlServerOptions<SqlServerReportingDb>());
}
