using VanPhong.Calendar;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Security;
using VanPhong.Catalog.Data;
using VanPhong.Topology;

namespace VanPhong.Catalog;

internal static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<CatalogDb, SqliteCatalogDb, SqlServerCatalogDb>(ResourceNames.CatalogDb);
        builder.AddMessaging<CatalogDb>(ResourceNames.CatalogService, ResourceNames.Messaging);
        builder.Services.AddWorkingDayCalendar(builder.Configuration);
        builder.AddStaffSecurity();
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        app.MapGroup(RoutePrefixes.Procedures)
            .MapAuditLog<CatalogDb>();
        return app;
    }
}
