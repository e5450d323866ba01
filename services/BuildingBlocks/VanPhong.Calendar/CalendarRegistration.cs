using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VanPhong.Calendar;

public static class CalendarRegistration
{
    /// <summary>
    /// Registers the one <see cref="WorkingDayCalendar"/> of a service: the shipped schedules, then the years of
    /// the file named by <c>Calendar:ScheduleFile</c>, then the years under <c>Calendar:Years</c>; a later source
    /// replaces a year of an earlier one, so an operator corrects a year without a release.
    /// </summary>
    public static IServiceCollection AddWorkingDayCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ =>
        {
            var years = ScheduleFile.Embedded().ToDictionary(s => s.Year);

            var file = configuration["Calendar:ScheduleFile"];
            if (!string.IsNullOrWhiteSpace(file))
            {
                foreach (var schedule in ScheduleFile.Parse(File.ReadAllText(file)))
                {
                    years[schedule.Year] = schedule;
                }
            }

            foreach (var schedule in configuration.GetSection("Calendar:Years").Get<List<YearSchedule>>() ?? [])
            {
                years[schedule.Year] = schedule;
            }

            return new WorkingDayCalendar(years.Values);
        });
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
