using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace VanPhong.Calendar;

/// <summary>
/// Who runs a periodic job for one due time when several replicas of a service are up: the first to take the lease,
/// once. Implemented in the service's own database (VanPhong.Persistence), so it holds on SQLite and SQL Server.
/// </summary>
public interface IJobLease
{
    /// <summary>True for the one caller that may run <paramref name="job"/> for <paramref name="dueAt"/> (a run that was
    /// taken but not completed within <paramref name="hold"/> may be taken again: its holder died).</summary>
    Task<bool> TryAcquireAsync(string job, DateTimeOffset dueAt, TimeSpan hold, CancellationToken cancellationToken);

    Task CompleteAsync(string job, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Whether the run for <paramref name="dueAt"/> is done (by whichever replica).</summary>
    Task<bool> IsCompletedAsync(string job, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>A mutual exclusion across replicas (seeding at start-up): true for one holder until it unlocks or <paramref name="hold"/> passes.</summary>
    Task<bool> TryLockAsync(string name, TimeSpan hold, CancellationToken cancellationToken);

    Task UnlockAsync(string name, CancellationToken cancellationToken);
}

public static class JobLeaseExtensions
{
    /// <summary>Runs <paramref name="action"/> while holding the lock <paramref name="name"/>, waiting for another holder to finish first.</summary>
    public static async Task RunExclusiveAsync(this IJobLease lease, string name, Func<Task> action, CancellationToken cancellationToken)
    {
        var hold = TimeSpan.FromMinutes(5);
        while (!await lease.TryLockAsync(name, hold, cancellationToken))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        try
        {
            await action();
        }
        finally
        {
            await lease.UnlockAsync(name, CancellationToken.None);
        }
    }
}

/// <summary>
/// A job that runs once a working day at a time of day in Vietnam — the plan's urging, the PAKN deadline watch — once
/// per due time across any number of replicas (<see cref="IJobLease"/>). A replica started after today's time runs
/// today's job if nobody has; a replica whose holder died mid-run takes the run over once the lease has expired.
/// </summary>
public abstract class WorkingDayJob(IServiceScopeFactory scopes, WorkingDayCalendar calendar, TimeProvider clock, ILogger logger) : BackgroundService
{
    public static readonly ActivitySource Source = new("VanPhong.Jobs");

    /// <summary>The job's name in the lease table.</summary>
    protected abstract string Name { get; }

    protected abstract bool Enabled { get; }

    /// <summary>Vietnam time of day the job runs on working days.</summary>
    protected abstract TimeOnly RunAt { get; }

    /// <summary>How long a run may take before another replica may assume its holder died.</summary>
    protected virtual TimeSpan Hold => TimeSpan.FromMinutes(15);

    protected abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    private static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        var due = LatestDue(VietnamTime.Now(clock)) ?? NextDue(VietnamTime.Now(clock));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Waited in steps of at most an hour, the clock read again after each: a delay cannot exceed what a
                // timer takes (49 days), and a clock set back (an NTP correction, a test's clock) brings the due time
                // back with it instead of leaving the job asleep until the old date.
                var wait = due - clock.GetUtcNow();
                while (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait < MaxWait ? wait : MaxWait, clock, stoppingToken);
                    if (NextDue(VietnamTime.Now(clock)) is var next && next < due)
                    {
                        due = next;
                    }

                    wait = due - clock.GetUtcNow();
                }

                await RunOnceAsync(due, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The {Job} job of {Due} failed; it runs again on the next working day", Name, due);
            }

            due = NextDue(due.ToOffset(VietnamTime.Offset));
        }
    }

    /// <summary>Runs the job for <paramref name="due"/> if this replica takes the lease; otherwise waits while the holder
    /// may still be running, and takes the run over if it never completes.</summary>
    public async Task<bool> RunOnceAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + Hold + TimeSpan.FromMinutes(1);
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var lease = scope.ServiceProvider.GetRequiredService<IJobLease>();
            if (await lease.TryAcquireAsync(Name, due, Hold, cancellationToken))
            {
                using var activity = Source.StartActivity($"job {Name}", ActivityKind.Internal);
                activity?.SetTag("vanphong.job.due", due.ToString("O"));
                await RunAsync(scope.ServiceProvider, cancellationToken);
                await lease.CompleteAsync(Name, due, cancellationToken);
                return true;
            }

            if (await lease.IsCompletedAsync(Name, due, cancellationToken) || clock.GetUtcNow() > deadline)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMinutes(1), clock, cancellationToken);
        }
    }

    /// <summary>Today's due time if today is a working day and it has passed (a start-up after it catches up).</summary>
    private DateTimeOffset? LatestDue(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.DateTime);
        var dueToday = new DateTimeOffset(today.ToDateTime(RunAt), VietnamTime.Offset);
        return calendar.IsWorkingDay(today) && now >= dueToday ? dueToday : null;
    }

    /// <summary>The first working day at <see cref="RunAt"/> strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset NextDue(DateTimeOffset after) => NextRun(after, RunAt, calendar);

    public static DateTimeOffset NextRun(DateTimeOffset after, TimeOnly runAt, WorkingDayCalendar calendar)
    {
        var local = after.ToOffset(VietnamTime.Offset);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (!calendar.IsWorkingDay(day) || TimeOnly.FromDateTime(local.DateTime) >= runAt)
        {
            day = calendar.NextWorkingDay(day);
        }

        return new DateTimeOffset(day.ToDateTime(runAt), VietnamTime.Offset);
    }
}
