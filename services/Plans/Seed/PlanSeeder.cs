using System.Reflection;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Plans.Data;
using VanPhong.Plans.Documents;
using VanPhong.Plans.Items;
using VanPhong.Plans.Model;

namespace VanPhong.Plans.Seed;

/// <summary>
/// A fresh install starts with the real 2023 plan, read from its text by the same parser as any import, and issued
/// as the Board issued it (Plans:SeedOnEmpty, on by default).
/// </summary>
public sealed class PlanSeeder(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<PlanSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Plans:SeedOnEmpty", true))
        {
            return;
        }

        // One replica at a time: a second one starting alongside finds the plan there and leaves it.
        await scopes.SeedAtStartupAsync("seed-plan", SeedAsync, cancellationToken);
    }

    private async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PlansDb>();
        if (await db.Plans.AnyAsync(cancellationToken))
        {
            return;
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var plan = PlanMapping.ToPlan(PlanTextParser.Parse(SeedText()), [], services.GetRequiredService<WorkingDayCalendar>());
        plan.Status = PlanStatus.Issued;
        plan.IssuedOn = plan.DecisionDate ?? new DateOnly(plan.Year, 2, 1);
        db.Plans.Add(plan);
        db.AddEvent(PlanEvents.Issued(plan), clock);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the {Year} plan with {Items} items from the decision text", plan.Year, plan.Items.Count(i => !i.IsGroup));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static string SeedText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("VanPhong.Plans.Seed.plan-2023.txt")
            ?? throw new InvalidOperationException("The embedded 2023 plan is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
