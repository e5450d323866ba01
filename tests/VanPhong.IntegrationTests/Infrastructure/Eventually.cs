namespace VanPhong.IntegrationTests.Infrastructure;

/// <summary>Waits for an asynchronous effect (an event crossing the broker) with a deadline, never a fixed sleep.</summary>
public static class Eventually
{
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        T last;
        do
        {
            last = await probe();
            if (condition(last))
            {
                return last;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Condition not met in time{(what is null ? "" : ": " + what)}. Last value: {last}");
    }
}
