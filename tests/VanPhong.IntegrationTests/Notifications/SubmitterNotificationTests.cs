using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Notifications;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Notifications;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Notifications;

/// <summary>
/// The submitter hears of every step on the channel chosen at submission, through the notification outbox: a refused
/// send is retried until it goes, a queued notice is never queued twice, and the case's history shows every message.
/// </summary>
public sealed class SubmitterNotificationTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    private static string NewMobile() => "09" + Random.Shared.Next(10_000_000, 99_999_999);

    private static string NewEmail() => $"nguoi.gui.{Guid.NewGuid():N}@example.vn";

    private static object Body(string? phone, string? email, string? notifyBy) => new
    {
        kind = "Reflection",
        category = "implementation-difficulty",
        content = $"Hồ sơ số {Random.Shared.Next(100_000, 999_999)} đề nghị cấp giấy phép lao động cho người nước ngoài đã quá thời hạn giải quyết nhưng chưa có kết quả.",
        submitter = new { name = "Phạm Thị Lan", address = "15 Hùng Vương, thị xã Ninh Hòa, Khánh Hòa", phone, email },
        consentToPublish = true,
        consentToProcessing = true,
        notifyBy,
    };

    private async Task<List<JsonElement>> MessagesOfAsync(Guid id)
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var view = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Feedback}/{id}", _ct);
        return [.. view.GetProperty("mail").EnumerateArray()];
    }

    private Task<List<ReceivedMailView>> MailToAsync(string email, int atLeast, string what) =>
        Eventually.HoldsAsync(() => Task.FromResult(P.Mail.Messages.Where(m => m.To.Contains(email)).Select(m => new ReceivedMailView(m.Subject, m.TextBody)).ToList()),
            m => m.Count >= atLeast, what: what);

    private sealed record ReceivedMailView(string Subject, string Body);

    [Fact]
    public async Task A_submitter_who_chose_sms_gets_the_code_and_key_by_sms_to_a_number_written_with_84_and_brackets()
    {
        var mobile = NewMobile();
        var written = $"+84 ({mobile[1..3]}) {mobile[3..6]} {mobile[6..]}";
        var submitted = await FeedbackFlow.SubmitAsync(P, Body(written, NewEmail(), "Sms"));

        var sms = await Eventually.HoldsAsync(() => Task.FromResult(P.Sms.Messages.FirstOrDefault(m => m.PhoneNumber == mobile)), m => m is not null, what: "the receipt SMS");
        Assert.Contains(submitted.Code, sms!.Text);
        Assert.Contains(submitted.Key, sms.Text);
        var recorded = Assert.Single(await Eventually.HoldsAsync(() => MessagesOfAsync(submitted.Id), m => m.All(x => x.GetProperty("sentAt").ValueKind != JsonValueKind.Null), what: "the SMS recorded as sent"));
        Assert.Equal(("Sms", "feedback.received", 0), (recorded.GetProperty("channel").GetString(), recorded.GetProperty("template").GetString(), recorded.GetProperty("attempts").GetInt32()));
        Assert.Equal($"{mobile[..3]}****{mobile[^3..]}", recorded.GetProperty("recipient").GetString());
        // The e-mail address was given, but the submitter chose SMS: no mail.
        Assert.DoesNotContain(P.Mail.Messages, m => m.Subject.Contains(submitted.Code));
    }

    [Theory]
    [InlineData("(0258) 3 822 123", null, "Sms", "di động")]
    [InlineData("0912345678", null, "Email", "email")]
    [InlineData("0912345678", null, "Zalo", "Email (thư điện tử), Sms (tin nhắn) hoặc None")]
    public async Task A_channel_without_the_contact_it_needs_is_refused_with_a_vietnamese_400_and_nothing_stored(string phone, string? email, string chosen, string says)
    {
        var response = await P.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, Body(phone, email, chosen), _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Contains(says, problem.GetProperty("errors").GetProperty("notifyBy")[0].GetString());
    }

    [Fact]
    public async Task Without_a_choice_an_email_address_hears_of_receipt_acceptance_answer_and_publication_by_email()
    {
        var email = NewEmail();
        var submitted = await FeedbackFlow.InStatusAsync(P, "Published", Body(NewMobile(), email, null));

        var mail = await MailToAsync(email, 4, "four notices");
        string[] expected = [$"Đã tiếp nhận phản ánh, kiến nghị {submitted.Code}", $"Phản ánh, kiến nghị {submitted.Code} được tiếp nhận xử lý",
            $"Trả lời phản ánh, kiến nghị {submitted.Code}", $"Kết quả xử lý phản ánh, kiến nghị {submitted.Code} đã được công khai"];
        Assert.Equal(expected.Order(), mail.Select(m => m.Subject).Order());
        Assert.Contains(submitted.Key, mail.Single(m => m.Subject == expected[0]).Body);
        Assert.Contains("Điều 19 Nghị định số 152/2020/NĐ-CP", mail.Single(m => m.Subject.StartsWith("Trả lời", StringComparison.Ordinal)).Body);
        Assert.DoesNotContain(mail, m => m.Body.Contains('{'));
        Assert.DoesNotContain(P.Sms.Messages, m => m.Text.Contains(submitted.Code));
        var recorded = await MessagesOfAsync(submitted.Id);
        Assert.Equal(new[] { "feedback.accepted", "feedback.answered", "feedback.published", "feedback.received" }, recorded.Select(m => m.GetProperty("template").GetString()).Order());
    }

    [Fact]
    public async Task Not_accepted_transferred_extended_and_reopened_each_tell_what_the_submitter_needs_to_know()
    {
        await P.WaitForUnitsAsync();
        var office = await P.ClientForAsync(TestUsers.Office);
        var oneStop = await P.ClientForAsync(TestUsers.OneStop);

        var refusedEmail = NewEmail();
        var refused = await FeedbackFlow.SubmitAsync(P, Body(NewMobile(), refusedEmail, "Email"));
        Assert.True((await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{refused.Id}/classify", new { outcome = "NotAccepted", reason = "Nội dung là khiếu nại, giải quyết theo Luật Khiếu nại" }, _ct)).IsSuccessStatusCode);
        Assert.Contains("Lý do: Nội dung là khiếu nại, giải quyết theo Luật Khiếu nại", (await MailToAsync(refusedEmail, 2, "the refusal")).Single(m => m.Subject.Contains("không được tiếp nhận")).Body);

        var transferredPhone = NewMobile();
        var transferred = await FeedbackFlow.SubmitAsync(P, Body(transferredPhone, null, "Sms"));
        Assert.True((await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{transferred.Id}/classify", new { outcome = "Transferred", transferredTo = "Sở Xây dựng tỉnh Khánh Hòa" }, _ct)).IsSuccessStatusCode);
        await Eventually.HoldsAsync(() => Task.FromResult(P.Sms.Messages.Any(m => m.PhoneNumber == transferredPhone && m.Text.Contains("Sở Xây dựng tỉnh Khánh Hòa"))), seen => seen, what: "the transfer SMS names the agency");

        var email = NewEmail();
        var answered = await FeedbackFlow.InStatusAsync(P, "InProgress", Body(NewMobile(), email, null));
        var view = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Feedback}/{answered.Id}", _ct);
        var later = DateOnly.ParseExact(view.GetProperty("answerDueOn").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(14);
        var badDate = await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{answered.Id}/extend", new { answerDueOn = "ngày mai", reason = "Cần lấy ý kiến" }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        var extended = await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{answered.Id}/extend", new { answerDueOn = later.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reason = "Cần lấy ý kiến Sở Lao động" }, _ct);
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var extension = (await MailToAsync(email, 3, "the extension")).Single(m => m.Subject.StartsWith("Gia hạn", StringComparison.Ordinal));
        Assert.Contains(later.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), extension.Body);
        Assert.Contains("Cần lấy ý kiến Sở Lao động", extension.Body);
        var earlier = await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{answered.Id}/extend", new { answerDueOn = later.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reason = "Nhầm" }, _ct);
        Assert.Equal(HttpStatusCode.Conflict, earlier.StatusCode);

        var reopenedEmail = NewEmail();
        var reopened = await FeedbackFlow.InStatusAsync(P, "Answered", Body(NewMobile(), reopenedEmail, null));
        Assert.True((await oneStop.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{reopened.Id}/reopen", new { reason = "Người gửi chưa đồng ý với thời hạn" }, _ct)).IsSuccessStatusCode);
        Assert.Contains("Người gửi chưa đồng ý với thời hạn", (await MailToAsync(reopenedEmail, 4, "the reopening")).Single(m => m.Subject.Contains("xem xét lại")).Body);
    }

    [Fact]
    public async Task A_submitter_who_chose_none_gets_nothing()
    {
        var email = NewEmail();
        var submitted = await FeedbackFlow.InStatusAsync(P, "Accepted", Body(NewMobile(), email, "None"));

        await Task.Delay(TimeSpan.FromSeconds(3), _ct);
        Assert.DoesNotContain(P.Mail.Messages, m => m.To.Contains(email));
        Assert.Empty(await MessagesOfAsync(submitted.Id));
    }

    [Fact]
    public async Task A_refused_mail_and_a_refused_sms_are_tried_again_with_backoff_and_sent_once()
    {
        var email = NewEmail();
        P.Mail.RefuseNext(email, 2);
        var byMail = await FeedbackFlow.SubmitAsync(P, Body(NewMobile(), email, null));
        var mobile = NewMobile();
        P.Sms.RefuseNext(mobile, 2);
        var bySms = await FeedbackFlow.SubmitAsync(P, Body(mobile, null, "Sms"));

        foreach (var id in new[] { byMail.Id, bySms.Id })
        {
            var row = Assert.Single(await Eventually.HoldsAsync(() => MessagesOfAsync(id), m => m.Count == 1 && m[0].GetProperty("sentAt").ValueKind != JsonValueKind.Null,
                TimeSpan.FromSeconds(60), what: "sent after two refusals"));
            Assert.Equal(2, row.GetProperty("attempts").GetInt32());
            Assert.Equal(JsonValueKind.Null, row.GetProperty("lastError").ValueKind);
        }

        Assert.Equal(2, P.Mail.Refused[email]);
        Assert.Equal(2, P.Sms.Refused[mobile]);
        await Task.Delay(TimeSpan.FromSeconds(3), _ct);
        Assert.Single(P.Mail.Messages, m => m.To.Contains(email));
        Assert.Single(P.Sms.Messages, m => m.PhoneNumber == mobile);
    }

    [Fact]
    public async Task A_notice_queued_again_for_the_same_step_is_not_queued_twice()
    {
        var email = NewEmail();
        var submitted = await FeedbackFlow.SubmitAsync(P, Body(NewMobile(), email, null));
        await MailToAsync(email, 1, "the receipt");

        // The step's notice queued again (a replayed event, a re-run of the step at the same version): its key is there.
        await using (var scope = P.Feedback.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FeedbackDb>();
            var feedback = await db.Cases.SingleAsync(c => c.Id == submitted.Id, _ct);
            var notifier = scope.ServiceProvider.GetRequiredService<SubmitterNotifier>();
            await notifier.QueueAsync(feedback, SubmitterNotice.Received, null, _ct);
            await notifier.QueueAsync(feedback, SubmitterNotice.Received, null, _ct);
            await db.SaveChangesAsync(_ct);
        }

        await Task.Delay(TimeSpan.FromSeconds(3), _ct);
        Assert.Single(P.Mail.Messages, m => m.To.Contains(email));
        Assert.Equal(1, await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutgoingMail>().CountAsync(m => m.Reference == submitted.Id.ToString())));
    }
}
