using VanPhong.Calendar;
using VanPhong.Messaging;
using VanPhong.Persistence;
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
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app) => app;
}
