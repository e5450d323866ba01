namespace VanPhong.Persistence;

/// <summary>
/// Start-up work that waits for the database in the background (the seeds, the migrations of a service whose SQL
/// Server is away): tried after a first delay, then again with the delay doubled up to a bound, until it is done or the
/// host stops. One home for the schedule, so every such wait backs off the same way.
/// </summary>
internal static class BackgroundRetry
{
    /// <param name="attempt">One try, given the delay before the next: true when done, false to try again.</param>
    /// <param name="onFault">An exception from a try (the work's own fault, not the database's): the loop ends with it.</param>
    public static async Task RunAsync(CancellationToken stopping, TimeSpan first, TimeSpan max, Func<TimeSpan, Task<bool>> attempt, Action<Exception> onFault)
    {
        await Task.Yield();
        for (var tries = 1; !stopping.IsCancellationRequested; tries++)
        {
            try
            {
                await Task.Delay(Backoff.Exponential(first, tries, max), stopping);
                if (await attempt(Backoff.Exponential(first, tries + 1, max)))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (Exception ex)
            {
                onFault(ex);
                return;
            }
        }
    }
}
