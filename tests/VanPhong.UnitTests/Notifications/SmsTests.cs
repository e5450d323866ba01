using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VanPhong.Notifications;

namespace VanPhong.UnitTests.Notifications;

/// <summary>SMS length, the gateway's request, and how a recipient is shown.</summary>
public sealed class SmsTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    [InlineData(460, 4)]
    public void Plain_text_takes_160_characters_then_153_a_part(int length, int parts) =>
        Assert.Equal(parts, SmsSegments.Count(new string('a', length)));

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    [InlineData(201, 3)]
    [InlineData(202, 4)]
    public void Vietnamese_with_diacritics_takes_70_characters_then_67_a_part(int length, int parts) =>
        Assert.Equal(parts, SmsSegments.Count(new string('ệ', length)));

    [Fact]
    public void A_character_of_the_extension_table_counts_twice() =>
        Assert.Equal(2, SmsSegments.Count(new string('a', 159) + "€"));

    [Theory]
    [InlineData("nguyen.van.a@example.vn", "n***@example.vn")]
    [InlineData("0912345678", "091****678")]
    [InlineData("12345", "***")]
    public void A_recipient_is_shown_masked(string recipient, string shown) => Assert.Equal(shown, OutgoingMail.Mask(recipient));

    [Fact]
    public async Task The_gateway_gets_one_json_post_with_the_brand_name_and_the_key_as_bearer()
    {
        var handler = new Recording(HttpStatusCode.OK);
        var sender = new HttpSmsSender(new HttpClient(handler), Options.Create(new SmsOptions { Endpoint = "https://sms.example.vn/send", BrandName = "KKTVANPHONG", ApiKey = "k-123" }), NullLogger<HttpSmsSender>.Instance);

        await sender.SendAsync(new SmsMessage("0912345678", "PAKN PAKN-2026-000001 da duoc tiep nhan.", "ref-1"), TestContext.Current.CancellationToken);

        Assert.Equal(("Bearer", "k-123"), (handler.Request!.Headers.Authorization!.Scheme, handler.Request.Headers.Authorization.Parameter));
        using var body = JsonDocument.Parse(handler.Body!);
        Assert.Equal("KKTVANPHONG", body.RootElement.GetProperty("brandName").GetString());
        Assert.Equal("0912345678", body.RootElement.GetProperty("phone").GetString());
        Assert.Equal("ref-1", body.RootElement.GetProperty("reference").GetString());
    }

    [Fact]
    public async Task A_refusal_of_the_gateway_throws_so_the_outbox_tries_again()
    {
        var sender = new HttpSmsSender(new HttpClient(new Recording(HttpStatusCode.ServiceUnavailable)), Options.Create(new SmsOptions { Endpoint = "https://sms.example.vn/send" }), NullLogger<HttpSmsSender>.Instance);

        await Assert.ThrowsAsync<HttpRequestException>(() => sender.SendAsync(new SmsMessage("0912345678", "x"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Without_a_provider_nothing_is_sent_and_it_is_never_retried() =>
        Assert.Equal(NoSmsProvider.Reason, (await Assert.ThrowsAsync<UndeliverableException>(() => new NoSmsProvider().SendAsync(new SmsMessage("0912345678", "x"), TestContext.Current.CancellationToken))).Message);

    private sealed class Recording(HttpStatusCode status) : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(status);
        }
    }
}
