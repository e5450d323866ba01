using VanPhong.Topology;

namespace VanPhong.AppHost;

/// <summary>
/// One database per service. By default SQLite files under the data directory (a connection-string resource
/// each, visible in the dashboard); with Database:Provider=SqlServer the connection strings come from
/// configuration (ConnectionStrings:plansdb, …), and every service switches to its SQL Server migrations. Publish mode
/// is always SQL Server: each database is a connection-string parameter of the manifest.
/// </summary>
public static class Databases
{
    public static IResourceBuilder<IResourceWithConnectionString> AddServiceDatabase(
        this IDistributedApplicationBuilder builder, string name, string dataDirectory)
    {
        if (IsSqlServer(builder))
        {
            return builder.AddConnectionString(name);
        }

        var path = Path.Combine(dataDirectory, $"{name}.db");
        return builder.AddConnectionString(name, ReferenceExpression.Create($"Data Source={path}"));
    }

    public static string Provider(IDistributedApplicationBuilder builder) => IsSqlServer(builder) ? "SqlServer" : "Sqlite";

    private static bool IsSqlServer(IDistributedApplicationBuilder builder) =>
        builder.IsProduction() || string.Equals(builder.Configuration["Database:Provider"], "SqlServer", StringComparison.OrdinalIgnoreCase);
}
