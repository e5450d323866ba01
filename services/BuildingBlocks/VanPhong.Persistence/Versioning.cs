using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VanPhong.Persistence;

/// <summary>
/// An aggregate staff change: it carries a version that is its optimistic concurrency token (both providers). Every
/// write of it checks the version it was read with, so of two people acting on the same record at once one succeeds
/// and the other is told the record changed under them (409), instead of both passing the same check.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}

public static class Versioning
{
    /// <summary>Makes <see cref="IVersioned.Version"/> the concurrency token of every versioned entity of the model.</summary>
    public static ModelBuilder UseVersionTokens(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType) && !t.IsOwned()))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }

        return modelBuilder;
    }
}

/// <summary>
/// Raises the version of every versioned entity that is saved changed and whose code did not raise it already (an
/// entity's own state changes raise it themselves, so the event they return carries the new version).
/// </summary>
public sealed class VersionInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Raise(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Raise(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Raise(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.AsDetected().Where(e => e.State == EntityState.Modified && e.Entity is IVersioned))
        {
            var version = entry.Property(nameof(IVersioned.Version));
            if (!version.IsModified)
            {
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }
    }
}

/// <summary>The answer to a stale write, in Vietnamese, whether it was caught by the database or by an If-Match header.</summary>
public static class StaleWrite
{
    public const string Title = "Hồ sơ đã được người khác cập nhật";

    public const string Detail = "Hồ sơ đã được người khác cập nhật trong lúc Quý vị thao tác, nên thao tác này chưa được ghi. "
        + "Vui lòng tải lại để xem nội dung mới nhất rồi thực hiện lại nếu vẫn cần.";

    public static ProblemDetails Problem(int? currentVersion = null)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = Title, Detail = Detail, Type = "https://kkt-vanphong.example.vn/problems/stale-write" };
        if (currentVersion is { } version)
        {
            problem.Extensions["currentVersion"] = version;
        }

        return problem;
    }

    /// <summary>The version as an entity tag ("7"), sent as ETag on reads and expected back in If-Match on writes.</summary>
    public static string ETag(int version) => $"\"{version}\"";

    /// <summary>Refuses the write (409) when the caller's If-Match names another version than the record's.</summary>
    public static void ThrowIfStale(HttpContext http, int version)
    {
        if (IsStale(http, version))
        {
            throw new StaleWriteException(version);
        }
    }

    /// <summary>
    /// Whether the caller's If-Match (if any) names another version than the record's: the caller decided on what it
    /// saw, and that is no longer what there is.
    /// </summary>
    public static bool IsStale(HttpContext http, int version)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return false;
        }

        var tags = ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.StartsWith("W/", StringComparison.Ordinal) ? t[2..] : t);
        return !tags.Contains(ETag(version));
    }
}

/// <summary>The caller's If-Match names a version the record no longer has.</summary>
public sealed class StaleWriteException(int currentVersion) : Exception(StaleWrite.Detail)
{
    public int CurrentVersion { get; } = currentVersion;
}

/// <summary>
/// A write that lost the race with another (DbUpdateConcurrencyException) or was based on an old version (If-Match)
/// answers 409 in Vietnamese, not 500.
/// </summary>
internal sealed class StaleWriteExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (DbUpdateConcurrencyException or StaleWriteException))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = StaleWrite.Problem((exception as StaleWriteException)?.CurrentVersion),
        });
    }
}
