using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VanPhong.Benchmark;
using VanPhong.Topology;

// Usage: scripts/bench.sh [--requests N] [--concurrency C] [--propagation M] [--catalog P] [--searches S]
var requests = Option("--requests", 2000);
var concurrency = Option("--concurrency", 16);
var propagationSamples = Option("--propagation", 50);
var catalogSize = Option("--catalog", 5000);
var searches = Option("--searches", 2000);
var feedbackEvents = Option("--pakn-events", 1_000_000);
var otherEvents = Option("--other-events", 100_000);
var reportRuns = Option("--report-runs", 5);
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

var benchmarkSecret = Guid.NewGuid().ToString("N");
var state = Path.Combine(Path.GetTempPath(), "vanphong-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(state);
Console.WriteLine($"Loading {feedbackEvents:N0} PAKN events and {otherEvents:N0} other events into the reporting read models …");
var load = await ReportingLoad.RunAsync(Path.Combine(state, $"{ResourceNames.ReportingDb}.db"), feedbackEvents, otherEvents);
Console.WriteLine($"Starting the system (app host, RabbitMQ, services, gateway) in {state} …");
var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.VanPhong_AppHost>(
[
    $"StateDirectory={state}",
    "Messaging:Management=false",
    // The benchmark is one client address sending thousands of requests: lift the public rate limit for it.
    "Gateway:PublicSurface:PermitsPerWindow=100000000",
    "Gateway:PublicSurface:PagePermitsPerWindow=100000000",
    // A machine client for reading the reporting figures (client credentials, like a provincial system).
    $"Identity:Clients:vanphong-benchmark:Secret={benchmarkSecret}",
    "Identity:Clients:vanphong-benchmark:Roles:0=Integration",
    // … that also records publication decisions, as the office does, to grow the catalog for the search figures.
    "Identity:Clients:vanphong-benchmark:Roles:1=OfficeStaff",
]);
// Only problems from the app host on the console: the figures are the output.
builder.Services.AddLogging(logging => logging
    .SetMinimumLevel(LogLevel.Warning)
    .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
    .AddFilter("Aspire.Hosting.Dcp", LogLevel.Error));
await using var app = await builder.BuildAsync();
await app.StartAsync();
await app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway);

