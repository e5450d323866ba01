using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using VanPhong.Fuzz;

// Usage: scripts/fuzz.sh [--seed 13] [--per-endpoint 100] [--seconds 600]
// "Stored" = rows added to an endpoint's tables by a request that was refused (not 2xx); a mutated request that is
// still valid and answered 2xx is "accepted" and may store, as any valid request does.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
int Option(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
var seed = Option("--seed", 13);
var perEndpoint = Option("--per-endpoint", 100);
var seconds = Option("--seconds", 600);

// Bounded in time whatever happens: start-up, the requests and shutdown.
using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(seconds) + TimeSpan.FromMinutes(6));
await using var system = await FuzzSystem.StartAsync(cancel.Token);
if (system.Gateway.BaseAddress is not { } address || !(address.IsLoopback || IPAddress.TryParse(address.Host, out var ip) && IPAddress.IsLoopback(ip)))
{
    Console.Error.WriteLine($"fuzz: the gateway is not on loopback ({system.Gateway.BaseAddress}); refusing to send.");
    return 2;
}

var clients = await Endpoints.ClientsAsync(system.Gateway, cancel.Token);
var (code, key) = await Endpoints.SubmitAsync(clients[Caller.Citizen], cancel.Token);
var mutator = new Mutator(seed);
var deadline = Stopwatch.StartNew();
var rows = new List<(string Endpoint, int Requests, int Accepted, int Refused, int ServerErrors, long Stored)>();
var serial = 1_000;
var firstErrors = new List<string>();
foreach (var endpoint in Endpoints.All(code, key))
{
    int requests = 0, accepted = 0, refused = 0, serverErrors = 0;
    long stored = 0;
    for (var n = 0; n < perEndpoint && deadline.Elapsed < TimeSpan.FromSeconds(seconds); n++)
    {
        var valid = System.Text.Encoding.UTF8.GetBytes(endpoint.Body(++serial));
        var (kind, body, contentType, query) = mutator.Mutate(valid, endpoint.ContentType, endpoint.Query);
        using var request = new HttpRequestMessage(endpoint.Method, endpoint.Path + query);
        if (endpoint.Method != HttpMethod.Get)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var before = endpoint.Stores.Sum(s => system.Count(s.Database, s.Table));
        int status;
        try
        {
            using var response = await clients[endpoint.Caller].SendAsync(request, cancel.Token);
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            status = 599; // no answer at all: the server failed as surely as with a 500
        }

        requests++;
        var added = endpoint.Stores.Sum(s => system.Count(s.Database, s.Table)) - before;
        if (status is >= 200 and < 300)
        {
            accepted++;
        }
        else if (status >= 500)
        {
            serverErrors++;
            stored += Math.Max(added, 0);
            if (firstErrors.Count < 10)
            {
                firstErrors.Add($"  {endpoint.Name} #{n} ({kind}): {status}");
            }
        }
        else
        {
            refused++;
            stored += Math.Max(added, 0);
        }
    }

    rows.Add((endpoint.Name, requests, accepted, refused, serverErrors, stored));
}

Console.WriteLine($"fuzz (seed {seed}, {perEndpoint} per endpoint, loopback {system.Gateway.BaseAddress})");
Console.WriteLine($"{"endpoint",-42} {"requests",8} {"2xx",6} {"4xx",6} {"5xx",6} {"stored",7}");
foreach (var r in rows)
{
    Console.WriteLine($"{r.Endpoint,-42} {r.Requests,8} {r.Accepted,6} {r.Refused,6} {r.ServerErrors,6} {r.Stored,7}");
}

foreach (var error in firstErrors)
{
    Console.WriteLine(error);
}

var total = rows.Sum(r => r.Requests);
var fives = rows.Sum(r => r.ServerErrors);
var storedTotal = rows.Sum(r => r.Stored);
Console.WriteLine($"fuzz: {total} requests, {fives} × 5xx, {storedTotal} stored");
return fives == 0 && storedTotal == 0 ? 0 : 1;
