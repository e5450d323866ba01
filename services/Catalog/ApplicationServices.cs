using VanPhong.Catalog.OpenData;
using VanPhong.Calendar;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Decisions;
using VanPhong.Catalog.Decisions.Reading;
using VanPhong.Catalog.English;
using VanPhong.Catalog.HandlingUnits;
using VanPhong.Catalog.InternalProcedures;
using VanPhong.Catalog.Lists;
using VanPhong.Catalog.Procedures;
using VanPhong.Catalog.Public;
using VanPhong.Catalog.Reviews;
using VanPhong.Catalog.Seed;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Security;
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
        builder.Services.AddOptions<ComplianceCostOptions>().BindConfiguration("Catalog:ComplianceCost");
        builder.Services.AddOptions<PublicCatalogOptions>().BindConfiguration("Catalog:Public");
        builder.Services.AddOptions<HandlingUnitOptions>().BindConfiguration("Catalog:HandlingUnits");
        builder.Services.AddScoped<DecisionApplier>();
        builder.Services.AddOptions<DecisionReadingOptions>().BindConfiguration("Catalog:Decisions:Reading");
        builder.Services.AddHostedService<CatalogSeeder>();
        // The public search reads the catalog from memory; every save of a version or an English text tells it.
        builder.Services.AddSingleton<CatalogSearchIndex>();
        builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, CatalogSearchIndexInterceptor>();
        builder.Services.AddHostedService<CatalogSearchIndexWarmup>();
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        app.MapGroup(RoutePrefixes.PublicProcedures)
            .WithTags("Thủ tục hành chính (công khai)")
            .AllowAnonymous()
            .MapPublishedLists()
            .MapProcedureHistory()
            .MapOpenData()
            .MapPublicCatalog();
        app.MapGroup(RoutePrefixes.Procedures)
            .WithTags("Danh mục thủ tục hành chính")
            .MapDecisions()
            .MapDecisionReading()
            .MapInternalProcedures()
            .MapHandlingUnits()
            .MapReviews()
            .MapEnglishTexts()
            .MapProcedures()
            .MapAuditLog<CatalogDb>()
            .MapMessagingAdmin<CatalogDb>(StaffPolicies.Administration);
        return app;
    }
}
