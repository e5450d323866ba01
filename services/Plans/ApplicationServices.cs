using VanPhong.Calendar;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Security;
using VanPhong.Plans.Data;
using VanPhong.Topology;

namespace VanPhong.Plans;

internal static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PlansDb, SqlitePlansDb, SqlServerPlansDb>(ResourceNames.PlansDb);
        builder.AddMessaging<PlansDb>(ResourceNames.PlansService, ResourceNames.Messaging);
        builder.Services.AddWorkingDayCalendar(builder.Configuration);
        builder.AddStaffSecurity();
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        app.MapGroup(RoutePrefixes.Plans)
            .MapAuditLog<PlansDb>();
        return app;
    }
}
