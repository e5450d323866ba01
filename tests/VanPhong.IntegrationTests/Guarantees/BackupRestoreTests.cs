using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Guarantees;

/// <summary>
/// Reporting restored from a backup older than the PAKN service's state catches up: the backup is taken by
/// scripts/backup.sh while reporting runs (VACUUM INTO), put back by scripts/restore.sh after reporting stopped, and
/// at its next start reporting asks the publishers to send their retained events again (ReplayRequested). Its figures
/// then equal those it had before it lost anything, and its inbox keeps the events it already had from counting twice.
/// </summary>
public sealed class BackupRestoreTests(SharedBroker broker)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reporting_restored_from_an_older_backup_catches_up_to_the_same_figures_and_counts_nothing_twice()
    {
        Dictionary<string, string?> settings = new()
        {
            ["Messaging:Prefix"] = "b" + Guid.NewGuid().ToString("N")[..8],
            ["Feedback:DeadlineWatch:Enabled"] = "false",
        };
        // The publisher's side: how many retained rows it sent again, counted once its whole answer went out.
        long replayed = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MessagingTelemetry.Name && instrument.Name == "vanphong.outbox.replayed")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref replayed, value));
        listener.Start();

        await using var feedback = new ServiceHost<VanPhong.Feedback.Marker>(ResourceNames.FeedbackDb, broker.Uri, settings);
        var citizens = feedback.CreateClient();
        var before = new ServiceHost<VanPhong.Reporting.Marker>(ResourceNames.ReportingDb, broker.Uri, settings);
        var backups = RepositoryPaths.NewStateDirectory("backups");
        try
        {
            before.CreateClient();
            var codes = await SubmitAsync(citizens, 3);
            await CountedAsync(before, codes, "reporting counts the first PAKN");

            // The backup of the running service, then PAKN it consumes after the backup: the restore loses them.
            await ScriptAsync("backup.sh", "--state-dir", before.StateDirectory, "--out", backups, "--no-broker");
            codes.AddRange(await SubmitAsync(citizens, 3));
            await CountedAsync(before, codes, "reporting counts the later PAKN too");
            var figures = await FiguresAsync(before);
            await before.DisposeAsync();

            await using var after = new ServiceHost<VanPhong.Reporting.Marker>(ResourceNames.ReportingDb, broker.Uri, settings);
            var backup = Assert.Single(Directory.GetDirectories(backups));
            await ScriptAsync("restore.sh", backup, "reporting", "--state-dir", after.StateDirectory);
            Assert.Equal(3, await CountInFileAsync(after.DatabasePath));
            Assert.True(File.Exists(after.DatabasePath + ".restored"));

            after.CreateClient();
            await CountedAsync(after, codes, "the restored reporting catches up");
            // Every event was sent again (the three it had as well); let the last of them arrive before comparing.
            await Eventually.HoldsAsync(() => FiguresAsync(after), f => f == figures, what: "the restored reporting has the figures of the one that lost nothing");
            // The PAKN service answered the request in full (the three the backup had as well) and nothing arrived twice.
            await Eventually.HoldsAsync(() => Task.FromResult(Interlocked.Read(ref replayed)), n => n >= codes.Count, what: "the PAKN service sent its retained events again");
            await Task.Delay(TimeSpan.FromSeconds(1), _ct);
            Assert.Equal(figures, await FiguresAsync(after));
            Assert.False(File.Exists(after.DatabasePath + ".restored"));
        }
        finally
        {
            await before.DisposeAsync();
            Directory.Delete(backups, recursive: true);
        }
    }

    private async Task<List<string>> SubmitAsync(HttpClient client, int count)
    {
        var codes = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var response = await client.PostAsJsonAsync(RoutePrefixes.PublicFeedback, Submissions.Valid($"Người gửi sao lưu {i}", phone: "09" + Random.Shared.Next(10_000_000, 99_999_999)), _ct);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            codes.Add((await Submissions.ReadReceiptAsync(response)).TrackingCode);
        }

        return codes;
    }

    private static Task CountedAsync(ServiceHost<VanPhong.Reporting.Marker> reporting, List<string> codes, string what) =>
        Eventually.HoldsAsync(() => reporting.QueryAsync<ReportingDb, int>(db => db.Feedback.CountAsync(f => codes.Contains(f.TrackingCode))), n => n == codes.Count, what: what);

    /// <summary>
    /// What reporting's figures are made of: every PAKN row as projected (the summary's counts by channel and
    /// category come from these), and how many events it logged and applied — one more of either is a double count.
    /// </summary>
    private static Task<string> FiguresAsync(ServiceHost<VanPhong.Reporting.Marker> reporting) =>
        reporting.QueryAsync<ReportingDb, string>(async db =>
        {
            var facts = await db.Feedback.AsNoTracking().OrderBy(f => f.TrackingCode).ToListAsync();
            var logged = await db.EventLog.CountAsync();
            var distinct = await db.EventLog.Select(e => e.MessageId).Distinct().CountAsync();
            var applied = await db.Set<InboxMessage>().CountAsync();
            return JsonSerializer.Serialize(new { facts, logged, distinct, applied });
        });

    private async Task<long> CountInFileAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(_ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM FeedbackFacts";
        return (long)(await command.ExecuteScalarAsync(_ct))!;
    }

    private async Task ScriptAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "scripts", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(_ct);
        var errors = process.StandardError.ReadToEndAsync(_ct);
        try
        {
            await process.WaitForExitAsync(_ct).WaitAsync(TimeSpan.FromMinutes(2), _ct);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within 2 minutes");
        }

        Assert.True(process.ExitCode == 0, $"{script} exited with {process.ExitCode}: {await output}{await errors}");
    }
}
