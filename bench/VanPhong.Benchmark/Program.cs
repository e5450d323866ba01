using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using VanPhong.Benchmark;
using VanPhong.Topology;

// The benchmark command (scripts/bench.sh): every figure of issue 16 measured side by side in one run, printed at the
// end with its target. Traffic goes to loopback only, bounded in count and time.
var requests = Option("--requests", 2000);
var concurrency = Option("--concurrency", 16);
var sustainSeconds = Option("--sustain-seconds", 60);
var sustainConcurrency = Option("--sustain-concurrency", 64);
var fixedRate = Option("--fixed-rate", 500);
var fixedSeconds = Option("--fixed-seconds", 20);
var propagationSamples = Option("--propagation", 50);
var catalogSize = Option("--catalog", 5000);
var searches = Option("--searches", 2000);
var searchRate = Option("--search-rate", 200);
var searchSeconds = Option("--search-seconds", 15);
var feedbackEvents = Option("--pakn-events", 9_900_000);
var otherEvents = Option("--other-events", 100_000);
var reportRuns = Option("--report-runs", 5);
var registerSize = Option("--cases", 1_000_000);
var listRequests = Option("--list-requests", 210);
// SQLite's page cache per pooled connection in every service (Database:SqliteCacheKiB); the services' default without it.
var sqliteCacheKiB = TextOption("--sqlite-cache-kib");
var profile = TextOption("--profile") is { } profileDirectory ? new Profiler(Path.GetFullPath(profileDirectory), Processes.RepositoryRoot()) : null;
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var figures = new Figures();

