using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.Plans.Data;
using VanPhong.Reporting.Data;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Security;

/// <summary>
/// Every hostile request of the catalogue (<see cref="HostileRequests"/>) is refused with a 4xx in its surface's
/// format — never a 5xx, never a 429 (the platform lifts the per-address limits, so a refusal is about the input) —
/// and leaves every table it could touch as it was: no PAKN, attachment, progress report, evidence file, plan,
/// dossier figure, audit entry or outbox message more, and nothing more on the public answers list.
/// </summary>
public sealed partial class BadInputTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private static readonly ConcurrentDictionary<Platform, Task<HostileTargets>> Targets = new();

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    public static TheoryData<string> Cases() => new(HostileRequests.All.Select(c => c.Id));

    [Fact]
    public void The_catalogue_holds_at_least_200_distinct_hostile_requests_on_every_surface()
    {
        var ids = HostileRequests.All.Select(c => c.Id).ToList();

        Assert.True(ids.Count >= 200, $"Only {ids.Count} hostile requests.");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(11, HostileRequests.All.Select(c => c.Surface).Distinct().Count());
        Assert.All(HostileRequests.All.GroupBy(c => c.Surface), surface => Assert.True(surface.Count() >= 10, $"{surface.Key}: only {surface.Count()} cases."));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_request_is_refused_with_a_4xx_and_changes_nothing(string id)
    {
        var hostile = HostileRequests.All.Single(c => c.Id == id);
        var targets = await Targets.GetOrAdd(P, PrepareAsync);
        var client = await ClientAsync(hostile.Sender);
        var before = await CensusAsync();

        using var request = hostile.Build(targets);
        using var response = await client.SendAsync(request, _ct);

        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(_ct);
        Assert.True(status is >= 400 and < 500 and not 429, $"{id}: {status} {Excerpt(body)}");
        AssertRefusalFormat(hostile.Refusal, response, body, id);
        Assert.Equal(before, await CensusAsync());
    }

    private static void AssertRefusalFormat(Refusal refusal, HttpResponseMessage response, string body, string id)
    {
        var type = response.Content.Headers.ContentType?.MediaType;
        switch (refusal)
        {
            case Refusal.Problem:
                Assert.True(type == "application/problem+json", $"{id}: {(int)response.StatusCode} answered {type ?? "no content type"}: {Excerpt(body)}");
                Assert.Equal((int)response.StatusCode, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
                break;
            case Refusal.Open311:
                // Open311's own error list where the endpoint decides; problem details where the framework refuses
                // before it (a date that does not parse).
                if (type == "text/xml")
                {
                    // The XML form of the same list: <errors><error><code>…</code><description>…</description></error></errors>.
                    var errors = System.Xml.Linq.XDocument.Parse(body).Root!;
                    Assert.Equal("errors", errors.Name.LocalName);
                    Assert.True(int.Parse(errors.Element("error")!.Element("code")!.Value, System.Globalization.CultureInfo.InvariantCulture) >= 400, id);
                    break;
                }

                Assert.True(type is "application/json" or "application/problem+json", $"{id}: answered {type}: {Excerpt(body)}");
                var root = JsonDocument.Parse(body).RootElement;
                Assert.True(root.ValueKind == JsonValueKind.Array ? root[0].GetProperty("code").GetInt32() >= 400 : root.GetProperty("status").GetInt32() >= 400, id);
                break;
            case Refusal.OAuth:
                Assert.True(type == "application/json", $"{id}: answered {type}: {Excerpt(body)}");
                Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()), id);
                break;
            case Refusal.Page:
                Assert.True(type == "text/html", $"{id}: answered {type}: {Excerpt(body)}");
                break;
        }
    }

    /// <summary>What a hostile request could leave behind, in every service's own tables, and what the public sees published.</summary>
    private sealed record Census(
        int Cases, int Attachments, int Transitions, int FeedbackOutbox, int FeedbackAudit,
        int Plans, int Items, int Reports, int EvidenceFiles, int PlansOutbox, int PlansAudit,
        int DossierStatistics, int DossierImports, int ReportingOutbox,
        int Published);

    private async Task<Census> CensusAsync()
    {
        var feedback = await P.Feedback.QueryAsync<FeedbackDb, int[]>(async db =>
        [
            await db.Cases.CountAsync(), await db.Attachments.CountAsync(), await db.Transitions.CountAsync(),
            await db.Set<OutboxMessage>().CountAsync(), await db.Set<VanPhong.Security.AuditEntry>().CountAsync(),
        ]);
        var plans = await P.Plans.QueryAsync<PlansDb, int[]>(async db =>
        [
            await db.Plans.CountAsync(), await db.Items.CountAsync(), await db.Reports.CountAsync(), await db.EvidenceFiles.CountAsync(),
            await db.Set<OutboxMessage>().CountAsync(), await db.Set<VanPhong.Security.AuditEntry>().CountAsync(),
        ]);
        var reporting = await P.Reporting.QueryAsync<ReportingDb, int[]>(async db =>
            [await db.DossierStatistics.CountAsync(), await db.DossierImports.CountAsync(), await db.Set<OutboxMessage>().CountAsync()]);
        var published = (await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicFeedback}/answers", _ct)).GetProperty("total").GetInt32();
        return new Census(feedback[0], feedback[1], feedback[2], feedback[3], feedback[4], plans[0], plans[1], plans[2], plans[3], plans[4], plans[5],
            reporting[0], reporting[1], reporting[2], published);
    }

    private async Task<HttpClient> ClientAsync(Sender sender) => sender switch
    {
        Sender.Citizen => P.Anonymous,
        Sender.Office => await P.ClientForAsync(TestUsers.Office),
        Sender.UnitStaff => await P.ClientForAsync(TestUsers.StaffQldt),
        Sender.OneStop => await P.ClientForAsync(TestUsers.OneStop),
        _ => throw new ArgumentOutOfRangeException(nameof(sender)),
    };

    /// <summary>A real PAKN (for its code and key), the shared plan's QLDT item, and the web form's antiforgery token.</summary>
    private static async Task<HostileTargets> PrepareAsync(Platform platform)
    {
        var submitted = await platform.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, Submissions.Valid());
        var receipt = await Submissions.ReadReceiptAsync(submitted.EnsureSuccessStatusCode());
        var plan = await PlanFixtures.SharedAsync(platform);
        var form = await platform.Anonymous.GetStringAsync("/phan-anh/gui");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        // The staff tokens too, so no case pays for a sign-in.
        foreach (var user in new[] { TestUsers.Office, TestUsers.StaffQldt, TestUsers.OneStop })
        {
            await platform.TokenForAsync(user);
        }

        return new HostileTargets(receipt.TrackingCode, receipt.LookupKey, plan.QldtItem, token, await Open311.Open311Session.KeyAsync(platform));
    }

    private static string Excerpt(string body) => body.Length > 400 ? body[..400] + "…" : body;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
