using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Security;

namespace VanPhong.Plans.Data;

public abstract class PlansDb(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlansDb).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();
}

public sealed class SqlitePlansDb(DbContextOptions<SqlitePlansDb> options) : PlansDb(options);

public sealed class SqlServerPlansDb(DbContextOptions<SqlServerPlansDb> options) : PlansDb(options);

public sealed class SqlitePlansDbFactory : IDesignTimeDbContextFactory<SqlitePlansDb>
{
    public SqlitePlansDb CreateDbContext(string[] args) => new(DesignTime.SqliteOptions<SqlitePlansDb>());
}

public sealed class SqlServerPlansDbFactory : IDesignTimeDbContextFactory<SqlServerPlansDb>
{
    public SqlServerPlansDb CreateDbContext(string[] args) => new(DesignTime.SqlServerOptions<SqlServerPlansDb>());
}
