using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;

namespace VanPhong.Persistence;

/// <summary>The last run of a periodic job in this service's database: for which due time, who holds it, whether it is done.</summary>
public sealed class JobRun
{
    public string Job { get; private set; } = "";

    public DateTime DueAt { get; private set; }

    public string? Holder { get; private set; }

    public DateTime? LeaseUntil { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    private JobRun()
    {
    }

    internal JobRun(string job) => Job = job;
}

public static class JobLeaseModel
{
    public static ModelBuilder AddJobLeases(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<JobRun>(b =>
        {
            b.ToTable("JobRuns");
            b.HasKey(r => r.Job);
            b.Property(r => r.Job).HasMaxLength(100);
            b.Property(r => r.Holder).HasMaxLength(100);
        });
        return modelBuilder;
    }
}

/// <summary>
/// <see cref="IJobLease"/> in the service's own database: one row per job; taking the run of a due time is one
/// conditional UPDATE (the row is for an earlier due time, or for this one and its holder's lease has expired without
/// completing), which the database executes for one caller at a time on SQLite and SQL Server alike.
/// </summary>
public sealed class DbJobLease<TDb>(TDb db, TimeProvider clock) : IJobLease
    where TDb : DbContext
{
    // One holder per lease object (a scope): a job takes and completes its run, a seeder locks and unlocks, through the same one.
    private readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    public async Task<bool> TryAcquireAsync(string job, DateTimeOffset dueAt, TimeSpan hold, CancellationToken cancellationToken)
    {
        await EnsureRowAsync(job, cancellationToken);
        var due = dueAt.UtcDateTime;
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + hold;
        var taken = await db.Set<JobRun>()
            .Where(r => r.Job == job && (r.DueAt < due || (r.DueAt == due && r.CompletedAt == null && (r.LeaseUntil == null || r.LeaseUntil < now))))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.DueAt, due)
                .SetProperty(r => r.Holder, _holder)
                .SetProperty(r => r.LeaseUntil, until)
                .SetProperty(r => r.CompletedAt, (DateTime?)null), cancellationToken);
        return taken == 1;
    }

    public Task CompleteAsync(string job, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var due = dueAt.UtcDateTime;
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<JobRun>().Where(r => r.Job == job && r.DueAt == due && r.Holder == _holder)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CompletedAt, now), cancellationToken);
    }

    public Task<bool> IsCompletedAsync(string job, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var due = dueAt.UtcDateTime;
        return db.Set<JobRun>().AnyAsync(r => r.Job == job && (r.DueAt > due || (r.DueAt == due && r.CompletedAt != null)), cancellationToken);
    }

    public async Task<bool> TryLockAsync(string name, TimeSpan hold, CancellationToken cancellationToken)
    {
        var job = "lock:" + name;
        await EnsureRowAsync(job, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + hold;
        return await db.Set<JobRun>()
            .Where(r => r.Job == job && (r.LeaseUntil == null || r.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Holder, _holder).SetProperty(r => r.LeaseUntil, until), cancellationToken) == 1;
    }

    public Task UnlockAsync(string name, CancellationToken cancellationToken)
    {
        var job = "lock:" + name;
        return db.Set<JobRun>().Where(r => r.Job == job && r.Holder == _holder)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, (DateTime?)null), cancellationToken);
    }

    private async Task EnsureRowAsync(string job, CancellationToken cancellationToken)
    {
        if (await db.Set<JobRun>().AnyAsync(r => r.Job == job, cancellationToken))
        {
            return;
        }

        db.Set<JobRun>().Add(new JobRun(job));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another replica created it first: the row exists, which is all this needed.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
