using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace VanPhong.IntegrationTests.Persistence;

/// <summary>
/// Both migration sets of every service (SQLite, the embedded default; SQL Server, production) must match the
/// model: a model change without `scripts/add-migration.sh` fails here.
/// </summary>
public sealed class MigrationsTests
{
    /// <summary>Every design-time factory of every database, found by reflection: a new database cannot be left out.</summary>
    public static TheoryData<Type> DesignTimeFactories() =>
    [
        .. new[] { typeof(VanPhong.Plans.Marker), typeof(VanPhong.Feedback.Marker), typeof(VanPhong.Catalog.Marker), typeof(VanPhong.Reporting.Marker), typeof(VanPhong.Identity.Marker), typeof(VanPhong.Web.Marker) }
            .SelectMany(marker => marker.Assembly.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))
            .OrderBy(t => t.FullName),
    ];

    [Fact]
    public void Every_database_has_a_SQLite_and_a_SQL_Server_factory()
    {
        var names = DesignTimeFactories().Select(row => row.Data.Name).ToList();
        Assert.Equal(12, names.Count);
        Assert.Equal(names.Count(n => n.StartsWith("Sqlite", StringComparison.Ordinal)), names.Count(n => n.StartsWith("SqlServer", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(DesignTimeFactories))]
    public void Migrations_are_current_with_the_model(Type factoryType)
    {
        using var db = Create(factoryType);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{db.GetType().Name} has model changes without a migration: run scripts/add-migration.sh");
    }

    internal static DbContext Create(Type factoryType)
    {
        var factory = Activator.CreateInstance(factoryType)!;
        var method = factoryType.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>))
            .GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
        return (DbContext)method.Invoke(factory, [Array.Empty<string>()])!;
    }
}