var benchmarkSecret = Guid.NewGuid().ToString("N");
var state = Path.Combine(Path.GetTempPath(), "vanphong-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(state);

Console.WriteLine("Measuring the disk: two-row SQLite transactions, WAL, synchronous=FULL, for 5 s …");
var diskCommits = DiskCommitRate.Measure(state, TimeSpan.FromSeconds(5));

Console.WriteLine($"Loading {feedbackEvents:N0} PAKN events and {otherEvents:N0} other events into the reporting read models …");
var load = await ReportingLoad.RunAsync(Path.Combine(state, $"{ResourceNames.ReportingDb}.db"), feedbackEvents, otherEvents);

Console.WriteLine($"Loading {registerSize:N0} PAKN ({registerSize / 10:N0} published answers) into the feedback register …");
var register = await FeedbackLoad.RunAsync(Path.Combine(state, $"{ResourceNames.FeedbackDb}.db"), registerSize);

Console.WriteLine($"Starting the system (app host, RabbitMQ, services, gateway) in {state} …");
var busyBeforeStart = Processes.MachineBusySeconds();
var cpuBeforeStart = Processes.CpuSeconds(state);
var coldStart = Stopwatch.StartNew();
var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.VanPhong_AppHost>(
[
    $"StateDirectory={state}",
    "Messaging:Management=false",
    // No dashboard runs here to receive telemetry (AppHost/TelemetryExport.cs); --telemetry keeps the export anyway.
    $"Telemetry:Export={args.Contains("--telemetry")}",
    // The benchmark is one client address sending thousands of requests: lift the public rate limit for it.
    "Gateway:PublicSurface:PermitsPerWindow=100000000",
    "Gateway:PublicSurface:PagePermitsPerWindow=100000000",
    // A machine client for reading the reporting figures (client credentials, like a provincial system) …
    $"Identity:Clients:vanphong-benchmark:Secret={benchmarkSecret}",
    "Identity:Clients:vanphong-benchmark:Roles:0=Integration",
    // … that also records publication decisions, as the office does, to grow the catalog for the search figures,
    "Identity:Clients:vanphong-benchmark:Roles:1=OfficeStaff",
    // … and reads the outbox's backlog, as an administrator does.
    "Identity:Clients:vanphong-benchmark:Roles:2=Administrator",
    // A unit's officer, who sees only the PAKN the unit leads or coordinates.
    $"Identity:Clients:vanphong-benchmark-unit:Secret={benchmarkSecret}",
    "Identity:Clients:vanphong-benchmark-unit:Roles:0=UnitStaff",
    $"Identity:Clients:vanphong-benchmark-unit:Unit={FeedbackLoad.Units[0]}",
    .. sqliteCacheKiB is null ? Array.Empty<string>() : [$"Database:SqliteCacheKiB={int.Parse(sqliteCacheKiB, CultureInfo.InvariantCulture)}"],
]);
// Only the figures on the console: the app host's and every resource's own logs (forwarded to this process's
// logging) stay out, except errors of the app host itself. A console-specific rule wins over any other rule.
builder.Services.AddLogging(logging => logging
    .ClearProviders()
    .AddSimpleConsole()
    .AddFilter<ConsoleLoggerProvider>((category, level) => level >= LogLevel.Error && category?.Contains(".Resources.", StringComparison.Ordinal) != true
        && category?.StartsWith("Microsoft.Extensions.Diagnostics.HealthChecks", StringComparison.Ordinal) != true
        && category?.StartsWith("Aspire.Hosting.Dcp", StringComparison.Ordinal) != true));
await using var app = await builder.BuildAsync();
var built = coldStart.Elapsed;
// Where the cold start goes: when each resource's process ran and when it was healthy, from the app host's start.
var startedAt = new System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan>();
var healthyAt = new System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan>();
using var watching = new CancellationTokenSource();
var watch = Task.Run(async () =>
{
    try
    {
        await foreach (var e in app.ResourceNotifications.WatchAsync(watching.Token))
        {
            var name = e.Resource.Name;
            if (e.Snapshot.State?.Text == KnownResourceStates.Running)
            {
                startedAt.TryAdd(name, coldStart.Elapsed);
            }

            if (e.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
            {
                healthyAt.TryAdd(name, coldStart.Elapsed);
            }
        }
    }
    catch (OperationCanceledException)
    {
    }
});
await app.StartAsync();
var appHostStarted = coldStart.Elapsed;
var model = app.Services.GetRequiredService<DistributedApplicationModel>();
// Bounded: a resource that cannot start (the broker not installed, a port taken) ends the run with its name, not a wait.
var started = model.Resources.Where(r => r is ProjectResource || r.Name == ResourceNames.Messaging)
    .ToDictionary(r => r.Name, r => app.ResourceNotifications.WaitForResourceHealthyAsync(r.Name));
try
{
    await Task.WhenAll(started.Values).WaitAsync(TimeSpan.FromMinutes(5));
}
catch (TimeoutException)
{
    Console.Error.WriteLine($"Not healthy after 5 minutes: {string.Join(", ", started.Where(s => !s.Value.IsCompletedSuccessfully).Select(s => s.Key))}. "
        + "The resources' own logs are in the Aspire dashboard of scripts/run.sh, or in DCP's files under $TMPDIR/aspire-dcp*.");
    return 2;
}

coldStart.Stop();
var startCpu = Processes.CpuSeconds(state).ToDictionary(c => c.Key, c => c.Value - cpuBeforeStart.GetValueOrDefault(c.Key));
var startBusy = Processes.MachineBusySeconds() - busyBeforeStart;
await watching.CancelAsync();
await watch;
var resourcesStarted = model.Resources.Count(r => r is ProjectResource || r.Name == ResourceNames.Messaging);
if (args.Contains("--start-only"))
{
    // Only the cold start and where it goes (to weigh a change of the start order in a minute, not a whole run).
    PrintColdStart();
    figures.AtMost($"cold start: app host to {resourcesStarted} resources healthy", coldStart.Elapsed.TotalSeconds, 30, "s", "F1");
    figures.Print();
    await app.StopAsync();
    try
    {
        Directory.Delete(state, recursive: true);
    }
    catch (IOException)
    {
    }

    return 0;
}


using var gateway = Client(app.GetEndpoint(ResourceNames.Gateway, "http"));
using var feedback = Client(app.GetEndpoint(ResourceNames.FeedbackService, "http"));
using var catalog = Client(app.GetEndpoint(ResourceNames.CatalogService, "http"));
using var reporting = Client(app.GetEndpoint(ResourceNames.ReportingService, "http"));
using var office = Client(app.GetEndpoint(ResourceNames.Gateway, "http"));
var bearer = await BearerAsync("vanphong-benchmark");
reporting.DefaultRequestHeaders.Authorization = bearer;
office.DefaultRequestHeaders.Authorization = bearer;
using var unitOfficer = Client(app.GetEndpoint(ResourceNames.Gateway, "http"));
unitOfficer.DefaultRequestHeaders.Authorization = await BearerAsync("vanphong-benchmark-unit");

Console.WriteLine("Warming up …");
await Load.ClosedAsync(new Measurements("warm-up"), concurrency, n => Submit(gateway, n), count: 400);
await Load.ClosedAsync(new Measurements("warm-up"), concurrency, n => Submit(feedback, n), count: 400);

// 1. Side by side: the two paths alternate in rounds so that both see the same machine state.
Console.WriteLine($"Submissions side by side, {requests} per path …");
var viaGateway = new Measurements("POST /public/feedback via gateway");
var direct = new Measurements("POST /public/feedback direct to service");
const int rounds = 4;
for (var round = 0; round < rounds; round++)
{
    await Load.ClosedAsync(viaGateway, concurrency, n => Submit(gateway, n), count: requests / rounds);
    await Load.ClosedAsync(direct, concurrency, n => Submit(feedback, n), count: requests / rounds);
}

// 2. Sustained: as fast as the system takes them, through the gateway, with the propagation to reporting measured
// as it goes and the backlog's drain after the load stops.
Console.WriteLine($"Sustained submissions through the gateway for {sustainSeconds} s, {sustainConcurrency} clients …");
await WaitForQuietAsync();
var sustained = new Measurements("sustained via gateway");
TimeSpan drained;
int unpublishedAtStop;
int acceptedSustained;
Measurements underLoad;
Dictionary<string, double> cpuUsed;
double machineBusy;
await using (var propagation = new Propagation(reporting))
{
    await propagation.StartAsync();
    profile?.Start(Processes.PeakWorkingSets().Select(p => (p.Service, p.Pid)), TimeSpan.FromSeconds(Math.Min(sustainSeconds, 20)));
    var cpuBefore = Processes.CpuSeconds(state);
    var busyBefore = Processes.MachineBusySeconds();
    await Load.ClosedAsync(sustained, sustainConcurrency, async n =>
    {
        if (!await Submit(gateway, n))
        {
            return false;
        }

        propagation.Accept();
        return true;
    }, duration: TimeSpan.FromSeconds(sustainSeconds));
    machineBusy = Processes.MachineBusySeconds() - busyBefore;
    cpuUsed = Processes.CpuSeconds(state).ToDictionary(c => c.Key, c => c.Value - cpuBefore.GetValueOrDefault(c.Key));
    unpublishedAtStop = await PendingAsync();
    drained = await propagation.DrainedAsync(TimeSpan.FromSeconds(120));
    acceptedSustained = propagation.Accepted;
    underLoad = propagation.Delays;
}

if (profile is not null)
{
    await profile.ReportAsync();
}

// 3. Latency at a fixed rate (open loop), through the gateway.
Console.WriteLine($"Submissions at a fixed {fixedRate}/s for {fixedSeconds} s through the gateway …");
await WaitForQuietAsync();
var atFixedRate = new Measurements($"{fixedRate}/s via gateway");
await Load.OpenAsync(atFixedRate, fixedRate, TimeSpan.FromSeconds(fixedSeconds), n => Submit(gateway, n));

// 4. Propagation of one submission alone, on a quiet system.
await WaitForQuietAsync();
var alone = await MeasurePropagationAlone(gateway, propagationSamples);

// 5. Public catalog search.
Console.WriteLine($"Publishing {catalogSize} generated procedures through the gateway …");
var (published, publishing) = await CatalogSearch.GrowAsync(office, catalogSize);
// The catalog's announcements of what it published leave first: the search is measured on a quiet catalog.
await WaitForQuietAsync("/api/procedures");
await CatalogSearch.DriveAsync(gateway, new Measurements("warm-up"), 300, concurrency, published);
await CatalogSearch.DriveAsync(catalog, new Measurements("warm-up"), 300, concurrency, published);
var searchViaGateway = new Measurements("GET /public/procedures via gateway");
var searchDirect = new Measurements("GET /public/procedures direct to service");
for (var round = 0; round < rounds; round++)
{
    await CatalogSearch.DriveAsync(gateway, searchViaGateway, searches / rounds, concurrency, published);
    await CatalogSearch.DriveAsync(catalog, searchDirect, searches / rounds, concurrency, published);
}

var searchAtRate = new Measurements($"search {searchRate}/s via gateway");
await Load.OpenAsync(searchAtRate, searchRate, TimeSpan.FromSeconds(searchSeconds), n => CatalogSearch.GetAsync(gateway, n, published));

// 6. The register's lists: published answers (public) and the staff PAKN list (the office, and one unit), paged
// and filtered in the database over the loaded register.
Console.WriteLine("Published answers and the staff PAKN list over the register …");
// The run outlasts an access token (a full-scale run takes half an hour): fresh ones for the phases after the load.
await RefreshTokensAsync();
string[] answerQueries =
[
    "/public/feedback/answers", "/public/feedback/answers?q=giay%20phep", "/public/feedback/answers?category=procedure-burden",
    "/public/feedback/answers?page=400", "/public/feedback/answers?q=%C4%91%E1%BA%A7u%20t%C6%B0&category=regulation-content",
];
string[] officeQueries =
[
    "/api/feedback?pageSize=50", "/api/feedback?unit=QHXD&pageSize=50", "/api/feedback?status=InProgress&pageSize=50",
    "/api/feedback?category=staff-conduct&status=Assigned&pageSize=50", "/api/feedback?overdue=true&pageSize=50",
    "/api/feedback?q=giay%20phep%20lao%20dong&pageSize=50", "/api/feedback?page=200&pageSize=50",
];
string[] unitQueries = ["/api/feedback?pageSize=50", "/api/feedback?status=InProgress&pageSize=50", "/api/feedback?page=20&pageSize=50"];
var answersList = new Measurements("GET /public/feedback/answers via gateway");
var officeList = new Measurements("GET /api/feedback (office) via gateway");
var unitList = new Measurements("GET /api/feedback (one unit) via gateway");
await Load.ClosedAsync(new Measurements("warm-up"), 4, n => GetOkAsync(gateway, answerQueries[n % answerQueries.Length]), count: 50);
await Load.ClosedAsync(answersList, 4, n => GetOkAsync(gateway, answerQueries[n % answerQueries.Length]), count: listRequests);
await Load.ClosedAsync(new Measurements("warm-up"), 4, n => GetOkAsync(office, officeQueries[n % officeQueries.Length]), count: 50);
await Load.ClosedAsync(officeList, 4, n => GetOkAsync(office, officeQueries[n % officeQueries.Length]), count: listRequests);
await Load.ClosedAsync(unitList, 4, n => GetOkAsync(unitOfficer, unitQueries[n % unitQueries.Length]), count: listRequests);
var answersTotal = (await gateway.GetFromJsonAsync<System.Text.Json.JsonElement>("/public/feedback/answers")).GetProperty("total").GetInt32();
var officeTotal = await TotalAsync(office, "/api/feedback?pageSize=1");
var unitTotal = await TotalAsync(unitOfficer, "/api/feedback?pageSize=1");
var overdueTotal = await TotalAsync(office, "/api/feedback?overdue=true&pageSize=1");

// 7. Reports over the reporting load.
await RefreshTokensAsync();
var (quarter, year) = (new Measurements("quarter II/2026 via gateway"), new Measurements("year 2026 via gateway"));
var (quarterDirect, yearDirect) = (new Measurements("quarter II/2026 direct to service"), new Measurements("year 2026 direct to service"));
using var reportingDirect = Client(app.GetEndpoint(ResourceNames.ReportingService, "http"));
reportingDirect.DefaultRequestHeaders.Authorization = office.DefaultRequestHeaders.Authorization;
await TimeReport(office, new { kind = "Quarter", year = 2026, number = 2 }, new Measurements("warm-up"));
for (var run = 0; run < reportRuns; run++)
{
    await TimeReport(office, new { kind = "Quarter", year = 2026, number = 2 }, quarter);
    await TimeReport(reportingDirect, new { kind = "Quarter", year = 2026, number = 2 }, quarterDirect);
    await TimeReport(office, new { kind = "Year", year = 2026 }, year);
    await TimeReport(reportingDirect, new { kind = "Year", year = 2026 }, yearDirect);
}

var peaks = Processes.PeakWorkingSets();

Console.WriteLine();
Console.WriteLine($"Run of {DateTime.UtcNow.AddHours(7):yyyy-MM-dd HH:mm} (UTC+7), {Environment.ProcessorCount} cores, everything on this machine (broker, services, web, gateway, benchmark client); SQLite page cache {sqliteCacheKiB ?? "16384 (the default)"} KiB a connection");
Console.WriteLine();
PrintColdStart();
PrintLatencies($"Submissions side by side ({requests} per path, {concurrency} clients, outbox on, SQLite synchronous=FULL):", viaGateway, direct);
PrintLatencies($"Sustained {sustainSeconds} s ({sustainConcurrency} clients) and fixed {fixedRate}/s for {fixedSeconds} s, through the gateway:", sustained, atFixedRate);
PrintCpu();
PrintRows($"Propagation, 201 to counted by reporting: under the sustained load ({underLoad.Count} submissions, poll every {Propagation.PollEvery.TotalMilliseconds:F0} ms) and alone ({alone.Count} samples):", true, [underLoad, alone]);
PrintLatencies($"Public catalog search, {published + 21} procedures in force ({published} generated, published in decisions of 100 in {publishing.TotalSeconds:F1} s), {searches} per path, {concurrency} clients:", searchViaGateway, searchDirect);
PrintLatencies($"Public catalog search at a fixed {searchRate}/s for {searchSeconds} s, through the gateway:", searchAtRate);
PrintLatencies($"Lists over the register ({register.Cases:N0} PAKN loaded in {register.Took.TotalSeconds:F0} s; {answersTotal:N0} published answers; the office sees {officeTotal:N0}, unit {FeedbackLoad.Units[0]} {unitTotal:N0}, overdue {overdueTotal:N0}), {listRequests} requests each, 4 clients, a mix of filters, text and deep pages:", answersList, officeList, unitList);
Console.WriteLine($"Reporting read models: {load.FeedbackEvents:N0} PAKN events + {load.OtherEvents:N0} other events ({load.FeedbackEvents + load.OtherEvents:N0});");
Console.WriteLine($"  written to the event log in {load.Logging.TotalSeconds:F1} s; projected (the rebuild's batch projection, from memory) in {load.ProjectionTime.TotalSeconds:F1} s = {load.Projection.EventsPerSecond:N0} events/s");
Console.WriteLine($"{"report (POST /api/reports/periodic)",-44} {"median ms",10} {"max ms",8}");
foreach (var m in new[] { quarter, quarterDirect, year, yearDirect })
{
    Console.WriteLine($"{m.Name,-44} {m.Percentile(50),10:F0} {m.Percentile(100),8:F0}");
}

Console.WriteLine();
var sustainedRate = sustained.Throughput;
figures.Info("disk: two-row SQLite commits/s (WAL, FULL)", $"{diskCommits:N0}/s");
figures.AtLeast($"submissions/s sustained {sustainSeconds} s via gateway", sustainedRate, 1500, "/s");
figures.AtMost("  errors in the sustained run", sustained.Failures, 0, "");
figures.AtLeast("  as a fraction of the disk's commit rate", sustainedRate / diskCommits, 0.15, "", "F2");
figures.AtMost($"submission p99 at a fixed {fixedRate}/s", atFixedRate.Percentile(99), 50, "ms", "F1");
figures.AtMost($"  errors at {fixedRate}/s", atFixedRate.Failures, 0, "");
figures.AtMost("propagation p95 under the sustained load", underLoad.Percentile(95), 1000, "ms", "F0");
figures.Info("  unpublished outbox rows when the load stopped", unpublishedAtStop.ToString("N0"));
figures.AtMost("  backlog back to zero after the load stopped", drained == TimeSpan.MaxValue ? double.PositiveInfinity : drained.TotalSeconds, 10, "s", "F1");
figures.Info("  submissions counted by reporting", $"{acceptedSustained:N0} of {sustained.Count:N0}");
figures.AtLeast("gateway/direct throughput, submissions", viaGateway.Throughput / direct.Throughput, 0.85, "", "F2");
figures.AtLeast("gateway/direct throughput, searches", searchViaGateway.Throughput / searchDirect.Throughput, 0.85, "", "F2");
figures.AtMost($"search p99 at a fixed {searchRate}/s", searchAtRate.Percentile(99), 20, "ms", "F1");
figures.AtMost($"  errors at {searchRate}/s", searchAtRate.Failures, 0, "");
figures.AtMost($"published answers p99 ({answersTotal:N0} published)", answersList.Percentile(99), 20, "ms", "F1");
figures.AtMost($"staff PAKN list p99, office ({officeTotal:N0} PAKN)", officeList.Percentile(99), 50, "ms", "F1");
figures.AtMost($"staff PAKN list p99, one unit ({unitTotal:N0} visible)", unitList.Percentile(99), 50, "ms", "F1");
figures.AtMost("  list errors", answersList.Failures + officeList.Failures + unitList.Failures, 0, "");
figures.AtMost($"quarterly report over {load.FeedbackEvents + load.OtherEvents:N0} events (median)", quarter.Percentile(50), 1000, "ms");
figures.AtMost($"annual report over {load.FeedbackEvents + load.OtherEvents:N0} events (median)", year.Percentile(50), 2000, "ms");
figures.AtMost($"cold start: app host to {resourcesStarted} resources healthy", coldStart.Elapsed.TotalSeconds, 30, "s", "F1");
foreach (var (service, _, peak) in peaks)
{
    figures.AtMost($"peak working set {service}", peak, 300, "MB");
}

figures.Print();

await app.StopAsync();
try
{
    Directory.Delete(state, recursive: true);
}
catch (IOException)
{
}

return answersList.Failures + officeList.Failures + unitList.Failures + viaGateway.Failures + direct.Failures + sustained.Failures + atFixedRate.Failures + searchViaGateway.Failures + searchDirect.Failures + searchAtRate.Failures == 0 ? 0 : 1;

async Task<bool> Submit(HttpClient client, int n)
{
    try
    {
        using var response = await client.PostAsJsonAsync("/public/feedback", Submission(n));
        return response.StatusCode == HttpStatusCode.Created;
    }
    catch (HttpRequestException)
    {
        return false;
    }
}

async Task<System.Net.Http.Headers.AuthenticationHeaderValue> BearerAsync(string clientId)
{
    using var token = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId,
        ["client_secret"] = benchmarkSecret,
    }));
    token.EnsureSuccessStatusCode();
    return new("Bearer", (await token.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("access_token").GetString());
}