using var gateway = Client(app.GetEndpoint(ResourceNames.Gateway, "http"));
using var feedback = Client(app.GetEndpoint(ResourceNames.FeedbackService, "http"));
using var reporting = Client(app.GetEndpoint(ResourceNames.ReportingService, "http"));
using var catalog = Client(app.GetEndpoint(ResourceNames.CatalogService, "http"));
using var office = Client(app.GetEndpoint(ResourceNames.Gateway, "http"));
var token = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
{
    ["grant_type"] = "client_credentials",
    ["client_id"] = "vanphong-benchmark",
    ["client_secret"] = benchmarkSecret,
}));
token.EnsureSuccessStatusCode();
var bearer = new System.Net.Http.Headers.AuthenticationHeaderValue(
    "Bearer", (await token.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("access_token").GetString());
reporting.DefaultRequestHeaders.Authorization = bearer;
office.DefaultRequestHeaders.Authorization = bearer;

Console.WriteLine($"Warming up …");
await Drive(gateway, new Measurements("warm-up"), 200, concurrency);
await Drive(feedback, new Measurements("warm-up"), 200, concurrency);

// Side by side: the two paths alternate in rounds so that both see the same machine state.
var viaGateway = new Measurements("POST /public/feedback via gateway");
var direct = new Measurements("POST /public/feedback direct to service");
const int rounds = 4;
for (var round = 0; round < rounds; round++)
{
    await Drive(gateway, viaGateway, requests / rounds, concurrency);
    await Drive(feedback, direct, requests / rounds, concurrency);
}

var propagation = await MeasurePropagation(gateway, reporting, propagationSamples);

Console.WriteLine($"Publishing {catalogSize} generated procedures through the gateway …");
var (published, publishing) = await CatalogSearch.GrowAsync(office, catalogSize);
await CatalogSearch.DriveAsync(gateway, new Measurements("warm-up"), 200, concurrency, published);
await CatalogSearch.DriveAsync(catalog, new Measurements("warm-up"), 200, concurrency, published);
var searchViaGateway = new Measurements("GET /public/procedures via gateway");
var searchDirect = new Measurements("GET /public/procedures direct to service");
for (var round = 0; round < rounds; round++)
{
    await CatalogSearch.DriveAsync(gateway, searchViaGateway, searches / rounds, concurrency, published);
    await CatalogSearch.DriveAsync(catalog, searchDirect, searches / rounds, concurrency, published);
}

Console.WriteLine();
Console.WriteLine($"Submissions: {requests} per path, concurrency {concurrency}, {Environment.ProcessorCount} cores, outbox on, SQLite");
Console.WriteLine($"{"path",-44} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"errors",7}");
foreach (var m in new[] { viaGateway, direct })
{
    Console.WriteLine($"{m.Name,-44} {m.Throughput,8:F0} {m.Percentile(50),8:F1} {m.Percentile(95),8:F1} {m.Percentile(99),8:F1} {m.Failures,7}");
}

Console.WriteLine($"{"gateway / direct",-44} {viaGateway.Throughput / direct.Throughput,8:F2} {viaGateway.Percentile(50) / direct.Percentile(50),8:F2} {viaGateway.Percentile(95) / direct.Percentile(95),8:F2} {viaGateway.Percentile(99) / direct.Percentile(99),8:F2}");
Console.WriteLine();
Console.WriteLine($"Submit → counted by reporting (201 to visible in GET /api/reports/feedback/summary), {propagation.Count} samples:");
Console.WriteLine($"  p50 {propagation.Percentile(50):F1} ms   p95 {propagation.Percentile(95):F1} ms   p99 {propagation.Percentile(99):F1} ms");

var (quarter, year) = (new Measurements("quarter II/2026 via gateway"), new Measurements("year 2026 via gateway"));
var (quarterDirect, yearDirect) = (new Measurements("quarter II/2026 direct to service"), new Measurements("year 2026 direct to service"));
using var reportingDirect = Client(app.GetEndpoint(ResourceNames.ReportingService, "http"));
reportingDirect.DefaultRequestHeaders.Authorization = bearer;
await TimeReport(office, new { kind = "Quarter", year = 2026, number = 2 }, new Measurements("warm-up"));
for (var run = 0; run < reportRuns; run++)
{
    await TimeReport(office, new { kind = "Quarter", year = 2026, number = 2 }, quarter);
    await TimeReport(reportingDirect, new { kind = "Quarter", year = 2026, number = 2 }, quarterDirect);
    await TimeReport(office, new { kind = "Year", year = 2026 }, year);
    await TimeReport(reportingDirect, new { kind = "Year", year = 2026 }, yearDirect);
}

Console.WriteLine();
Console.WriteLine($"Public catalog search: {published + 21} procedures in force ({published} generated, published in decisions of 100 in {publishing.TotalSeconds:F1} s),");
Console.WriteLine($"  {searches} requests per path, concurrency {concurrency}: searches by words with/without diacritics, code, filters, a deep page; every 7th a detail");
Console.WriteLine($"{"path",-44} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"errors",7}");
foreach (var m in new[] { searchViaGateway, searchDirect })
{
    Console.WriteLine($"{m.Name,-44} {m.Throughput,8:F0} {m.Percentile(50),8:F1} {m.Percentile(95),8:F1} {m.Percentile(99),8:F1} {m.Failures,7}");
}

Console.WriteLine($"{"gateway / direct",-44} {searchViaGateway.Throughput / searchDirect.Throughput,8:F2} {searchViaGateway.Percentile(50) / searchDirect.Percentile(50),8:F2} {searchViaGateway.Percentile(95) / searchDirect.Percentile(95),8:F2} {searchViaGateway.Percentile(99) / searchDirect.Percentile(99),8:F2}");

Console.WriteLine();
Console.WriteLine($"Reporting read models: {load.FeedbackEvents:N0} PAKN events + {load.OtherEvents:N0} other events ({load.FeedbackEvents + load.OtherEvents:N0});");
Console.WriteLine($"  written to the event log in {load.Logging.TotalSeconds:F1} s; projected by the rebuild in {load.ProjectionTime.TotalSeconds:F1} s = {load.Projection.EventsPerSecond:N0} events/s");
Console.WriteLine($"Generating the periodic report (POST /api/reports/periodic: compute, store the version), {reportRuns} runs each:");
Console.WriteLine($"{"report",-44} {"median ms",10} {"max ms",8}");
foreach (var m in new[] { quarter, quarterDirect, year, yearDirect })
{
    Console.WriteLine($"{m.Name,-44} {m.Percentile(50),10:F0} {m.Percentile(100),8:F0}");
}

await app.StopAsync();
try
{
    Directory.Delete(state, recursive: true);
}
catch (IOException)
{
}

return viaGateway.Failures + direct.Failures + searchViaGateway.Failures + searchDirect.Failures == 0 ? 0 : 1;

static async Task Drive(HttpClient client, Measurements measurements, int count, int concurrency)
{
    var next = -1;
    using var timing = measurements.Timing();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        while (Interlocked.Increment(ref next) < count)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.PostAsJsonAsync("/public/feedback", Submission(next));
            if (response.StatusCode == HttpStatusCode.Created)
            {
                measurements.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            else
            {
                measurements.Fail();
            }
        }
    }));
}

