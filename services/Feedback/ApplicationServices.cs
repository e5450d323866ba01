using VanPhong.Feedback.OpenData;
using VanPhong.Feedback.Trail;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;
using VanPhong.Feedback.Intake;
using VanPhong.Feedback.Notifications;
using VanPhong.Feedback.Open311;
using VanPhong.Feedback.Privacy;
using VanPhong.Feedback.Reminders;
using VanPhong.Messaging;
using VanPhong.Notifications;
using VanPhong.Persistence;
using VanPhong.Security;
using VanPhong.Topology;

namespace VanPhong.Feedback;

internal static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<FeedbackDb, SqliteFeedbackDb, SqlServerFeedbackDb>(ResourceNames.FeedbackDb);
        // Group commit before the bus: it starts first and stops last, so a message the bus still delivers during a
        // shutdown is written in a group, not refused.
        builder.Services.AddGroupCommit<FeedbackDb>();
        builder.AddMessaging<FeedbackDb>(ResourceNames.FeedbackService, ResourceNames.Messaging,
            [typeof(OrganisationUnitChangedConsumer), typeof(ProcedurePublishedConsumer), typeof(SimplificationProposedConsumer)]);
        builder.AddStaffSecurity();
        builder.Services.AddWorkingDayCalendar(builder.Configuration);
        builder.Services.AddEmailNotifications(builder.Configuration);
        builder.Services.AddSmsNotifications(builder.Configuration);
        builder.Services.AddScoped<SubmitterNotifier>();
        builder.Services.AddMailOutbox<FeedbackDb>(builder.Configuration);
        builder.Services.AddOptions<FeedbackOptions>().BindConfiguration("Feedback");
        builder.Services.AddOptions<Open311Options>().BindConfiguration("Open311");
        builder.Services.AddOptions<IntakeOptions>().BindConfiguration("Feedback:Intake");
        builder.Services.AddScoped<FeedbackIntake>();
        builder.Services.AddScoped<FeedbackReopening>();
        builder.Services.AddScoped<AnswerDelivery>();
        builder.Services.AddScoped<DeadlineWatch>();
        builder.Services.AddScoped<DeadlineReminders>();
        builder.Services.AddHostedService<DeadlineWatchScheduler>();
        builder.Services.AddHostedService<TemplateSeeder>();
        builder.Services.AddHostedService<IdempotencyPurge>();
        builder.Services.AddOptions<PrivacyOptions>().BindConfiguration("Feedback:Privacy");
        builder.Services.AddScoped<Anonymiser>();
        builder.Services.AddHostedService<RetentionScheduler>();
        builder.Services.AddHostedService<SearchTextBackfill>();
        return builder;
    }

    public static WebApplication MapFeedbackEndpoints(this WebApplication app)
    {
        app.MapGroup(RoutePrefixes.PublicFeedback)
            .WithTags("Phản ánh, kiến nghị (công khai)")
            .AllowAnonymous()
            .MapPublicIntake()
            .MapOpenData()
            .MapPrivacyNotice();
        app.MapGroup(RoutePrefixes.PublicOpen311)
            .WithTags("Open311 GeoReport v2")
            .AllowAnonymous()
            .MapOpen311Discovery();
        app.MapGroup(Open311Api.Prefix)
            .WithTags("Open311 GeoReport v2")
            .AllowAnonymous()
            .MapOpen311();
        app.MapGroup(RoutePrefixes.Feedback)
            .WithTags("Phản ánh, kiến nghị")
            .MapHandling()
            .MapTrail()
            .MapTemplates()
            .MapNotificationTemplates()
            .MapReplyLetter()
            .MapDeadlines()
            .MapDataSubjectRequests()
            .MapOpen311Keys()
            .MapAuditLog<FeedbackDb>()
            .MapMessagingAdmin<FeedbackDb>(StaffPolicies.Administration);
        return app;
    }
}

/// <summary>The common answer templates, on an empty database.</summary>
internal sealed class TemplateSeeder(IServiceScopeFactory scopes) : IHostedService
{
    // One replica at a time: a second one starting alongside finds the templates there.
    public Task StartAsync(CancellationToken cancellationToken) => scopes.SeedAtStartupAsync("seed-templates", async (services, ct) =>
    {
        var db = services.GetRequiredService<FeedbackDb>();
        if (!await db.Templates.AnyAsync(ct))
        {
            db.Templates.AddRange(AnswerTemplates.Seed.Select(t => new AnswerTemplate { Name = t.Name, Body = t.Body, LegalBasis = t.LegalBasis }));
            await db.SaveChangesAsync(ct);
        }
    }, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Cases stored before a search ran in the database get their search texts, once, at start-up: the published answers'
/// for the public search, the code and content for the staff list.
/// </summary>
internal sealed class SearchTextBackfill(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await scopes.SeedAtStartupAsync("backfill-search-text", async (services, ct) =>
        {
            var db = services.GetRequiredService<FeedbackDb>();
            var missing = db.Cases.Where(c => c.SearchText == null || (c.PublishedAt != null && c.PublishedSearch == null));
            // Bounded: every round fills at least the rows it read, so this many rounds are enough; a round that lost a
            // race with a live replica's write is simply read again.
            var rounds = await missing.CountAsync(ct) / 500 + 2;
            while (rounds-- > 0 && await missing.Take(500).ToListAsync(ct) is { Count: > 0 } batch)
            {
                foreach (var feedback in batch)
                {
                    feedback.IndexText();
                    if (feedback.PublishedAt is not null)
                    {
                        feedback.IndexPublication();
                    }

                    // A search text is no change of the case: its version (and the ETag staff hold) stays.
                    db.Entry(feedback).Property(f => f.Version).IsModified = true;
                }

                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // A case changed meanwhile (a step on another replica); its next read has the new version.
                }

                db.ChangeTracker.Clear();
            }
        }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
