using Microsoft.EntityFrameworkCore;

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