async Task RefreshTokensAsync()
{
    var fresh = await BearerAsync("vanphong-benchmark");
    reporting.DefaultRequestHeaders.Authorization = fresh;
    office.DefaultRequestHeaders.Authorization = fresh;
    unitOfficer.DefaultRequestHeaders.Authorization = await BearerAsync("vanphong-benchmark-unit");
}

static async Task<bool> GetOkAsync(HttpClient client, string url)
{
    try
    {
        using var response = await client.GetAsync(url);
        return response.IsSuccessStatusCode;
    }
    catch (HttpRequestException)
    {
        return false;
    }
}

static async Task<int> TotalAsync(HttpClient client, string url)
{
    using var response = await client.GetAsync(url);
    response.EnsureSuccessStatusCode();
    return int.Parse(response.Headers.GetValues("X-Total-Count").Single(), CultureInfo.InvariantCulture);
}

async Task<int> PendingAsync(string api = "/api/feedback")
{
    var status = await office.GetFromJsonAsync<System.Text.Json.JsonElement>($"{api}/admin/messaging");
    return status.GetProperty("pending").GetInt32();
}

// Between phases: the previous phase's events are out and counted, so each phase starts on the same quiet system.
async Task WaitForQuietAsync(string api = "/api/feedback")
{
    var started = Stopwatch.GetTimestamp();
    while (await PendingAsync(api) > 0 && Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(120))
    {
        await Task.Delay(250);
    }
}