static async Task TimeReport(HttpClient client, object period, Measurements measurements)
{
    var started = Stopwatch.GetTimestamp();
    using var response = await client.PostAsJsonAsync("/api/reports/periodic", period);
    if (response.StatusCode != HttpStatusCode.Created)
    {
        throw new InvalidOperationException($"Generating a report failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    measurements.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}

static async Task<Measurements> MeasurePropagation(HttpClient gateway, HttpClient reporting, int samples)
{
    var result = new Measurements("propagation");
    var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
    var url = $"/api/reports/feedback/summary?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";

    // Let the load of the throughput phase drain first, so each sample measures one event alone.
    var settled = await Count();
    while (true)
    {
        await Task.Delay(500);
        var now = await Count();
        if (now == settled)
        {
            break;
        }

        settled = now;
    }

    for (var i = 0; i < samples; i++)
    {
        var before = await Count();
        using var response = await gateway.PostAsJsonAsync("/public/feedback", Submission(i));
        var accepted = Stopwatch.GetTimestamp();
        while (await Count() <= before)
        {
            if (Stopwatch.GetElapsedTime(accepted) > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("An event did not reach reporting within 30 s.");
            }
        }

        result.Add(Stopwatch.GetElapsedTime(accepted).TotalMilliseconds);
    }

    return result;

    async Task<int> Count() => (await reporting.GetFromJsonAsync<Summary>(url))!.Received;
}

static object Submission(int _)
{
    // Every submission distinct (content and phone), as real ones are: the same content from the same phone is refused as a duplicate.
    var n = Interlocked.Increment(ref Counter.Value);
    return new
    {
        kind = "Reflection",
        category = "implementation-difficulty",
        content = $"Phản ánh thử tải số {n}: thời gian giải quyết thủ tục đăng ký đầu tư kéo dài hơn quy định.",
        submitter = new { name = $"Người thử tải {n}", address = "Khu kinh tế Vân Phong, Khánh Hòa", phone = $"09{n % 100_000_000:D8}" },
        consentToProcessing = true,
    };
}

static HttpClient Client(Uri baseAddress) => new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = baseAddress };

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
}

internal sealed record Summary(int Received);

internal static class Counter
{
    public static int Value;
}
