using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Feedback;

public sealed class SubmittingFeedbackTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>, IDisposable
{
    private Platform P => fixture.Platform;

    public void Dispose() => P.ResetClocks();

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_valid_submission_is_stored_with_its_event_and_reaches_reporting()
    {
        // Thursday 19/01/2023, the eve of Tết Quý Mão (20–26/01): a day no other test submits on.
        P.FeedbackClock.AdjustTime(new DateTimeOffset(2023, 1, 19, 9, 30, 0, TimeSpan.FromHours(7)));

        var response = await P.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, Submissions.ValidSubmission(), _ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await Submissions.ReadReceiptAsync(response);
        Assert.Matches(@"^PAKN-\d{4}-\d{6}$", receipt.TrackingCode);
        Assert.Matches(@"^[2-9A-Z]{5}-[2-9A-Z]{5}$", receipt.LookupKey);
        Assert.Equal($"{RoutePrefixes.PublicFeedback}/{receipt.TrackingCode}", response.Headers.Location?.OriginalString);
        Assert.StartsWith("PAKN-2023-", receipt.TrackingCode);
        // Five working days counted after the holiday: 27, 30, 31/01, 01 and 02/02.
        Assert.Equal(new DateOnly(2023, 2, 2), receipt.ClassificationDueOn);

        var fact = await Eventually.HoldsAsync(
            () => P.Reporting.QueryAsync<ReportingDb, FeedbackFact?>(db => db.Feedback.SingleOrDefaultAsync(f => f.TrackingCode == receipt.TrackingCode)),
            f => f is not null, what: "the FeedbackReceived event reaches reporting");
        Assert.Equal("implementation-difficulty", fact!.Category);
        Assert.Equal("1.014199", fact.ProcedureCode);
        Assert.Equal(receipt.ClassificationDueOn, fact.ClassificationDueOn);

        var office = await P.ClientForAsync(TestUsers.Office);
        var summary = await office.GetFromJsonAsync<SummaryView>($"{RoutePrefixes.Reports}/feedback/summary?from=2023-01-19&to=2023-01-19", _ct);
        Assert.Equal(1, summary!.Received);
        Assert.Equal(1, summary.ByChannel["Online"]);
    }

    [Fact]
    public async Task The_trace_of_a_submission_continues_into_the_consuming_service()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var consumedInTrace = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "MassTransit",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == traceId && activity.Kind == ActivityKind.Consumer)
                {
                    consumedInTrace.TrySetResult();
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        using var request = new HttpRequestMessage(HttpMethod.Post, RoutePrefixes.PublicFeedback)
        {
            Content = JsonContent.Create(Submissions.ValidSubmission("Phạm Thị Dung")),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var response = await P.Anonymous.SendAsync(request, _ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        await consumedInTrace.Task.WaitAsync(TimeSpan.FromSeconds(30), _ct);
    }

    [Fact]
    public async Task A_submission_without_contact_is_refused_and_nothing_is_stored()
    {
        var name = "Nguyễn Văn Không Liên Lạc " + Guid.NewGuid().ToString("N")[..6];
        var response = await P.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, Submissions.ValidSubmission(name, phone: null), _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemWithErrors>(_ct);
        Assert.Contains("submitter.phone", problem!.Errors!.Keys);
        Assert.Equal("Phản ánh, kiến nghị chưa hợp lệ", problem.Title);

        Assert.False(await P.Feedback.QueryAsync<FeedbackDb, bool>(db => db.Cases.AnyAsync(c => c.Submitter.Name == name)));
    }

    [Theory]
    [InlineData("{\"kind\": \"Reflection\", \"content\": ")]
    [InlineData("not json at all")]
    public async Task Malformed_json_gets_a_problem_and_changes_nothing(string body)
    {
        var outboxBefore = await OutboxCountAsync();
        var response = await P.Anonymous.PostAsync(RoutePrefixes.PublicFeedback, new StringContent(body, Encoding.UTF8, "application/json"), _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemWithErrors>(_ct);
        Assert.Contains("JSON", problem!.Detail);
        Assert.Equal(outboxBefore, await OutboxCountAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_UTF8_is_refused()
    {
        var json = """{"kind":"Reflection","category":"other","content":"Nội dung AAAAAAAAAAAAAAAAAAAAAAA","submitter":{"name":"X","address":"Y","phone":"0912345678"}}""";
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        bytes.InsertRange(json.IndexOf("AAAA", StringComparison.Ordinal), new byte[] { 0xC3, 0x28, 0xFF });
        var content = new ByteArrayContent(bytes.ToArray());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await P.Anonymous.PostAsync(RoutePrefixes.PublicFeedback, content, _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_lookup_shows_content_only_with_the_private_key()
    {
        var receipt = await Submissions.ReadReceiptAsync(
            await P.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, Submissions.ValidSubmission("Võ Minh Đức"), _ct));

        var withoutKey = await P.Anonymous.GetFromJsonAsync<LookupView>($"{RoutePrefixes.PublicFeedback}/{receipt.TrackingCode}", _ct);
        var withKey = await P.Anonymous.GetFromJsonAsync<LookupView>($"{RoutePrefixes.PublicFeedback}/{receipt.TrackingCode}?key={receipt.LookupKey}", _ct);
        var unknown = await P.Anonymous.GetAsync($"{RoutePrefixes.PublicFeedback}/PAKN-1999-000001", _ct);

        Assert.Null(withoutKey!.Content);
        Assert.Equal("Received", withoutKey.Status);
        Assert.Contains("giấy phép lao động", withKey!.Content);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Concurrent_submissions_get_distinct_tracking_codes()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            P.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, Submissions.ValidSubmission($"Người gửi {i}"), _ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var codes = await Task.WhenAll(responses.Select(async r => (await Submissions.ReadReceiptAsync(r)).TrackingCode));
        Assert.Equal(codes.Length, codes.Distinct().Count());
    }

    private Task<int> OutboxCountAsync() => P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutboxMessage>().CountAsync());

    private sealed record ProblemWithErrors(string? Title, string? Detail, int Status, Dictionary<string, string[]>? Errors);

    private sealed record LookupView(string TrackingCode, string Status, string? Content);

    private sealed record SummaryView(int Received, Dictionary<string, int> ByChannel);
}
