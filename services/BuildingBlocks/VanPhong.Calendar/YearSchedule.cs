using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VanPhong.Calendar;

/// <summary>One day named in a yearly schedule: a day off, or a weekend day declared a working day (ngày làm bù).</summary>
public sealed record ScheduledDay(DateOnly Date, string Name);

/// <summary>
/// The official day-off schedule of one year for civil servants: every day off (holidays, nghỉ bù,
/// days swapped off) and every weekend day that must be worked (làm bù). When a year has a schedule it is
/// authoritative; years without one are estimated from the Labour Code rules (<see cref="StatutoryHolidays"/>).
/// </summary>
public sealed record YearSchedule
{
    public required int Year { get; init; }

    /// <summary>"official" when taken from the announcements; "to-confirm" when part of it is still an estimate.</summary>
    public string Status { get; init; } = "official";

    public string? Source { get; init; }

    public IReadOnlyList<ScheduledDay> DaysOff { get; init; } = [];

    public IReadOnlyList<ScheduledDay> WorkingDays { get; init; } = [];

    /// <summary>Rejects a schedule that contradicts itself or names days of another year.</summary>
    public void Validate()
    {
        foreach (var day in DaysOff.Concat(WorkingDays))
        {
            if (day.Date.Year != Year)
            {
                throw new InvalidOperationException($"Lịch năm {Year} có ngày {day.Date:dd/MM/yyyy} của năm khác.");
            }
        }

        var clash = DaysOff.Select(d => d.Date).Intersect(WorkingDays.Select(d => d.Date)).FirstOrDefault();
        if (clash != default)
        {
            throw new InvalidOperationException($"Ngày {clash:dd/MM/yyyy} vừa là ngày nghỉ vừa là ngày làm bù trong lịch năm {Year}.");
        }
    }
}

/// <summary>Reads schedules from the JSON layout of <c>Data/official-schedules.json</c>.</summary>
public static class ScheduleFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<YearSchedule> Parse(string json) =>
        JsonSerializer.Deserialize<ScheduleDocument>(json, Options)?.Years ?? [];

    /// <summary>The schedules shipped with the platform (2023 onwards).</summary>
    public static IReadOnlyList<YearSchedule> Embedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("VanPhong.Calendar.Data.official-schedules.json")
            ?? throw new InvalidOperationException("The embedded holiday schedule is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record ScheduleDocument([property: JsonPropertyName("years")] List<YearSchedule> Years);
}
