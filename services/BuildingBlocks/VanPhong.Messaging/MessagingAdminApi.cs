using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace VanPhong.Messaging;

/// <summary>
/// What an operator needs when messages do not flow: the outbox (waiting and parked rows, with their last error)
/// and the dead-letter queues, and the two repairs — re-queue parked rows, re-drive an error queue — after a fix.
/// Mapped by every service under its own API prefix ("/api/plans/admin/messaging", …).
/// </summary>
public static class MessagingAdminApi
{
    public sealed record ParkedRow(Guid Id, string Type, string StreamKey, DateTime OccurredAt, int Attempts, string? LastError, DateTime? ParkedAt);

    public sealed record MessagingStatus(int Pending, int Parked, IReadOnlyList<ParkedRow> ParkedRows, IReadOnlyList<DeadLetterQueue> DeadLetters);

    public sealed record Requeued(int Rows);

    public sealed record Redriven(string Queue, int Moved);

    public static RouteGroupBuilder MapMessagingAdmin<TDb>(this RouteGroupBuilder group, string policy)
        where TDb : DbContext
    {
        var admin = group.MapGroup("/admin/messaging").RequireAuthorization(policy);
        // Through Delegate variables: the route-handler analyzer crashes on a generic method group (AD0001).
        Delegate status = StatusAsync<TDb>, requeueOne = RequeueOneAsync<TDb>, requeueAll = RequeueAllAsync<TDb>;
        admin.MapGet("/", status).WithName($"MessagingStatus{typeof(TDb).Name}").WithSummary("Hàng đợi sự kiện: chờ gửi, tạm gác, thư lỗi");
        admin.MapPost("/parked/{id:guid}/requeue", requeueOne).WithName($"RequeueParked{typeof(TDb).Name}");
        admin.MapPost("/parked/requeue", requeueAll).WithName($"RequeueAllParked{typeof(TDb).Name}");
        // Only a service that consumes has error queues to re-drive.
        var settings = ((IEndpointRouteBuilder)group).ServiceProvider.GetRequiredService<BrokerSettings>();
        if (settings.OwnSubscriptions.Any())
        {
            admin.MapPost("/dead-letters/{queue}/redrive", RedriveAsync).WithName($"RedriveDeadLetters{typeof(TDb).Name}");
        }

        return group;
    }

    private static async Task<Ok<MessagingStatus>> StatusAsync<TDb>(TDb db, DeadLetters deadLetters, CancellationToken cancellationToken)
        where TDb : DbContext
    {
        var outbox = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.SentAt == null);
        var parked = await outbox.Where(m => m.ParkedAt != null).OrderBy(m => m.OccurredAt).Take(200)
            .Select(m => new ParkedRow(m.Id, m.Type, m.StreamKey, m.OccurredAt, m.Attempts, m.LastError, m.ParkedAt))
            .ToListAsync(cancellationToken);
        IReadOnlyList<DeadLetterQueue> queues;
        try
        {
            queues = await deadLetters.CountAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            queues = [];
        }

        return TypedResults.Ok(new MessagingStatus(
            await outbox.CountAsync(m => m.ParkedAt == null, cancellationToken),
            await outbox.CountAsync(m => m.ParkedAt != null, cancellationToken),
            parked,
            queues));
    }

    private static async Task<Results<Ok<Requeued>, ProblemHttpResult>> RequeueOneAsync<TDb>(Guid id, TDb db, OutboxSignal signal, CancellationToken cancellationToken)
        where TDb : DbContext
    {
        var row = await db.Set<OutboxMessage>().SingleOrDefaultAsync(m => m.Id == id && m.SentAt == null && m.ParkedAt != null, cancellationToken);
        if (row is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có sự kiện tạm gác với mã này");
        }

        row.Requeue();
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Ok(new Requeued(1));
    }

    private static async Task<Ok<Requeued>> RequeueAllAsync<TDb>(TDb db, OutboxSignal signal, CancellationToken cancellationToken)
        where TDb : DbContext
    {
        var rows = await db.Set<OutboxMessage>().Where(m => m.SentAt == null && m.ParkedAt != null).ToListAsync(cancellationToken);
        rows.ForEach(r => r.Requeue());
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Ok(new Requeued(rows.Count));
    }

    private static async Task<Results<Ok<Redriven>, ProblemHttpResult>> RedriveAsync(string queue, int? max, DeadLetters deadLetters, CancellationToken cancellationToken)
    {
        var moved = await deadLetters.RedriveAsync(queue, Math.Clamp(max ?? 10_000, 1, 100_000), cancellationToken);
        return moved is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có hàng đợi này", detail: $"{queue} không phải hàng đợi của dịch vụ này.")
            : TypedResults.Ok(new Redriven(queue, moved.Value));
    }
}
