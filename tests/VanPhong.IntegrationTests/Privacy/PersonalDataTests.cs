using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Privacy;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.IntegrationTests.Security;
using VanPhong.Notifications;
using VanPhong.Security;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Privacy;

/// <summary>
/// Decree 13/2023 on the PAKN service, through the gateway: consent recorded with the notice shown, a person's data
/// shown to them and erased at their request (once their cases are ended), the retention policy, and an audit log
/// that records all of it without keeping the personal data again.
/// </summary>
public sealed class PersonalDataTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>, IDisposable
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    public void Dispose() => P.ResetClocks();

    private static string NewPhone() => "09" + Random.Shared.Next(10_000_000, 99_999_999);

    private static object Submission(string name, string phone, string? email = null, bool consent = true, string? noticeVersion = null) => new
    {
        kind = "Reflection",
        category = "implementation-difficulty",
        content = $"Tôi là {name}, hồ sơ số {Random.Shared.Next(100_000, 999_999)} xin giấy phép lao động cho người nước ngoài đã quá thời hạn giải quyết.",
        submitter = new { name, address = "42 Hẻm 7 đường Yersin, phường Vạn Thạnh, Nha Trang", phone, email },
        consentToPublish = true,
        consentToProcessing = consent,
        privacyNoticeVersion = noticeVersion,
        // A file named after its owner, as people name a scanned ID: the name must not survive in the audit log either.
        attachments = new[] { new { fileName = $"CCCD {name}.pdf", contentBase64 = FeedbackFixtures.PdfBase64 } },
    };

    [Fact]
    public async Task A_submission_needs_consent_to_the_notice_shown_and_records_which_one()
    {
        var notice = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicFeedback}/privacy", _ct);
        Assert.Equal(PrivacyNotice.CurrentVersion, notice.GetProperty("version").GetString());
        Assert.True(notice.GetProperty("purposes").GetArrayLength() >= 3);
        Assert.Contains("5 năm", notice.GetProperty("retention").GetString());

        var phone = NewPhone();
        var before = await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Cases.CountAsync());
        foreach (var refused in new[] { Submission("Vũ Thị Lan", phone, consent: false), Submission("Vũ Thị Lan", phone, noticeVersion: "2019-01-01") })
        {
            var response = await P.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, refused, _ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors");
            Assert.True(errors.TryGetProperty("consentToProcessing", out _) || errors.TryGetProperty("privacyNoticeVersion", out _), errors.GetRawText());
        }

        Assert.Equal(before, await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Cases.CountAsync()));

        var accepted = await P.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, Submission("Vũ Thị Lan", phone, noticeVersion: PrivacyNotice.CurrentVersion), _ct);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var code = (await Submissions.ReadReceiptAsync(accepted)).TrackingCode;
        var stored = await P.Feedback.QueryAsync<FeedbackDb, FeedbackCase>(db => db.Cases.AsNoTracking().SingleAsync(c => c.TrackingCode == code));
        Assert.Equal(PrivacyNotice.CurrentVersion, stored.PrivacyNoticeVersion);
        Assert.NotNull(stored.ConsentedAt);
    }

    [Fact]
    public async Task The_office_shows_a_person_their_data_however_the_number_is_written_and_the_look_up_is_audited()
    {
        var phone = NewPhone();
        var written = $"(+84) {phone[1..3]} {phone[3..6]}-{phone[6..]}";
        var first = await FeedbackFlow.SubmitAsync(P, Submission("Trịnh Công Sơn", written));
        var second = await FeedbackFlow.SubmitAsync(P, Submission("Trịnh Công Sơn", phone));
        var office = await P.ClientForAsync(TestUsers.Office);
        var reference = $"DSR-{Guid.NewGuid():N}"[..20];

        var data = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Feedback}/privacy/subject?reference={Uri.EscapeDataString(reference)}&phone={Uri.EscapeDataString("0" + phone[1..])}", _ct);

        var codes = data.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("trackingCode").GetString()).ToList();
        Assert.Equal([first.Code, second.Code], codes);
        var one = data.GetProperty("cases")[0];
        Assert.Equal("Trịnh Công Sơn", one.GetProperty("submitter").GetProperty("name").GetString());
        Assert.Equal(phone, one.GetProperty("submitter").GetProperty("phone").GetString());
        Assert.Equal(["CCCD Trịnh Công Sơn.pdf"], one.GetProperty("attachments").EnumerateArray().Select(a => a.GetString()));

        var audit = await AuditAsync();
        var entry = Assert.Single(audit, e => e.EntityType == DataSubjectApi.AuditEntity && e.EntityId == reference);
        Assert.Equal("Accessed", entry.Action);
        Assert.Equal(TestUsers.Office.FullName, entry.UserName);
        Assert.DoesNotContain(phone[3..], entry.Changes);

        // A unit's staff member does not handle data subjects' requests.
        var unit = await P.ClientForAsync(TestUsers.StaffQldt);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"{RoutePrefixes.Feedback}/privacy/subject?reference=X&phone={phone}", _ct)).StatusCode);
        // Without the request's reference nothing is looked up.
        var noReference = await office.GetAsync($"{RoutePrefixes.Feedback}/privacy/subject?phone={phone}", _ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReference.StatusCode);
    }

    [Fact]
    public async Task Erasure_waits_for_the_end_of_handling_then_removes_the_person_and_keeps_the_record_and_its_figures()
    {
        const string name = "Lương Thế Vinh";
        var phone = NewPhone();
        var email = $"vinh.{Random.Shared.Next(1000, 9999)}@example.vn";
        var submitted = await FeedbackFlow.InStatusAsync(P, "Published", Submission(name, phone, email));
        var office = await P.ClientForAsync(TestUsers.Office);
        var reference = $"DSR-{Guid.NewGuid():N}"[..20];
        object Erasure() => new { reference, reason = "Theo đơn đề nghị xóa dữ liệu của người gửi", email };
        await WaitForMailAsync(submitted.Id);

        // Published, not closed: the Board may still need to reach the person (a reopened case), so nothing is erased.
        var early = await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/privacy/erasure", Erasure(), _ct);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains(submitted.Code, (await early.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("detail").GetString());
        Assert.Equal(name, (await CaseAsync(submitted.Code)).Submitter.Name);

        Assert.True((await office.PostAsync($"{RoutePrefixes.Feedback}/{submitted.Id}/close", null, _ct)).IsSuccessStatusCode);
        var before = await CaseAsync(submitted.Code);
        var erased = await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/privacy/erasure", Erasure(), _ct);

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        var after = await CaseAsync(submitted.Code);
        Assert.Equal((Submitter.Erased, Submitter.Erased, (string?)null, (string?)null), (after.Submitter.Name, after.Submitter.Address, after.Submitter.Phone, after.Submitter.Email));
        Assert.DoesNotContain(name, after.Content);
        Assert.NotNull(after.AnonymisedAt);
        Assert.Contains(reference, after.AnonymisationReason);
        // The record and its figures stand: category, dates, status, the published answer.
        Assert.Equal((before.Category, before.ReceivedAt, before.Status, before.AnsweredAt, before.PublishedAnswer), (after.Category, after.ReceivedAt, after.Status, after.AnsweredAt, after.PublishedAnswer));
        Assert.Equal(0, await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Attachments.CountAsync(a => a.FeedbackId == submitted.Id)));
        Assert.Equal(0, await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutgoingMail>().CountAsync(m => m.Reference == submitted.Id.ToString())));
        var lookup = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicFeedback}/{submitted.Code}", _ct);
        Assert.Equal("Closed", lookup.GetProperty("status").GetString());

        // The audit log has the erasure under the request's reference, and nowhere the person's name, phone or address.
        var audit = await AuditAsync();
        Assert.Contains(audit, e => e.Action == "Erased" && e.EntityId == reference && e.Changes.Contains(submitted.Code));
        var everything = string.Join("\n", audit.Select(e => e.Changes));
        Assert.DoesNotContain(name, everything);
        Assert.DoesNotContain(phone, everything);
        Assert.DoesNotContain(email, everything);
        Assert.DoesNotContain(FeedbackFixtures.PdfBase64, everything);

        // Asked again: nothing left to erase, and it says so.
        var again = await (await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/privacy/erasure", new { reference, reason = "Nhắc lại", trackingCode = submitted.Code }, _ct)).Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal(0, again.GetProperty("anonymised").GetArrayLength());
    }

    [Fact]
    public async Task The_retention_policy_anonymises_ended_cases_past_their_term_and_nothing_else()
    {
        var closed = await FeedbackFlow.InStatusAsync(P, "Published", Submission("Tôn Thất Thuyết", NewPhone()));
        var office = await P.ClientForAsync(TestUsers.Office);
        Assert.True((await office.PostAsync($"{RoutePrefixes.Feedback}/{closed.Id}/close", null, _ct)).IsSuccessStatusCode);
        var notAccepted = await FeedbackFlow.SubmitAsync(P, Submission("Phan Bội Châu", NewPhone()));
        Assert.True((await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{notAccepted.Id}/classify", new { outcome = "NotAccepted", reason = "Không thuộc phạm vi quy định hành chính" }, _ct)).IsSuccessStatusCode);
        var open = await FeedbackFlow.SubmitAsync(P, Submission("Huỳnh Thúc Kháng", NewPhone()));
        var policy = new PrivacyOptions { RetentionAfterEnd = TimeSpan.FromDays(30), BatchSize = 1 };

        Assert.Equal(0, await RetainAsync(policy));
        P.FeedbackClock.Advance(TimeSpan.FromDays(31));
        var anonymised = await RetainAsync(policy);

        Assert.True(anonymised >= 2, $"anonymised {anonymised}");
        Assert.Equal(Submitter.Erased, (await CaseAsync(closed.Code)).Submitter.Name);
        Assert.Equal(Submitter.Erased, (await CaseAsync(notAccepted.Code)).Submitter.Name);
        Assert.Equal(Anonymiser.RetentionReason, (await CaseAsync(closed.Code)).AnonymisationReason);
        Assert.Equal("Huỳnh Thúc Kháng", (await CaseAsync(open.Code)).Submitter.Name);
        Assert.Equal(0, await RetainAsync(policy));
    }

    private async Task<int> RetainAsync(PrivacyOptions policy)
    {
        await using var scope = P.Feedback.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Anonymiser>().ApplyRetentionAsync(policy, _ct);
    }

    private Task<FeedbackCase> CaseAsync(string code) =>
        P.Feedback.QueryAsync<FeedbackDb, FeedbackCase>(db => db.Cases.AsNoTracking().SingleAsync(c => c.TrackingCode == code));

    private Task<List<AuditEntry>> AuditAsync() =>
        P.Feedback.QueryAsync<FeedbackDb, List<AuditEntry>>(db => db.Set<AuditEntry>().AsNoTracking().ToListAsync());

    private async Task WaitForMailAsync(Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await P.Feedback.QueryAsync<FeedbackDb, bool>(db => db.Set<OutgoingMail>().AnyAsync(m => m.Reference == id.ToString() && m.SentAt == null)))
        {
            Assert.True(DateTime.UtcNow < deadline, "the answer mail was not sent");
            await Task.Delay(200, _ct);
        }
    }
}
