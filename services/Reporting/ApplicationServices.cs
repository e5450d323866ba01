using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Security;
using VanPhong.Reporting.Catalog;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Feedback;
using VanPhong.Reporting.Plans;
using VanPhong.Topology;

namespace VanPhong.Reporting;

internal static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ReportingDb, SqliteReportingDb, SqlServerReportingDb>(ResourceNames.ReportingDb);
        builder.AddMessaging<ReportingDb>(ResourceNames.ReportingService, ResourceNames.Messaging, bus =>
        {
            bus.AddConsumer<FeedbackReceivedConsumer>();
            bus.AddConsumer<FeedbackClassifiedConsumer>();
            bus.AddConsumer<FeedbackAssignedConsumer>();
            bus.AddConsumer<FeedbackAnsweredConsumer>();
            bus.AddConsumer<FeedbackPublishedConsumer>();
            bus.AddConsumer<FeedbackStatusChangedConsumer>();
            bus.AddConsumer<FeedbackOverdueConsumer>();
            bus.AddConsumer<FeedbackRatedConsumer>();
            bus.AddConsumer<PlanIssuedConsumer>();
            bus.AddConsumer<PlanItemProgressReportedConsumer>();
            bus.AddConsumer<PlanItemCompletedConsumer>();
            bus.AddConsumer<PlanItemOverdueConsumer>();
            bus.AddConsumer<PlanItemCancelledConsumer>();
            bus.AddConsumer<ProcedurePublishedConsumer>();
            bus.AddConsumer<InternalProcedureSubmittedConsumer>();
            bus.AddConsumer<InternalProcedureApprovedConsumer>();
            bus.AddConsumer<ElectronicProcessUpdatedConsumer>();
            bus.AddConsumer<SimplificationProposedConsumer>();
        });
        builder.AddStaffSecurity();
        return builder;
    }

    public static WebApplication MapReportingEndpoints(this WebApplication app)
    {
        app.MapGroup(RoutePrefixes.Reports)
            .WithTags("Báo cáo")
            .MapFeedbackSummary()
            .MapCatalogSummary()
            .MapAuditLog<ReportingDb>();
        return app;
    }
}
