namespace VanPhong.Calendar;

/// <summary>Giờ Việt Nam (UTC+7, no daylight saving): the clock every date of a deadline is read on.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>A UTC instant as the clock in Vietnam shows it (a stored or serialised DateTime may have lost its kind).</summary>
    public static DateTimeOffset At(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);

    /// <summary>The day in Vietnam of a stored UTC instant.</summary>
    public static DateOnly DateOfUtc(DateTime utc) => DateOf(At(utc));
}
