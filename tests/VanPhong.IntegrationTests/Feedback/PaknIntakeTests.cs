using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Feedback;

/// <summary>What is not received, what is refused, and the other ways in: staff entry, Open311, reopening, deadlines.</summary>
public sealed class PaknIntakeTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>, IDisposable
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    public void Dispose() => P.ResetClocks();

    public static TheoryData<string, string> NotAccepted() => new()
    {
        { "Tôi tố cáo cán bộ Bộ phận Một cửa đã gây khó dễ và đòi tiền khi nhận hồ sơ của tôi.", "complaint-or-denunciation" },
        { "Đường trước nhà tôi thường xuyên bị ngập nước mỗi khi trời mưa to, rất bất tiện cho việc đi lại.", "not-about-regulations" },
        { "The procedure for an investment registration certificate takes far longer than the law allows.", "not-vietnamese" },
    };

    [Theory]
    [MemberData(nameof(NotAccepted))]
    public async Task What_the_decree_does_not_accept_is_refused_with_the_reason_and_not_stored(string content, string reason)
    {
        var before = await CountAsync();
        var response = await P.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, Body(content), _ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.Equal("Phản ánh, kiến nghị không được tiếp nhận", problem.GetProperty("title").GetString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task The_same_PAKN_from_the_same_submitter_while_open_is_a_duplicate()
    {
        var body = Body($"Hồ sơ số {Guid.NewGuid():N} xin cấp giấy phép xây dựng đã quá thời hạn giải quyết.", phone: "0987654321");
        var first = await P.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, body, _ct);
        var before = await CountAsync();

        var second = await P.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, body, _ct);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var code = (await Submissions.ReadReceiptAsync(first)).TrackingCode;
        Assert.Equal(code, (await second.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("trackingCode").GetString());
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("oversize")]
    [InlineData("disguised")]
    [InlineData("script")]
    public async Task Invalid_input_gets_a_clear_error_and_nothing_is_stored(string kind)
    {
        var content = $"Hồ sơ số {Guid.NewGuid():N} đăng ký đầu tư bị trả lại không rõ lý do.";
        object body = kind switch
        {
            "oversize" => Body(content, attachment: ("lon.pdf", [.. "%PDF"u8, .. new byte[3 * 1024 * 1024]])),
            "disguised" => Body(content, attachment: ("giay-phep.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])),
            _ => Body(content + " <script>document.location='http://x'</script>"),
        };
        var before = await CountAsync();
        var outbox = await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutboxMessage>().CountAsync());

        var response = await P.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, body, _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        var message = problem.GetProperty("errors").EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(e => e.GetString()).First();
        Assert.Contains(kind == "script" ? "HTML" : kind == "oversize" ? "lớn hơn" : "không phải PDF", message);
        Assert.Equal(before, await CountAsync());
        Assert.Equal(outbox, await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutboxMessage>().CountAsync()));
    }

    [Fact]
    public async Task The_one_stop_desk_enters_a_PAKN_received_by_phone_with_the_official_who_wrote_it_down()
    {
        // Entered the next morning (the class's clock is shared: this test sets the day it needs).
        P.FeedbackClock.AdjustTime(new DateTimeOffset(2023, 3, 3, 8, 0, 0, TimeSpan.FromHours(7)));
        var desk = await P.ClientForAsync(TestUsers.OneStop);
        var response = await desk.PostAsJsonAsync(RoutePrefixes.Feedback, new
        {
            channel = "Phone",
            receivedOn = "2023-03-02",
            backdateReason = "Nhập lại sổ ghi chép cuộc gọi năm 2023",
            feedback = Body($"Ông gọi điện phản ánh hồ sơ số {Random.Shared.Next()} cấp giấy phép môi trường chậm."),
        }, _ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var code = (await Submissions.ReadReceiptAsync(response)).TrackingCode;
        Assert.StartsWith("PAKN-2023-", code);
        var stored = await P.Feedback.QueryAsync<FeedbackDb, FeedbackCase>(db => db.Cases.SingleAsync(c => c.TrackingCode == code));
        Assert.Equal((FeedbackChannel.Phone, "Ngô Thị Khánh"), (stored.Channel, stored.EnteredBy));
        Assert.Equal(new DateOnly(2023, 3, 9), stored.ClassificationDueOn);
    }

    [Fact]
    public async Task An_unsatisfied_submitter_reopens_the_answer()
    {
        var submitted = await FeedbackFlow.InStatusAsync(P, "Answered");
        var lookup = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicFeedback}/{submitted.Code}?key={submitted.Key}", _ct);
        Assert.Contains("Ban quản lý đã chấn chỉnh", lookup.GetProperty("answer").GetString());

        var wrongKey = await P.Anonymous.PostAsJsonAsync($"{RoutePrefixes.PublicFeedback}/{submitted.Code}/rating", new { key = "AAAAA-BBBBB", satisfied = false }, _ct);
        Assert.Equal(HttpStatusCode.NotFound, wrongKey.StatusCode);

        var reopened = await P.Anonymous.PostAsJsonAsync($"{RoutePrefixes.PublicFeedback}/{submitted.Code}/rating",
            new { key = submitted.Key, satisfied = false, score = 1, comment = "Câu trả lời chưa giải quyết được việc chậm trễ.", reopen = true }, _ct);
        Assert.Equal("InProgress", (await reopened.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("status").GetString());
        var stored = await P.Feedback.QueryAsync<FeedbackDb, FeedbackCase>(db => db.Cases.SingleAsync(c => c.Id == submitted.Id));
        Assert.Equal((1, false), (stored.ReopenCount, stored.Satisfied!.Value));
    }

    [Fact]
    public async Task Deadlines_are_watched_across_Tet_and_the_office_sees_what_is_late_and_by_whom()
    {
        P.FeedbackClock.AdjustTime(new DateTimeOffset(2023, 1, 18, 10, 0, 0, TimeSpan.FromHours(7)));
        var submitted = await FeedbackFlow.SubmitAsync(P);
        var office = await P.ClientForAsync(TestUsers.Office);

        // 31/01: one working day before the classification deadline (01/02), which Tết pushed back.
        P.FeedbackClock.AdjustTime(new DateTimeOffset(2023, 1, 31, 6, 30, 0, TimeSpan.FromHours(7)));
        Assert.True((await (await office.PostAsync($"{RoutePrefixes.Feedback}/deadlines/run", null, _ct)).Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("dueSoon").GetInt32() >= 1);
        P.FeedbackClock.AdjustTime(new DateTimeOffset(2023, 2, 6, 6, 30, 0, TimeSpan.FromHours(7)));
        await office.PostAsync($"{RoutePrefixes.Feedback}/deadlines/run", null, _ct);

        var events = await P.Feedback.QueryAsync<FeedbackDb, List<string>>(db => db.Set<OutboxMessage>()
            .Where(m => m.Payload.Contains(submitted.Id.ToString())).Select(m => m.Type).ToListAsync());
        Assert.Contains(events, t => t.EndsWith("FeedbackDueSoon"));
        Assert.Contains(events, t => t.EndsWith("FeedbackOverdue"));

        var late = await (await P.ClientForAsync(TestUsers.Leader)).GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Feedback}/late", _ct);
        var row = late!.Single(r => r.GetProperty("trackingCode").GetString() == submitted.Code);
        Assert.Equal(("Classify", "Văn phòng", 3), (row.GetProperty("step").GetString(), row.GetProperty("responsibleName").GetString(), row.GetProperty("workingDaysLate").GetInt32()));
    }

    [Fact]
    public async Task Any_Open311_client_can_file_and_follow_a_PAKN()
    {
        var services = await P.Anonymous.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.PublicOpen311}/v2/services.json", _ct);
        Assert.Contains(services!, s => s.GetProperty("service_code").GetString() == "unrealistic");

        var created = await Open311.Open311Session.PostAsync(P, Open311.Open311Session.Form("unrealistic", f =>
            f["description"] = $"Quy định nộp bản sao chứng thực hồ sơ số {Random.Shared.Next()} khi đăng ký đầu tư trực tuyến là không phù hợp thực tế."));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<List<JsonElement>>(_ct))![0].GetProperty("service_request_id").GetString();

        var request = (await P.Anonymous.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.PublicOpen311}/v2/requests/{id}.json", _ct))!.Single();
        Assert.Equal(("open", "Đã tiếp nhận"), (request.GetProperty("status").GetString(), request.GetProperty("status_notes").GetString()));
        Assert.DoesNotContain("Trương", request.GetRawText());

        var invalid = await Open311.Open311Session.PostAsync(P, new Dictionary<string, string> { ["service_code"] = "unrealistic", ["address_string"] = "Vạn Ninh" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = await invalid.Content.ReadFromJsonAsync<List<JsonElement>>(_ct);
        Assert.Contains(errors!, e => e.GetProperty("description").GetString()!.StartsWith("attribute[consent]:"));
        Assert.Equal(HttpStatusCode.NotFound, (await P.Anonymous.GetAsync($"{RoutePrefixes.PublicOpen311}/v2/requests/PAKN-1999-000001.json", _ct)).StatusCode);
    }

    private Task<int> CountAsync() => P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Cases.CountAsync());

    private static object Body(string content, string phone = "0905111222", (string Name, byte[] Bytes)? attachment = null) => new
    {
        kind = "Reflection",
        category = "implementation-difficulty",
        content,
        submitter = new { name = "Phan Văn Lợi", address = "Ninh Hải, Ninh Hòa, Khánh Hòa", phone },
        consentToProcessing = true,
        attachments = attachment is { } a ? new[] { new { fileName = a.Name, contentBase64 = Convert.ToBase64String(a.Bytes) } } : null,
    };
}
