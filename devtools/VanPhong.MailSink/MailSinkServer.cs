using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace VanPhong.MailSink;

/// <summary>A received message, decoded.</summary>
/// <param name="MessageId">The Message-ID header: a message sent again after a cut connection keeps it, and mail clients show it once.</param>
public sealed record ReceivedMail(DateTimeOffset ReceivedAt, string From, IReadOnlyList<string> To, string Subject, string TextBody, string? MessageId = null);

/// <summary>An SMTP server on one port that keeps the last messages it received in memory.</summary>
public sealed class MailSinkServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedMail> _messages = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public MailSinkServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("vanphong-mailsink").Endpoint(e => e.Port(port, false)).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public IReadOnlyList<ReceivedMail> Messages => [.. _messages];

    public event Action<ReceivedMail>? Received;

    private readonly ConcurrentDictionary<string, int> _refusals = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Refuses the next <paramref name="times"/> messages to <paramref name="address"/> (a mail server that is down), for tests of retrying.</summary>
    public void RefuseNext(string address, int times) => _refusals[address] = times;

    /// <summary>How many messages were refused so far, per address.</summary>
    public ConcurrentDictionary<string, int> Refused { get; } = new(StringComparer.OrdinalIgnoreCase);

    private bool Refuses(IEnumerable<string> to)
    {
        foreach (var address in to)
        {
            if (_refusals.TryGetValue(address, out var left) && left > 0 && _refusals.TryUpdate(address, left - 1, left))
            {
                Refused.AddOrUpdate(address, 1, (_, n) => n + 1);
                return true;
            }
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Add(ReceivedMail mail)
    {
        _messages.Enqueue(mail);
        while (_messages.Count > 500 && _messages.TryDequeue(out _))
        {
        }

        Received?.Invoke(mail);
    }

    private sealed class Store(MailSinkServer sink) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            if (sink.Refuses(message.To.Mailboxes.Select(m => m.Address)))
            {
                return new SmtpResponse(SmtpReplyCode.TransactionFailed, "mailbox temporarily unavailable");
            }

            sink.Add(new ReceivedMail(
                DateTimeOffset.UtcNow,
                message.From.ToString(),
                message.To.Mailboxes.Select(m => m.Address).ToList(),
                message.Subject ?? "",
                message.TextBody ?? "",
                message.MessageId));
            return SmtpResponse.Ok;
        }
    }
}
