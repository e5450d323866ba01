using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace VanPhong.Chaos;

/// <summary>A citizen's submission the gateway acknowledged (201): its marker in the content, its receipt, its mailbox.</summary>
public sealed record AckedSubmission(int Number, string Marker, string TrackingCode, string? Email);

/// <summary>
/// The bounded mixed load: citizens submitting at a steady rate (each with its Idempotency-Key, retried on any failure as
/// a careful client would), staff taking a third of them through classification, assignment, drafting, approval and
/// sending, and a unit reporting plan progress. Every write is counted when, and only when, it was acknowledged.
/// </summary>
public sealed class Load(HttpClient gateway, string run)
{
    public const string Password = "Hon-Loan-Kiem-Soat-2026!";

    private static readonly string[] Steps = ["Received", "Accepted", "Assigned", "InProgress", "AnswerDrafted", "Approved", "Answered"];

    private readonly ConcurrentQueue<AckedSubmission> _toAnswer = new();
    private HttpClient _office = null!, _unit = null!, _leader = null!;
    private Guid _item;

    public ConcurrentBag<AckedSubmission> Submissions { get; } = [];

    public ConcurrentBag<string> Answered { get; } = [];

    public int ProgressReports;

    public int Retries;

    public ConcurrentBag<string> Refused { get; } = [];

