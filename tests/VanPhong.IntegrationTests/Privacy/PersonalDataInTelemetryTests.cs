using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Privacy;

/// <summary>
/// A PAKN's personal data stays in the feedback service's own records: it is never written to a log, a trace or a
/// metric of any service or the gateway, and never reaches another service in an event. One PAKN is taken through
/// its whole handling (submitted, answered by e-mail, published, looked up, read through Open311, asked for by its
/// data subject with the phone in the query string) while everything the services would export is captured; then the
/// capture and the other services' database files are searched for the submitter's name, phone, e-mail and address.
/// </summary>
public sealed class PersonalDataInTelemetryTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task The_submitters_data_is_in_no_log_trace_metric_or_event()
    {
        var suffix = Random.Shared.Next(1_000_000, 9_999_999).ToString();
        var name = "Đoàn Thị Mỹ Quyên";
        var phone = "09" + suffix[..1] + suffix; // ten digits, unique to this run
        var email = $"quyen.dtm.{suffix}@example.vn";
        var street = $"{suffix} hẻm Bạch Đằng";
        var body = new
        {
            kind = "Reflection",
            category = "implementation-difficulty",
            content = $"Hồ sơ số {suffix} đề nghị cấp giấy phép lao động đã quá hạn giải quyết nhưng chưa có kết quả.",
            submitter = new { name, address = $"{street}, phường Ninh Hiệp, thị xã Ninh Hòa", phone = $"({phone[..4]}) {phone[4..7]} {phone[7..]}", email },
            consentToPublish = true,
            consentToProcessing = true,
        };

        using var capture = await TelemetryCapture.StartAsync();
        var submitted = await FeedbackFlow.InStatusAsync(P, "Published", body);
        await Eventually.HoldsAsync(() => Task.FromResult(P.Mail.Messages.Count(m => m.To.Contains(email))), n => n >= 1, what: "the answer is mailed");
        var lookup = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicFeedback}/{submitted.Code}?key={submitted.Key}", _ct);
        Assert.Equal(submitted.Code, lookup.GetProperty("trackingCode").GetString());
        Assert.NotEmpty((await P.Anonymous.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.PublicOpen311}/v2/requests/{submitted.Code}.json", _ct))!);
        var office = await P.ClientForAsync(TestUsers.Office);
        var subject = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Feedback}/privacy/subject?reference=DON-{suffix}&phone={phone}&email={Uri.EscapeDataString(email)}", _ct);
        Assert.Equal(name, Assert.Single(subject.GetProperty("cases").EnumerateArray()).GetProperty("submitter").GetProperty("name").GetString());
        await Eventually.HoldsAsync(
            () => Task.FromResult(FileContains(P.Reporting.DatabasePath, submitted.Code)), seen => seen, what: "reporting has consumed the PAKN's events");

        var records = capture.Records.ToList();
        // The capture sees this PAKN's traffic (its code is in the traces' paths and in the log of the mail sent):
        // a search that finds nothing below is a search of the right output.
        Assert.Contains(records, r => r.StartsWith("trace ") && r.Contains(submitted.Code));
        Assert.Contains(records, r => r.StartsWith("log ") && r.Contains(submitted.Code));
        string[] personal = [name, phone, phone[1..], $"{phone[..4]}) {phone[4..7]}", email, street];
        foreach (var needle in personal)
        {
            var leaks = records.Where(r => r.Contains(needle, StringComparison.OrdinalIgnoreCase)).Take(3).ToList();
            Assert.True(leaks.Count == 0, $"'{needle}' in the telemetry of {records.Count} records:\n{string.Join("\n", leaks)}");
        }

        // The events the other services received and stored (their event logs, copies and reports) carry none of it.
        foreach (var database in new[] { P.Reporting.DatabasePath, P.Plans.DatabasePath, P.Catalog.DatabasePath, P.Identity.DatabasePath })
        {
            foreach (var needle in personal)
            {
                Assert.False(FileContains(database, needle), $"'{needle}' in {Path.GetFileName(database)}");
            }
        }
    }

    /// <summary>Whether the SQLite database (with its write-ahead log) holds the text, as SQLite stores it (UTF-8).</summary>
    private static bool FileContains(string database, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return new[] { database, database + "-wal" }.Where(File.Exists).Any(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) >= 0;
        });
    }
}