async Task<Measurements> MeasurePropagationAlone(HttpClient client, int samples)
{
    var result = new Measurements("propagation alone");
    var probe = new Propagation(reporting);
    for (var i = 0; i < samples; i++)
    {
        var before = await probe.CountAsync();
        if (!await Submit(client, i))
        {
            result.Fail();
            continue;
        }

        var accepted = Stopwatch.GetTimestamp();
        while (await probe.CountAsync() <= before)
        {
            if (Stopwatch.GetElapsedTime(accepted) > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("An event did not reach reporting within 30 s.");
            }
        }

        result.Add(Stopwatch.GetElapsedTime(accepted).TotalMilliseconds);
    }

    await probe.DisposeAsync();
    return result;
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

// Where the sustained load's CPU went: per process, its share of the machine and its cost per accepted submission.
void PrintCpu()
{
    var capacity = Environment.ProcessorCount * sustained.Elapsed.TotalSeconds;
    Console.WriteLine($"CPU during the sustained load ({sustained.Elapsed.TotalSeconds:F0} s x {Environment.ProcessorCount} cores = {capacity:F0} CPU s; the machine was busy {machineBusy:F0} CPU s, {machineBusy / capacity:P0}; {sustained.Count:N0} submissions):");
    Console.WriteLine($"  {"process",-44} {"CPU s",8} {"share",8} {"ms/subm.",8}");
    foreach (var (process, used) in cpuUsed.Where(c => c.Value > 0).OrderByDescending(c => c.Value))
    {
        Console.WriteLine($"  {process,-44} {used,8:F1} {used / capacity,8:P0} {used * 1000 / Math.Max(1, sustained.Count),8:F2}");
    }

    var other = machineBusy - cpuUsed.Values.Sum();
    Console.WriteLine($"  {"anything else on the machine",-44} {other,8:F1} {other / capacity,8:P0}");
    if (!cpuUsed.ContainsKey("Feedback"))
    {
        // Said, not left to be read from an empty table: the services were not found among the run's processes.
        Console.WriteLine("  (no service process was found among the processes this run started: the table cannot say where the CPU went)");
    }

    Console.WriteLine();
}

void PrintColdStart()
{
    Console.WriteLine($"Cold start, seconds from the app host's build: built {built.TotalSeconds:F1}, started {appHostStarted.TotalSeconds:F1}, every resource healthy {coldStart.Elapsed.TotalSeconds:F1}:");
    Console.WriteLine($"  {"resource",-28} {"running",8} {"healthy",8} {"took",6}");
    foreach (var name in started.Keys.OrderBy(n => healthyAt.GetValueOrDefault(n, TimeSpan.MaxValue)))
    {
        var running = startedAt.TryGetValue(name, out var r) ? r.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) : "-";
        var healthy = healthyAt.TryGetValue(name, out var h) ? h.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) : "-";
        var took = startedAt.ContainsKey(name) && healthyAt.ContainsKey(name) ? (h - r).TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) : "-";
        Console.WriteLine($"  {name,-28} {running,8} {healthy,8} {took,6}");
    }

    Console.WriteLine($"  CPU seconds used by then (the machine: {startBusy:F1} of {coldStart.Elapsed.TotalSeconds * Environment.ProcessorCount:F1}): "
        + string.Join(", ", startCpu.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value:F1}")));
    Console.WriteLine();
}

static void PrintLatencies(string title, params Measurements[] rows) => PrintRows(title, false, rows);

static void PrintRows(string title, bool latencyOnly, Measurements[] rows)
{
    Console.WriteLine(title);
    Console.WriteLine($"  {"path",-44} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"errors",7}");
    foreach (var m in rows)
    {
        var rate = latencyOnly ? "" : m.Throughput.ToString("F0");
        Console.WriteLine($"  {m.Name,-44} {rate,8} {m.Percentile(50),8:F1} {m.Percentile(95),8:F1} {m.Percentile(99),8:F1} {m.Failures,7}");
    }

    if (rows.Length == 2 && !latencyOnly)
    {
        var (a, b) = (rows[0], rows[1]);
        Console.WriteLine($"  {"ratio (first / second)",-44} {a.Throughput / b.Throughput,8:F2} {a.Percentile(50) / b.Percentile(50),8:F2} {a.Percentile(95) / b.Percentile(95),8:F2} {a.Percentile(99) / b.Percentile(99),8:F2}");
    }

    Console.WriteLine();
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

static HttpClient Client(Uri baseAddress) => new(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

string? TextOption(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
}

internal static class Counter
{
    public static int Value;
}
