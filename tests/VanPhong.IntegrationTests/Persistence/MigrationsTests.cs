using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace VanPhong.IntegrationTests.Persistence;

/// <summary>
/// Both migration sets of every service (SQLite, the embedded default; SQL Server, production) must match the
/// model: a model change without `scripts/add-migration.sh` fails here.
/// </summary>
public sealed class MigrationsTests
{
    public static TheoryData<Type> DesignTimeFactories() =>
    [
        typeof(VanPhong.Plans.Data.SqlitePlansDbFactory),
        typeof(VanPhong.Plans.Data.SqlServerPlansDbFactory),
        typeof(VanPhong.Feedback.Data.SqliteFeedbackDbFactory),
        typeof(VanPhong.Feedback.Data.SqlServerFeedbackDbFactory),
        typeof(VanPhong.Catalog.Data.SqliteCatalogDbFactory),
        typeof(VanPhong.Catalog.Data.SqlServerCatalogDbFactory),
        typeof(VanPhong.Reporting.Data.SqliteReportingDbFactory),
        typeof(VanPhong.Reporting.Data.SqlServerReportingDbFactory),
    ];

    [Theory]
    [MemberData(nameof(DesignTimeFactories))]
    public void Migrations_are_current_with_the_model(Type factoryType)
    {
        using var db = Create(factoryType);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{db.GetType().Name} has model changes without a migration: run scripts/add-migration.sh");
    }

    private static DbContext Create(Type factoryType)
    {
        var factory = Activator.CreateInstance(factoryType)!;
        var method = factoryType.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>))
            .GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
        return (DbContext)method.Invoke(factory, [Array.Empty<string>()])!;
    }
}
