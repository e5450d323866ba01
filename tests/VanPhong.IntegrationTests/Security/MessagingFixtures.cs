using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Security;

/// <summary>What the messaging operations act on: a parked outbox row, a consumer queue of the service.</summary>
public static class MessagingFixtures
{
    /// <summary>A row parked in the service's outbox (an event that failed by its own fault), to be re-queued.</summary>
    public static async Task<Guid> ParkedRowAsync(Platform platform, string prefix)
    {
        var row = OutboxMessage.Create(new ParkedProbe(Guid.NewGuid()), DateTime.UtcNow);
        row.Attempts = 5;
        row.LastError = "UnknownContractException: a contract this build no longer knows";
        row.ParkedAt = DateTime.UtcNow;
        await using var scope = ServicesOf(platform, prefix).CreateAsyncScope();
        var db = DbOf(scope.ServiceProvider, prefix);
        db.Set<OutboxMessage>().Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    /// <summary>One of the service's consumer queues, as the shared topology names it on this platform.</summary>
    public static string AQueueOf(Platform platform, string prefix) =>
        ServicesOf(platform, prefix).GetRequiredService<BrokerSettings>() is var settings
            ? settings.QueueName(settings.OwnSubscriptions.First())
            : throw new InvalidOperationException();

    private static IServiceProvider ServicesOf(Platform platform, string prefix) => prefix switch
    {
        RoutePrefixes.Identity => platform.Identity.Services,
        RoutePrefixes.Plans => platform.Plans.Services,
        RoutePrefixes.Feedback => platform.Feedback.Services,
        RoutePrefixes.Procedures => platform.Catalog.Services,
        RoutePrefixes.Reports => platform.Reporting.Services,
        _ => throw new ArgumentOutOfRangeException(nameof(prefix)),
    };

    private static DbContext DbOf(IServiceProvider services, string prefix) => prefix switch
    {
        RoutePrefixes.Identity => services.GetRequiredService<VanPhong.Identity.Data.IdentityDb>(),
        RoutePrefixes.Plans => services.GetRequiredService<VanPhong.Plans.Data.PlansDb>(),
        RoutePrefixes.Feedback => services.GetRequiredService<VanPhong.Feedback.Data.FeedbackDb>(),
        RoutePrefixes.Procedures => services.GetRequiredService<VanPhong.Catalog.Data.CatalogDb>(),
        RoutePrefixes.Reports => services.GetRequiredService<VanPhong.Reporting.Data.ReportingDb>(),
        _ => throw new ArgumentOutOfRangeException(nameof(prefix)),
    };

    /// <summary>Not a contract of the platform: what a row of a renamed or removed contract type looks like.</summary>
    public sealed record ParkedProbe(Guid Id);
}
