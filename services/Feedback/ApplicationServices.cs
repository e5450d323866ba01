using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Submissions;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Security;
using VanPhong.Topology;

namespace VanPhong.Feedback;

internal static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<FeedbackDb, SqliteFeedbackDb, SqlServerFeedbackDb>(ResourceNames.FeedbackDb);
        builder.AddMessaging<FeedbackDb>(ResourceNames.FeedbackService, ResourceNames.Messaging);
        builder.AddStaffSecurity();
        builder.Services.AddWorkingDayCalendar(builder.Configuration);
        builder.Services.AddOptions<FeedbackOptions>().BindConfiguration("Feedback");
        return builder;
    }

    public static WebApplication MapFeedbackEndpoints(this WebApplication app)
    {
        app.MapGroup(RoutePrefixes.PublicFeedback)
            .WithTags("Phản ánh, kiến nghị (công khai)")
            .AllowAnonymous()
            .MapSubmitFeedback()
            .MapLookupFeedback();
        app.MapGroup(RoutePrefixes.Feedback)
            .WithTags("Phản ánh, kiến nghị")
            .MapAuditLog<FeedbackDb>();
        return app;
    }
}
