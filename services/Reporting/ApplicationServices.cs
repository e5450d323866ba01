using VanPhong.Reporting.OpenData;
using MassTransit;
using VanPhong.Calendar;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Reporting.Catalog;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Dossiers;
using VanPhong.Reporting.Evaluations;
using VanPhong.Reporting.Feedback;
using VanPhong.Reporting.Periods;
using VanPhong.Reporting.Plans;
using VanPhong.Reporting.Projections;
using VanPhong.Reporting.Reports;
using VanPhong.Reporting.Units;
using VanPhong.Security;
using VanPhong.Topology;

namespace VanPhong.Reporting;

internal static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ReportingDb, SqliteReportingDb, SqlServerReportingDb>(ResourceNames.ReportingDb);
        // Every consumer projects one event type onto the read models (and logs it for rebuilds).
        builder.AddMessaging<ReportingDb>(ResourceNames.ReportingService, ResourceNames.Messaging,
            typeof(ApplicationServices).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IEventProjection).IsAssignableFrom(t)));
        // Events consumed at the same time share one transaction (group commit), so reporting keeps up with a steady load.
        builder.Services.AddGroupCommit<ReportingDb>();
        builder.AddStaffSecurity();
        builder.Services.AddWorkingDayCalendar(builder.Configuration);
        builder.Services.AddOptions<ReportingOptions>().BindConfiguration("Reporting");
        builder.Services.AddSingleton(sp => new ReportPeriods(
            sp.GetRequiredService<IConfiguration>().GetSection("Reporting:Periods").Get<PeriodOptions>() ?? new PeriodOptions(),
            sp.GetRequiredService<WorkingDayCalendar>()));
        builder.Services.AddScoped<PeriodicReportBuilder>();
        builder.Services.AddScoped<DossierImporter>();
        builder.Services.AddScoped<DossierRecordImporter>();
        builder.Services.AddScoped<EvaluationResults>();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<PublicStatistics>();
        builder.Services.AddSingleton<ReadModelRebuild>();
        // After a restore from a backup: ask the publishers for the events the backup lost.
        builder.Services.AddOptions<CatchUpOptions>().BindConfiguration("Reporting:CatchUp");
        builder.Services.AddSingleton<ReportingCatchUp>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ReportingCatchUp>());
        return builder;
    }

    public static WebApplication MapReportingEndpoints(this WebApplication app)
    {
        app.MapGroup(RoutePrefixes.Reports)
            .WithTags("Báo cáo")
            .MapPeriodicReports()
            .MapDossiers()
            .MapDossierRecords()
            .MapEvaluations()
            .MapFeedbackSummary()
            .MapCatalogSummary()
            .MapRebuild()
            .MapCatchUp()
            .MapAuditLog<ReportingDb>()
            .MapMessagingAdmin<ReportingDb>(StaffPolicies.Administration);
        app.MapGroup(RoutePrefixes.PublicReports).WithTags("Công khai").MapPublicEvaluations().MapPublicStatistics();
        return app;
    }
}
