using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Persistence;
using VanPhong.Plans.Data;
using VanPhong.Plans.Units;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Guarantees;

/// <summary>
/// Two replicas of the plan registry on one database, both with the daily urging job on: at seven o'clock on a working
/// day the job runs once, and the unit gets one reminder, not two.
/// </summary>
public sealed class JobsRunOnceTests(SharedBroker broker)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_replicas_of_the_plan_registry_send_one_urging_mail()
    {
        // Monday 07/8/2023, two minutes before the job: item V.1.2 of the 2023 plan is due on 14/8, five working days away.
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 8, 7, 6, 58, 0, TimeSpan.FromHours(7)));
        await using var mail = new VanPhong.MailSink.MailSinkServer(FreePort());
        Dictionary<string, string?> settings = new()
        {
            ["Messaging:Prefix"] = "j" + Guid.NewGuid().ToString("N")[..8],
            ["Plans:Urging:Enabled"] = "true",
            ["Plans:Urging:RunAt"] = "07:00",
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = mail.Port.ToString(),
        };
        await using var first = new ServiceHost<VanPhong.Plans.Marker>(ResourceNames.PlansDb, broker.Uri, settings, s => s.AddSingleton<TimeProvider>(clock));
        await using var second = new ServiceHost<VanPhong.Plans.Marker>(ResourceNames.PlansDb, broker.Uri,
            new Dictionary<string, string?>(settings) { [$"ConnectionStrings:{ResourceNames.PlansDb}"] = $"Data Source={first.DatabasePath}" },
            s => s.AddSingleton<TimeProvider>(clock));
        await Task.WhenAll(Task.Run(() => first.CreateClient(), _ct), Task.Run(() => second.CreateClient(), _ct));

        // Both replicas started on one database: one of them seeded the plan, once.
        Assert.Equal(1, await first.QueryAsync<PlansDb, int>(db => db.Plans.CountAsync()));
        await first.QueryAsync<PlansDb, int>(db =>
        {
            db.Units.Add(new UnitReplica { Code = "VP", Name = "Văn phòng", Kind = "Office", Email = "vanphong@kkt-vanphong.example.vn", ChangedAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });

        clock.Advance(TimeSpan.FromMinutes(3));

        await Eventually.HoldsAsync(() => first.QueryAsync<PlansDb, bool>(db => db.Set<JobRun>().AnyAsync(r => r.Job == "plans-urging" && r.CompletedAt != null)), done => done,
            what: "the urging job of 07/8/2023 is completed");
        var reminders = await Eventually.HoldsAsync(() => Task.FromResult(mail.Messages.Where(m => m.Subject.Contains("Nhiệm vụ V.1.2 ")).ToList()), m => m.Count > 0, what: "the reminder mail");
        var pending = await first.QueryAsync<PlansDb, int>(db => db.Reminders.CountAsync(r => r.Error == null));
        await Eventually.HoldsAsync(() => Task.FromResult(mail.Messages.Count), n => n >= pending, what: "every reminder mail");
        await Task.Delay(TimeSpan.FromSeconds(3), _ct);
        Assert.Single(mail.Messages, m => m.Subject.Contains("Nhiệm vụ V.1.2 "));
        Assert.Equal("[Đôn đốc] Nhiệm vụ V.1.2 sắp đến hạn 14/08/2023", reminders[0].Subject);
        // Whatever else was due that morning, each reminder went out once and was recorded once.
        var subjects = mail.Messages.Select(m => m.Subject).ToList();
        Assert.Equal(subjects.Distinct().Count(), subjects.Count);
        var queued = await first.QueryAsync<PlansDb, int>(db => db.Reminders.CountAsync(r => r.Error == null));
        Assert.Equal(subjects.Count, queued);
        var runs = await first.QueryAsync<PlansDb, List<JobRun>>(db => db.Set<JobRun>().Where(r => r.Job == "plans-urging").ToListAsync());
        Assert.Equal(new DateTime(2023, 8, 7, 0, 0, 0, DateTimeKind.Utc), Assert.Single(runs).DueAt);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