    /// <summary>Staff accounts and a 2026 plan item to report on.</summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        var admin = await SignInAsync("admin", ChaosSystem.AdminPassword, ct, secondFactor: true);
        foreach (var (user, unit, role) in new[] { ("vp.hl", "VP", "OfficeStaff"), ("cv.hl", "QLDT", "UnitStaff"), ("ldb.hl", "LDB", "Leadership") })
        {
            var created = await admin.PostAsJsonAsync("/api/identity/users", new { userName = user, fullName = "Người thử " + user, unitCode = unit, roles = new[] { role }, password = Password }, ct);
            if (created.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict))
            {
                throw new InvalidOperationException($"Creating {user}: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync(ct)}");
            }
        }

        _office = await SignInAsync("vp.hl", Password, ct);
        _unit = await SignInAsync("cv.hl", Password, ct);
        _leader = await SignInAsync("ldb.hl", Password, ct, secondFactor: true);
        var plan = await _office.PostAsJsonAsync("/api/plans/import", new
        {
            year = 2026, title = "Kế hoạch kiểm soát thủ tục hành chính năm 2026 (thử tải)", decisionNumber = "99/QĐ-KKT", decisionDate = "2026-01-20", legalBases = Array.Empty<string>(), budget = 20_000_000,
            sections = new[] { new { code = "I", title = "Rà soát TTHC", items = new[] { new { code = "I.1", isGroup = false, content = "Rà soát thủ tục lĩnh vực đầu tư", timeframe = "Trong năm 2026", leadUnits = "Phòng Quản lý Đầu tư", expectedResult = "Báo cáo" } } } },
        }, ct);
        var planId = (await plan.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        (await _office.PostAsync($"/api/plans/{planId}/issue", null, ct)).EnsureSuccessStatusCode();
        var items = await _office.GetFromJsonAsync<List<JsonElement>>($"/api/plans/{planId}/items", ct);
        _item = items!.Single(i => i.GetProperty("code").GetString() == "I.1").GetProperty("id").GetGuid();
    }

    public Task RunAsync(TimeSpan duration, double perSecond, CancellationToken ct) => Task.WhenAll(
        SubmitAsync(duration, perSecond, ct),
        AnswerAsync(duration, ct),
        AnswerAsync(duration, ct),
        ReportProgressAsync(duration, ct));

    private async Task SubmitAsync(TimeSpan duration, double perSecond, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        var inFlight = new List<Task>();
        for (var n = 0; DateTime.UtcNow - started < duration; n++)
        {
            var number = n;
            inFlight.Add(Task.Run(() => SubmitOneAsync(number, ct), ct));
            var next = started + TimeSpan.FromSeconds((n + 1) / perSecond);
            if (next > DateTime.UtcNow)
            {
                await Task.Delay(next - DateTime.UtcNow, ct);
            }
        }

        await Task.WhenAll(inFlight);
    }

    private async Task SubmitOneAsync(int number, CancellationToken ct)
    {
        var marker = $"HL-{run}-{number:D5}";
        var email = number % 3 == 0 ? $"nguoi.gui.{run}.{number}@example.vn" : null;
        var body = new
        {
            kind = "Reflection",
            category = "implementation-difficulty",
            content = $"Hồ sơ {marker} đề nghị cấp giấy phép lao động cho người nước ngoài đã quá thời hạn giải quyết nhưng chưa có kết quả.",
            submitter = new { name = "Nguyễn Văn Thử", address = "12 Trần Phú, Nha Trang", phone = "09" + (10_000_000 + number).ToString("D8"), email },
            consentToPublish = true,
            consentToProcessing = true,
        };
        var key = Guid.NewGuid().ToString();
        var response = await UntilAnsweredAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/public/feedback") { Content = JsonContent.Create(body) };
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
            return request;
        }, gateway, ct);
        if (response?.StatusCode != HttpStatusCode.Created)
        {
            Refused.Add($"{marker}: {(int?)response?.StatusCode}");
            return;
        }

        var code = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("trackingCode").GetString()!;
        var acked = new AckedSubmission(number, marker, code, email);
        Submissions.Add(acked);
        if (email is not null)
        {
            _toAnswer.Enqueue(acked);
        }
    }

    private async Task AnswerAsync(TimeSpan duration, CancellationToken ct)
    {
        var until = DateTime.UtcNow + duration;
        while (DateTime.UtcNow < until || !_toAnswer.IsEmpty)
        {
            if (!_toAnswer.TryDequeue(out var submission))
            {
                await Task.Delay(200, ct);
                continue;
            }

            var id = await CaseIdAsync(submission.TrackingCode, ct);
            var path = $"/api/feedback/{id}";
            foreach (var (client, action, body, after) in new (HttpClient, string, object?, string)[]
            {
                (_office, "classify", new { outcome = "WithinAuthority" }, "Accepted"),
                (_office, "assign", new { leadUnit = "QLDT" }, "Assigned"),
                (_unit, "start", null, "InProgress"),
                (_unit, "draft", new { answer = "Ban quản lý đã giải quyết hồ sơ và chấn chỉnh việc chậm trễ.", legalBasis = "Nghị định số 20/2008/NĐ-CP" }, "AnswerDrafted"),
                (_leader, "approve", new { }, "Approved"),
                (_office, "send", new { answerNumber = $"{submission.Number}/KKT-VP" }, "Answered"),
            })
            {
                await StepAsync(client, path, action, body, after, ct);
            }

            Answered.Add(submission.TrackingCode);
        }
    }

    /// <summary>
    /// A step, retried on failure until the case is in the state it leads to: a refusal because the case is already
    /// there means an earlier attempt went through (its answer was lost with the replica that gave it).
    /// </summary>
    private async Task StepAsync(HttpClient client, string path, string action, object? body, string after, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.PostAsync($"{path}/{action}", body is null ? null : JsonContent.Create(body), ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
            }

            Interlocked.Increment(ref Retries);
            if (await StatusAsync(path, ct) is { } status && Array.IndexOf(Steps, status) >= Array.IndexOf(Steps, after))
            {
                return;
            }

            await Task.Delay(500, ct);
        }

        throw new TimeoutException($"{action} of {path} never went through");
    }

    private async Task ReportProgressAsync(TimeSpan duration, CancellationToken ct)
    {
        var until = DateTime.UtcNow + duration;
        for (var percent = 1; DateTime.UtcNow < until && percent < 100; percent++)
        {
            var response = await UntilAnsweredAsync(() => new HttpRequestMessage(HttpMethod.Post, $"/api/plans/items/{_item}/progress")
            {
                Content = JsonContent.Create(new { percent, narrative = $"Đã rà soát {percent} thủ tục." }),
            }, _unit, ct);
            if (response?.IsSuccessStatusCode == true)
            {
                Interlocked.Increment(ref ProgressReports);
            }

            await Task.Delay(1000, ct);
        }
    }

    private async Task<string?> StatusAsync(string path, CancellationToken ct)
    {
        try
        {
            return (await _office.GetFromJsonAsync<JsonElement>(path, ct)).GetProperty("status").GetString();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException && !ct.IsCancellationRequested)
        {
            return null;
        }
    }

    private async Task<Guid> CaseIdAsync(string code, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var rows = await _office.GetFromJsonAsync<List<JsonElement>>($"/api/feedback?q={code}", ct);
                return rows!.Single().GetProperty("id").GetGuid();
            }
            catch (Exception ex) when (attempt < 200 && ex is HttpRequestException or TaskCanceledException or InvalidOperationException && !ct.IsCancellationRequested)
            {
                await Task.Delay(500, ct);
            }
        }
    }

    /// <summary>Sends until the gateway gives an answer that is not a transient failure (5xx, connection lost, timeout), for up to two minutes.</summary>
    private async Task<HttpResponseMessage?> UntilAnsweredAsync(Func<HttpRequestMessage> request, HttpClient client, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var response = await client.SendAsync(request(), ct);
                if ((int)response.StatusCode < 500)
                {
                    return response;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
            }

            Interlocked.Increment(ref Retries);
            await Task.Delay(500, ct);
        }

        return null;
    }

    /// <param name="secondFactor">An administrator or leadership account: it enrols an authenticator first (VanPhong.Testing.Authenticator).</param>
    private async Task<HttpClient> SignInAsync(string user, string password, CancellationToken ct, bool secondFactor = false)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "vanphong-cli",
            ["username"] = user,
            ["password"] = password,
            ["scope"] = "vanphong.api",
        };
        if (secondFactor)
        {
            using var browser = VanPhong.Testing.Authenticator.Browser(gateway.BaseAddress!);
            form["otp"] = (await VanPhong.Testing.Authenticator.EnrolAsync(browser, user, password, ct)).CurrentCode();
        }

        var response = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(form), ct);
        var token = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("access_token").GetString();
        var client = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
