using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Submissions;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Topology;

namespace VanPhong.Feedback;

internal static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<FeedbackDb, SqliteFeedbackDb, SqlServerFeedbackDb>(ResourceNames.FeedbackDb);
        builder.AddMessaging<FeedbackDb>(ResourceNames.FeedbackService, ResourceNames.Messaging);
        builder.Services.AddWorkingDayCalendar(builder.Configuration);
        builder.Services.AddOptions<FeedbackOptions>().BindConfiguration("Feedback");
        return builder;
    }

    public static WebApplication MapFeedbackEndpoints(this WebApplication app)
    {
        app.MapGroup(RoutePrefixes.PublicFeedback)
            .WithTags("Phản ánh, kiến nghị (công khai)")
            .MapSubmitFeedback()
            .MapLookupFeedback();
        return app;
    }
}
