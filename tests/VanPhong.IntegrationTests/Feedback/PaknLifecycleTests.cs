using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Feedback;

/// <summary>A PAKN from public submission to a published, redacted answer, through the gateway, across Tết 2023.</summary>
public sealed class PaknLifecycleTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    private const string Name = "Nguyễn Thị Hồng Nhung";
    private const string Phone = "0912345678";
    private const string Email = "hongnhung.kh@gmail.com";
    private const string Address = "27 Yersin, phường Vạn Thạnh, Nha Trang";

    [Fact]
    public async Task A_PAKN_goes_from_submission_to_a_published_redacted_answer_and_reporting_sees_every_step()
    {
        await P.WaitForUnitsAsync();
        // Wednesday 18/01/2023, two days before Tết Quý Mão (20–26/01).
        P.FeedbackClock.AdjustTime(new DateTimeOffset(2023, 1, 18, 10, 0, 0, TimeSpan.FromHours(7)));
        var submit = await P.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, new
        {
            kind = "Recommendation",
            category = "implementation-difficulty",
            content = $"Tôi là {Name}, ở {Address}, số điện thoại {Phone}. Hồ sơ cấp giấy phép lao động cho chuyên gia của công ty tôi nộp ngày 05/01/2023 đã quá 05 ngày làm việc mà chưa có kết quả. Đề nghị Ban quản lý rút ngắn thời gian giải quyết.",
            submitter = new { name = Name, address = Address, phone = Phone, email = Email },
            procedureCode = "1.014199",
            consentToPublish = true,
            consentToProcessing = true,
            attachments = new[] { new { fileName = "giay-bien-nhan.pdf", contentBase64 = Convert.ToBase64String("%PDF-1.5\n% biên nhận\n"u8.ToArray()) } },
        }, _ct);
        Assert.Equal(HttpStatusCode.Created, submit.StatusCode);
        var receipt = await Submissions.ReadReceiptAsync(submit);
        // Five working days after 18/01 jump the Tết holiday: 19/01, 27/01, 30/01, 31/01, 01/02; ten end on 08/02.
        Assert.Equal(new DateOnly(2023, 2, 1), receipt.ClassificationDueOn);
        Assert.Equal(new DateOnly(2023, 2, 8), await AnswerDueAsync(receipt.TrackingCode));

        var office = await P.ClientForAsync(TestUsers.Office);
        var unit = await P.ClientForAsync(TestUsers.StaffQldt);
        var leader = await P.ClientForAsync(TestUsers.Leader);
        var id = (await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Feedback}?q={receipt.TrackingCode}", _ct))!.Single().GetProperty("id").GetGuid();
        var path = $"{RoutePrefixes.Feedback}/{id}";

        P.FeedbackClock.AdjustTime(new DateTimeOffset(2023, 1, 27, 9, 0, 0, TimeSpan.FromHours(7)));
        await Expect(office.PostAsJsonAsync($"{path}/classify", new { outcome = "WithinAuthority", category = "solution-proposal" }, _ct));
        await Expect(office.PostAsJsonAsync($"{path}/assign", new { leadUnit = "QLDT", coordinatingUnits = new[] { "DNLD" } }, _ct));
        await Expect(unit.PostAsync($"{path}/start", null, _ct));

        var templates = await unit.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Feedback}/templates", _ct);
        var guidance = templates!.Single(t => t.GetProperty("name").GetString() == "Trả lời hướng dẫn thực hiện thủ tục");
        var missing = await unit.PostAsJsonAsync($"{path}/draft", new { templateId = guidance.GetProperty("id").GetGuid() }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("NoiDungTraLoi", await missing.Content.ReadAsStringAsync(_ct));
        await Expect(unit.PostAsJsonAsync($"{path}/draft", new
        {
            templateId = guidance.GetProperty("id").GetGuid(),
            variables = new Dictionary<string, string> { ["NoiDungTraLoi"] = $"Hồ sơ đã được cấp phép ngày 30/01/2023. Ông/bà {Name} có thể liên hệ số 0258.3822.991 để nhận kết quả." },
        }, _ct));

        // The quality gate: the office returns an unsuitable draft, the unit reworks it, leadership approves.
        await Expect(office.PostAsJsonAsync($"{path}/return", new { reason = "Cần nêu thời hạn giải quyết theo quy định." }, _ct));
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync($"{path}/approve", new { }, _ct)).StatusCode);
        await Expect(unit.PostAsJsonAsync($"{path}/draft", new
        {
            answer = $"Thời hạn cấp giấy phép lao động là 05 ngày làm việc. Hồ sơ của bà {Name} đã được cấp phép ngày 30/01/2023; Ban quản lý đã chấn chỉnh việc chậm trễ.",
            legalBasis = "Khoản 2 Điều 11 Nghị định số 152/2020/NĐ-CP ngày 30/12/2020 của Chính phủ",
        }, _ct));
        var preview = await office.GetFromJsonAsync<JsonElement>($"{path}/redaction-preview", _ct);
        Assert.DoesNotContain(Name, preview.GetProperty("question").GetString());
        Assert.Contains("họ tên", preview.GetProperty("questionRemoved").EnumerateArray().Select(e => e.GetString()));
        await Expect(leader.PostAsJsonAsync($"{path}/approve", new { }, _ct));

        P.FeedbackClock.AdjustTime(new DateTimeOffset(2023, 2, 6, 14, 0, 0, TimeSpan.FromHours(7)));
        await Expect(office.PostAsJsonAsync($"{path}/send", new { answerNumber = "85/KKT-VP" }, _ct));
        var mail = await Eventually.HoldsAsync(() => Task.FromResult(P.Mail.Messages.FirstOrDefault(m => m.Subject == $"Trả lời phản ánh, kiến nghị {receipt.TrackingCode}")), m => m is not null, what: "the answer mail");
        Assert.Equal([Email], mail!.To);
        Assert.Contains("Khoản 2 Điều 11 Nghị định số 152/2020/NĐ-CP", mail.TextBody);

        var letter = await office.GetByteArrayAsync($"{path}/reply-letter.docx", _ct);
        var text = VanPhong.Documents.WordDocument.ReadText(letter);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Số: 85/KKT-VP", text);
        Assert.Contains("V/v trả lời phản ánh, kiến nghị", text);
        Assert.Contains("Khánh Hòa, ngày 06 tháng 02 năm 2023", text);

        await Expect(office.PostAsync($"{path}/publish", null, _ct));
        var published = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicFeedback}/answers?q=giay phep lao dong", _ct);
        var answer = published.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("trackingCode").GetString() == receipt.TrackingCode);
        Assert.Contains("Thời hạn cấp giấy phép lao động là 05 ngày làm việc", answer.GetProperty("answer").GetString());
        Assert.DoesNotContain(Name, answer.GetRawText());
        Assert.DoesNotContain("0912345678", answer.GetRawText());

        var rated = await P.Anonymous.PostAsJsonAsync($"{RoutePrefixes.PublicFeedback}/{receipt.TrackingCode}/rating", new { key = receipt.LookupKey, satisfied = true, score = 5 }, _ct);
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);

        var fact = await Eventually.HoldsAsync(
            () => P.Reporting.QueryAsync<ReportingDb, FeedbackFact?>(db => db.Feedback.SingleOrDefaultAsync(f => f.TrackingCode == receipt.TrackingCode)),
            f => f is { Status: "Published", Satisfied: true, AnsweredOnTime: not null }, what: "every step reaches reporting");
        Assert.Equal(("WithinAuthority", "QLDT", true, "solution-proposal"), (fact!.Outcome, fact.LeadUnit, fact.AnsweredOnTime!.Value, fact.Category));
        Assert.Equal(new DateOnly(2023, 2, 6), fact.AnsweredOn);

        var history = await office.GetFromJsonAsync<JsonElement>(path, _ct);
        Assert.Equal(
            ["Accepted", "Assigned", "InProgress", "AnswerDrafted", "InProgress", "AnswerDrafted", "Approved", "Answered", "Published"],
            history.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()));
        var audit = await leader.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Feedback}/audit?entityType=FeedbackCase&entityId={id}", _ct);
        Assert.True(audit.GetProperty("total").GetInt32() >= 9);

        await NoPersonalDataLeavesTheServiceAsync(receipt.TrackingCode);
    }

    private async Task NoPersonalDataLeavesTheServiceAsync(string trackingCode)
    {
        var secrets = new[] { Name, Phone, "0912 345 678", Email, "27 Yersin" };
        var events = await P.Feedback.QueryAsync<FeedbackDb, List<string>>(db => db.Set<OutboxMessage>().Select(m => m.Payload).ToListAsync());
        var publicResponses = new[]
        {
            await P.Anonymous.GetStringAsync($"{RoutePrefixes.PublicFeedback}/{trackingCode}", _ct),
            await P.Anonymous.GetStringAsync($"{RoutePrefixes.PublicFeedback}/answers", _ct),
            await P.Anonymous.GetStringAsync($"{RoutePrefixes.PublicOpen311}/v2/requests/{trackingCode}.json", _ct),
            await P.Anonymous.GetStringAsync($"{RoutePrefixes.PublicOpen311}/v2/requests.json?start_date=2023-01-01T00:00:00%2B07:00&end_date=2023-03-01T00:00:00%2B07:00", _ct),
        };
        Assert.NotEmpty(events);
        foreach (var text in events.Concat(publicResponses))
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Unescape(text))));
            }
        }
    }

    private async Task<DateOnly> AnswerDueAsync(string trackingCode)
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var row = (await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Feedback}?q={trackingCode}", _ct))!.Single();
        var detail = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Feedback}/{row.GetProperty("id").GetGuid()}", _ct);
        return DateOnly.Parse(detail.GetProperty("answerDueOn").GetString()!);
    }

    private static async Task Expect(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
