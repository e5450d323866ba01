using System.Collections.Concurrent;

namespace VanPhong.MailSink;

/// <summary>An SMS as the generic brand-name gateway protocol posts it (what HttpSmsSender sends).</summary>
public sealed record SmsRequest(string? BrandName, string? Phone, string? Message, string? Reference);

public sealed record ReceivedSms(DateTimeOffset ReceivedAt, string BrandName, string Phone, string Message, string? Reference);

/// <summary>
/// The development SMS gateway: takes what the real brand-name gateway would, keeps the last messages in memory and
/// logs each, so the dashboard shows it. A reference seen before is answered as sent and not kept twice, as a gateway
/// that deduplicates does.
/// </summary>
public sealed class SmsInbox
{
    private readonly ConcurrentQueue<ReceivedSms> _messages = new();

    public IReadOnlyList<ReceivedSms> Messages => [.. _messages];

    public ReceivedSms? Receive(SmsRequest request, DateTimeOffset now)
    {
        if (request.Reference is not null && _messages.Any(m => m.Reference == request.Reference))
        {
            return null;
        }

        var sms = new ReceivedSms(now, request.BrandName ?? "", request.Phone ?? "", request.Message ?? "", request.Reference);
        _messages.Enqueue(sms);
        while (_messages.Count > 500 && _messages.TryDequeue(out _))
        {
        }

        return sms;
    }

    public static IEndpointRouteBuilder MapSmsGateway(IEndpointRouteBuilder app)
    {
        app.MapPost("/sms", (SmsRequest request, SmsInbox inbox, ILogger<SmsInbox> logger) =>
        {
            if (string.IsNullOrWhiteSpace(request.Phone) || string.IsNullOrWhiteSpace(request.Message))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "phone and message are required");
            }

            if (inbox.Receive(request, DateTimeOffset.UtcNow) is { } sms)
            {
                logger.LogInformation("SMS [{BrandName}] to {Phone}: {Message}", sms.BrandName, sms.Phone, sms.Message);
            }

            return Results.Ok(new { status = "accepted", reference = request.Reference });
        });
        app.MapGet("/sms/messages", (SmsInbox inbox) => inbox.Messages.Reverse());
        return app;
    }
}
