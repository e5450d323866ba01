using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Security;

namespace VanPhong.Catalog.Data;

public abstract class CatalogDb(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogDb).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();
}

public sealed class SqliteCatalogDb(DbContextOptions<SqliteCatalogDb> options) : CatalogDb(options);

public sealed class SqlServerCatalogDb(DbContextOptions<SqlServerCatalogDb> options) : CatalogDb(options);

public sealed class SqliteCatalogDbFactory : IDesignTimeDbContextFactory<SqliteCatalogDb>
{
    public SqliteCatalogDb CreateDbContext(string[] args) => new(DesignTime.SqliteOptions<SqliteCatalogDb>());
}

public sealed class SqlServerCatalogDbFactory : IDesignTimeDbContextFactory<SqlServerCatalogDb>
{
    public SqlServerCatalogDb CreateDbContext(string[] args) => new(DesignTime.SqlServerOptions<SqlServerCatalogDb>());
}
