using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace VanPhong.Security;

public static class AuditLogApi
{
    public sealed record AuditView(Guid Id, DateTime At, string? UserId, string UserName, string? Unit, string Action, string EntityType, string EntityId, System.Text.Json.JsonElement Changes, string? TraceId);

    public sealed record AuditPage(int Total, IReadOnlyList<AuditView> Entries);

    public sealed record AuditQuery(string? EntityType, string? EntityId, DateTime? From, DateTime? To, int? Page, int? PageSize);

    /// <summary>GET {prefix}/audit: the service's audit log, newest first, for administrators and leadership.</summary>
    public static RouteGroupBuilder MapAuditLog<TDb>(this RouteGroupBuilder group)
        where TDb : DbContext
    {
        // Through a Delegate variable: the route-handler analyzer crashes on a generic method group (AD0001).
        Delegate handler = ReadAsync<TDb>;
        group.MapGet("/audit", handler)
        .WithName($"{typeof(TDb).Name}AuditLog")
        .WithSummary("Nhật ký thao tác (chỉ đọc)")
        .RequireAuthorization(StaffPolicies.AuditReaders);
        return group;
    }

    private static async Task<Ok<AuditPage>> ReadAsync<TDb>(TDb db, [AsParameters] AuditQuery filter, CancellationToken ct)
        where TDb : DbContext
    {
        var size = Math.Clamp(filter.PageSize ?? 50, 1, 500);
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (filter.EntityType is not null)
        {
            query = query.Where(e => e.EntityType == filter.EntityType);
        }

        if (filter.EntityId is not null)
        {
            query = query.Where(e => e.EntityId == filter.EntityId);
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from.ToUniversalTime());
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.At <= to.ToUniversalTime());
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.At).Skip(Math.Max(0, (filter.Page ?? 1) - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new AuditPage(total, rows.Select(e => new AuditView(
            e.Id, e.At, e.UserId, e.UserName, e.Unit, e.Action, e.EntityType, e.EntityId,
            System.Text.Json.JsonDocument.Parse(e.Changes).RootElement, e.TraceId)).ToList()));
    }
}
