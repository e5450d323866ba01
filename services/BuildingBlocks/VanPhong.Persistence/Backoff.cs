namespace VanPhong.Persistence;

public static class Backoff
{
    /// <summary><paramref name="first"/> after the first failure, doubling with each failure in a row, never above <paramref name="max"/>.</summary>
    public static TimeSpan Exponential(TimeSpan first, int failures, TimeSpan max)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 16));
        var delay = TimeSpan.FromMilliseconds(first.TotalMilliseconds * factor);
        return delay < max ? delay : max;
    }
}
