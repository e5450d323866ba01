using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace VanPhong.Persistence;

/// <summary>
/// Options for the design-time factories that `dotnet ef migrations add` and the migration-currency test use.
/// The SQL Server connection string is never opened: its migrations are generated and checked here, and run
/// where a SQL Server exists.
/// </summary>
public static class DesignTime
{
    public static DbContextOptions<T> SqliteOptions<T>() where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseSqlite("Data Source=design-time.db").Options;

    public static DbContextOptions<T> SqlServerOptions<T>() where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseSqlServer("Server=localhost;Database=design-time;Integrated Security=true;TrustServerCertificate=true").Options;
}

/// <summary>
/// The design-time factory of a SQLite context. Each context still declares its own sealed factory, since `dotnet ef`
/// and the migration-currency test find the factories by their interface in the context's assembly.
/// </summary>
public abstract class SqliteDesignTimeFactory<T>(Func<DbContextOptions<T>, T> create) : IDesignTimeDbContextFactory<T> where T : DbContext
{
    public T CreateDbContext(string[] args) => create(DesignTime.SqliteOptions<T>());
}

/// <summary>The design-time factory of a SQL Server context (see <see cref="SqliteDesignTimeFactory{T}"/>).</summary>
public abstract class SqlServerDesignTimeFactory<T>(Func<DbContextOptions<T>, T> create) : IDesignTimeDbContextFactory<T> where T : DbContext
{
    public T CreateDbContext(string[] args) => create(DesignTime.SqlServerOptions<T>());
}
