using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using VanPhong.Persistence;
using VanPhong.Topology;

namespace VanPhong.Web.KeyRing;

/// <summary>
/// The web's only database: its data-protection key ring, which encrypts the staff sign-in cookie and the antiforgery
/// tokens. Kept here rather than in one user's home, so every replica of the web reads the same keys and a member of
/// staff signed in on one replica stays signed in on the next.
/// </summary>
public abstract class WebKeysDb(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddJobLeases();
}

public sealed class SqliteWebKeysDb(DbContextOptions<SqliteWebKeysDb> options) : WebKeysDb(options);

public sealed class SqlServerWebKeysDb(DbContextOptions<SqlServerWebKeysDb> options) : WebKeysDb(options);

public sealed class SqliteWebKeysDbFactory() : SqliteDesignTimeFactory<SqliteWebKeysDb>(options => new(options));

public sealed class SqlServerWebKeysDbFactory() : SqlServerDesignTimeFactory<SqlServerWebKeysDb>(options => new(options));

public static class KeyRingRegistration
{
    /// <summary>The key ring in the web's database (ConnectionStrings:webdb), under one application name for every replica.</summary>
    public static IHostApplicationBuilder AddSharedKeyRing(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebKeysDb, SqliteWebKeysDb, SqlServerWebKeysDb>(ResourceNames.WebDb);
        builder.Services.AddDataProtection().SetApplicationName("vanphong-web").PersistKeysToDbContext<WebKeysDb>();
        return builder;
    }
}
