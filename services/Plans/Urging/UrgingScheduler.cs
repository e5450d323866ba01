using Microsoft.Extensions.Options;
using VanPhong.Calendar;

namespace VanPhong.Plans.Urging;

/// <summary>Runs the urging job once a working day at the configured time (Vietnam time), and at start-up if today's run is due.</summary>
public sealed class UrgingScheduler(IServiceScopeFactory scopes, WorkingDayCalendar calendar, TimeProvider clock, IOptions<UrgingOptions> options, ILogger<UrgingScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var next = NextRun(VietnamTime.Now(clock), options.Value.RunAt, calendar);
            var wait = next - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, stoppingToken);
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<UrgingService>().RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The urging job failed; it runs again on the next working day");
            }

            // Never twice in the same minute.
            await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
        }
    }

    /// <summary>The next working day at <paramref name="runAt"/> (Vietnam time) from <paramref name="now"/>, today included.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, TimeOnly runAt, WorkingDayCalendar calendar)
    {
        var local = now.ToOffset(VietnamTime.Offset);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (!calendar.IsWorkingDay(day) || TimeOnly.FromDateTime(local.DateTime) > runAt.AddMinutes(1))
        {
            day = calendar.NextWorkingDay(day);
        }

        return new DateTimeOffset(day.ToDateTime(runAt), VietnamTime.Offset);
    }
}
