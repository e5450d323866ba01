using System.Collections.Concurrent;
using VanPhong.Notifications;

namespace VanPhong.IntegrationTests.Infrastructure;

/// <summary>
/// The SMS brand-name gateway of a test platform: keeps what it is given, and refuses the next messages to a number
/// when told to (a gateway that is down), so the outbox's retrying can be watched.
/// </summary>
public sealed class SmsGateway : ISmsSender
{
    private readonly ConcurrentQueue<SmsMessage> _messages = new();
    private readonly ConcurrentDictionary<string, int> _refusals = new();

    public IReadOnlyList<SmsMessage> Messages => [.. _messages];

    public ConcurrentDictionary<string, int> Refused { get; } = new();

    public void RefuseNext(string phone, int times) => _refusals[phone] = times;

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        if (_refusals.TryGetValue(message.PhoneNumber, out var left) && left > 0 && _refusals.TryUpdate(message.PhoneNumber, left - 1, left))
        {
            Refused.AddOrUpdate(message.PhoneNumber, 1, (_, n) => n + 1);
            throw new HttpRequestException("Cổng SMS trả lời 503 Service Unavailable");
        }

        _messages.Enqueue(message);
        return Task.CompletedTask;
    }
}
