using Microsoft.Extensions.Options;
using VanPhong.Calendar;

namespace VanPhong.Plans.Urging;

/// <summary>
/// Runs the urging job once a working day at Plans:Urging:RunAt (Vietnam time) — once across every replica of the
/// plan registry — and at start-up if today's run is due and nobody has run it.
/// </summary>
public sealed class UrgingScheduler(IServiceScopeFactory scopes, WorkingDayCalendar calendar, TimeProvider clock, IOptions<UrgingOptions> options, ILogger<UrgingScheduler> logger)
    : WorkingDayJob(scopes, calendar, clock, logger)
{
    protected override string Name => "plans-urging";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeOnly RunAt => options.Value.RunAt;

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<UrgingService>().RunAsync(cancellationToken);
}
