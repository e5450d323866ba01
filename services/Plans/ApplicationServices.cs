using VanPhong.Plans.OpenData;
using VanPhong.Calendar;
using VanPhong.Messaging;
using VanPhong.Notifications;
using VanPhong.Persistence;
using VanPhong.Plans.Budget;
using VanPhong.Plans.Communications;
using VanPhong.Plans.ImpactAssessments;
using VanPhong.Plans.Inspections;
using VanPhong.Plans.LinkedGroups;
using VanPhong.Plans.OneStopDesk;
using VanPhong.Plans.Data;
using VanPhong.Plans.Documents;
using VanPhong.Plans.Items;
using VanPhong.Plans.Obligations;
using VanPhong.Plans.Progress;
using VanPhong.Plans.Public;
using VanPhong.Plans.Seed;
using VanPhong.Plans.Targets;
using VanPhong.Plans.Units;
using VanPhong.Plans.Urging;
using VanPhong.Security;
using VanPhong.Topology;

namespace VanPhong.Plans;

internal static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PlansDb, SqlitePlansDb, SqlServerPlansDb>(ResourceNames.PlansDb);
        builder.AddMessaging<PlansDb>(ResourceNames.PlansService, ResourceNames.Messaging,
        [
            typeof(OrganisationUnitChangedConsumer), typeof(ProcedurePublishedConsumer), typeof(InternalProcedureSubmittedConsumer),
            typeof(InternalProcedureApprovedConsumer), typeof(ElectronicProcessUpdatedConsumer), typeof(KpiMeasuredConsumer),
        ]);
        builder.Services.AddWorkingDayCalendar(builder.Configuration);
        builder.AddStaffSecurity();
        builder.Services.AddEmailNotifications(builder.Configuration);
        builder.Services.AddMailOutbox<PlansDb>(builder.Configuration);
        builder.Services.AddOptions<UrgingOptions>().BindConfiguration("Plans:Urging");
        builder.Services.AddOptions<PlanFileLimits>().BindConfiguration("Plans:Files");
        builder.Services.AddScoped<UrgingService>();
        builder.Services.AddHostedService<UrgingScheduler>();
        builder.Services.AddHostedService<PlanSeeder>();
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        app.MapGroup(RoutePrefixes.PublicPlans)
            .WithTags("Kế hoạch (công khai)")
            .AllowAnonymous()
            .MapPublicPlans()
            .MapOpenData()
            .MapPublicDesk();
        app.MapGroup(RoutePrefixes.Plans)
            .WithTags("Kế hoạch kiểm soát TTHC")
            .MapPlans()
            .MapItems()
            .MapProgress()
            .MapBudget()
            .MapUrging()
            .MapImpactAssessments()
            .MapInspections()
            .MapDesk()
            .MapLinkedGroups()
            .MapCommunications()
            .MapAuditLog<PlansDb>()
            .MapMessagingAdmin<PlansDb>(StaffPolicies.Administration);
        return app;
    }
}
