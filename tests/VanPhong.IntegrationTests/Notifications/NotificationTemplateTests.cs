using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Notifications;

/// <summary>The office edits the notices' templates: what each notice offers, what is refused and why, and what the next notice says.</summary>
public sealed class NotificationTemplateTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task Every_notice_has_a_vietnamese_default_on_each_channel_with_its_variables_listed()
    {
        var office = await P.ClientForAsync(TestUsers.Office);

        var templates = (await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Feedback}/notification-templates", _ct))!;

        Assert.Equal(16, templates.Count);
        var received = templates.Single(t => t.GetProperty("notice").GetString() == "received" && t.GetProperty("channel").GetString() == "Email");
        Assert.Equal("Đã tiếp nhận phản ánh, kiến nghị {ma}", received.GetProperty("subject").GetString());
        Assert.Contains("khoa_tra_cuu", received.GetProperty("variables").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        var transferred = templates.Single(t => t.GetProperty("notice").GetString() == "transferred" && t.GetProperty("channel").GetString() == "Sms");
        Assert.Contains("co_quan", transferred.GetProperty("variables").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        Assert.All(templates.Where(t => t.GetProperty("channel").GetString() == "Sms"), t => Assert.InRange(t.GetProperty("smsSegments").GetInt32(), 1, 3));
    }

    [Fact]
    public async Task Unknown_variables_a_missing_subject_and_an_sms_over_three_parts_are_refused_naming_what_is_wrong()
    {
        var office = await P.ClientForAsync(TestUsers.Office);

        var unknown = await office.PutAsJsonAsync($"{RoutePrefixes.Feedback}/notification-templates/accepted/Email", new { subject = "PAKN {ma}", body = "Hạn {han_tra_loi}, cơ quan {co_quan}, {TenNguoiGui}." }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>(_ct);
        var message = problem.GetProperty("errors").GetProperty("body")[0].GetString()!;
        Assert.Contains("{co_quan}, {TenNguoiGui}", message);
        Assert.Contains("{han_tra_loi}", message.Split("Các biến dùng được:")[1]);

        var noSubject = await office.PutAsJsonAsync($"{RoutePrefixes.Feedback}/notification-templates/accepted/Email", new { body = "PAKN {ma} được xử lý." }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, noSubject.StatusCode);
        Assert.Contains("subject", await noSubject.Content.ReadAsStringAsync(_ct));

        var longSms = await office.PutAsJsonAsync($"{RoutePrefixes.Feedback}/notification-templates/accepted/Sms", new { body = "PAKN {ma}: " + string.Concat(Enumerable.Repeat("Ban quản lý đã tiếp nhận và đang xử lý. ", 6)) }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, longSms.StatusCode);
        Assert.Contains("quá 3 phần", await longSms.Content.ReadAsStringAsync(_ct));

        Assert.Equal(HttpStatusCode.NotFound, (await office.PutAsJsonAsync($"{RoutePrefixes.Feedback}/notification-templates/approved/Email", new { subject = "x", body = "y" }, _ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.PutAsJsonAsync($"{RoutePrefixes.Feedback}/notification-templates/accepted/Fax", new { body = "y" }, _ct)).StatusCode);
    }

    [Fact]
    public async Task The_offices_own_text_is_what_the_next_submitter_receives_until_it_goes_back_to_the_default()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var saved = await office.PutAsJsonAsync($"{RoutePrefixes.Feedback}/notification-templates/received/Email", new
        {
            subject = "BQL KKT Vân Phong: đã nhận PAKN {ma}",
            body = "Kính gửi {nguoi_gui},\nMã {ma}, khóa {khoa_tra_cuu}. Hạn phân loại {han_phan_loai}.",
        }, _ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var view = await saved.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.False(view.GetProperty("isDefault").GetBoolean());
        Assert.Contains("PAKN-2026-00123", view.GetProperty("preview").GetString());

        try
        {
            var email = $"mau.{Guid.NewGuid():N}@example.vn";
            var submitted = await FeedbackFlow.SubmitAsync(P, new
            {
                kind = "Reflection",
                category = "implementation-difficulty",
                content = $"Hồ sơ số {Random.Shared.Next(100_000, 999_999)} đề nghị cấp giấy phép xây dựng đã quá thời hạn giải quyết.",
                submitter = new { name = "Võ Văn Tám", address = "3 Trần Phú, Nha Trang", email },
                consentToPublish = false,
                consentToProcessing = true,
            });
            var mail = await Eventually.HoldsAsync(() => Task.FromResult(P.Mail.Messages.FirstOrDefault(m => m.To.Contains(email))), m => m is not null, what: "the receipt in the office's words");
            Assert.Equal($"BQL KKT Vân Phong: đã nhận PAKN {submitted.Code}", mail!.Subject);
            Assert.Contains($"Kính gửi Ông/Bà Võ Văn Tám,\nMã {submitted.Code}, khóa {submitted.Key}.", mail.TextBody.Replace("\r\n", "\n"));
        }
        finally
        {
            var reset = await office.DeleteAsync($"{RoutePrefixes.Feedback}/notification-templates/received/Email", _ct);
            Assert.True((await reset.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("isDefault").GetBoolean());
        }
    }
}
