using Microsoft.Data.Sqlite;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using VanPhong.Messaging;
using VanPhong.Topology;

namespace VanPhong.Chaos;

/// <summary>One flow's figures: what was acknowledged to the client, and what the system holds of it.</summary>
public sealed record FlowFigures(string Flow, int Acknowledged, int Stored, int Published, int Counted, int Lost, int Doubled)
{
    public override string ToString() =>
        $"{Flow,-28} acknowledged {Acknowledged,5}  stored {Stored,5}  published {Published,5}  counted by reporting {Counted,5}  lost {Lost,3}  doubled {Doubled,3}";
}

/// <param name="MailsDoubled">Recipients who received two different messages for one answer.</param>
/// <param name="MailsRetransmitted">One message delivered again under its own Message-ID (a sender killed between the
/// SMTP server's acceptance and recording it): the recipient's mail program shows it once.</param>
public sealed record CensusResult(IReadOnlyList<FlowFigures> Flows, int MailsExpected, int MailsReceived, int MailsMissing, int MailsDoubled, int MailsRetransmitted, int Parked, int DeadLettered, int Unsent)
{
    public int Lost => Flows.Sum(f => f.Lost) + MailsMissing;

    public int Doubled => Flows.Sum(f => f.Doubled) + MailsDoubled;

    public bool Converged => Lost == 0 && Unsent == 0;
}

/// <summary>
/// Counts, from the services' own databases (read-only) and the broker's error queues, what became of every write the
/// load saw acknowledged: stored, published, counted by reporting — lost when acknowledged and never counted, doubled
/// when stored or applied twice (a redelivered event with the same id, which the inbox drops, is not doubled).
/// </summary>
public sealed class Census(ChaosSystem system, string brokerUri)
{
    /// <summary>
    /// The figures from the services' databases, the mails and, with <paramref name="askBroker"/>, the error queues (their
    /// count is 0 without it). Pass false while a cluster node is down: on RabbitMQ 3.10 a quorum queue's stat waits on
    /// the dead leader named in its record.
    /// </summary>
    public async Task<CensusResult> TakeAsync(Load load, IReadOnlyList<MailSeen> mails, bool askBroker, CancellationToken ct)
    {
        var submissions = load.Submissions.ToList();
        var markers = submissions.Select(s => s.Marker).ToHashSet();

        // Submissions: the cases holding each acknowledged marker, their FeedbackReceived, and reporting's fact.
        var cases = Rows(ResourceNames.FeedbackDb, "SELECT Id, TrackingCode, Content, Status FROM FeedbackCases")
            .Select(r => (Id: r[0], Code: r[1], Marker: MarkerOf(r[2]), Status: r[3]))
            .Where(c => c.Marker is not null && markers.Contains(c.Marker))
            .ToList();
        var caseIds = cases.Select(c => c.Id!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var outbox = Rows(ResourceNames.FeedbackDb, "SELECT Type, Payload, SentAt FROM OutboxMessages")
            .Select(r => (Type: r[0]!, Payload: r[1]!, Sent: r[2] is not null)).ToList();
        int Published(string type) => outbox.Count(m => m.Sent && m.Type.EndsWith("." + type, StringComparison.Ordinal) && caseIds.Any(id => m.Payload.Contains(id, StringComparison.OrdinalIgnoreCase)));
        var facts = Rows(ResourceNames.ReportingDb, "SELECT FeedbackId, TrackingCode, ReceivedOn, AnsweredAt FROM FeedbackFacts")
            .Where(r => caseIds.Contains(r[0]!)).ToList();
        var received = facts.Where(f => f[2] is not null && f[2] != "0001-01-01").Select(f => f[1]).ToHashSet();
        var stored = cases.Select(c => c.Marker).Distinct().Count();
        var submitted = new FlowFigures("citizen submissions", submissions.Count, stored, Published("FeedbackReceived"),
            submissions.Count(s => received.Contains(s.TrackingCode)),
            submissions.Count(s => !received.Contains(s.TrackingCode)),
            cases.Count - stored + Math.Max(0, Published("FeedbackReceived") - stored));

        // Answers: the cases answered, their FeedbackAnswered, reporting's answered fact, and the mail to the submitter.
        var answeredCodes = load.Answered.ToHashSet();
        var answeredCases = cases.Where(c => answeredCodes.Contains(c.Code!)).ToList();
        var answeredIds = answeredCases.Select(c => c.Id!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var answersPublished = outbox.Count(m => m.Sent && m.Type.EndsWith(".FeedbackAnswered", StringComparison.Ordinal) && answeredIds.Any(id => m.Payload.Contains(id, StringComparison.OrdinalIgnoreCase)));
        var countedAnswers = facts.Count(f => answeredIds.Contains(f[0]!) && f[3] is not null);
        var answers = new FlowFigures("staff answers (6 steps each)", answeredCodes.Count, answeredCases.Count(c => c.Status is "Answered" or "Published" or "Closed"),
            answersPublished, countedAnswers, answeredCodes.Count - countedAnswers, Math.Max(0, answersPublished - answeredCases.Count));
        var expected = submissions.Where(s => s.Email is not null && answeredCodes.Contains(s.TrackingCode)).ToList();
        // The submitter also hears of the receipt and the classification: the answer is the mail counted here.
        var perAddress = mails.Where(m => m.Subject.StartsWith("Trả lời phản ánh", StringComparison.Ordinal)).GroupBy(m => m.To).ToDictionary(g => g.Key, g => (Messages: g.Select(m => m.MessageId ?? m.Subject + Guid.NewGuid()).Distinct().Count(), Deliveries: g.Count()));
        var mailsMissing = expected.Count(s => !perAddress.ContainsKey(s.Email!));
        var mailsDoubled = expected.Sum(s => Math.Max(0, perAddress.GetValueOrDefault(s.Email!).Messages - 1));
        var mailsRetransmitted = expected.Sum(s => perAddress.GetValueOrDefault(s.Email!) is var p ? p.Deliveries - p.Messages : 0);

        // Plan progress: the reports stored, their events, and those reporting logged.
        var reports = Rows(ResourceNames.PlansDb, "SELECT COUNT(*) FROM ProgressReports").Single()[0] is { } n ? int.Parse(n) : 0;
        var progressIds = Rows(ResourceNames.PlansDb, "SELECT Id FROM OutboxMessages WHERE Type LIKE '%.PlanItemProgressReported' AND SentAt IS NOT NULL").Select(r => r[0]!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var logged = Rows(ResourceNames.ReportingDb, "SELECT MessageId FROM EventLog").Select(r => r[0]!).ToList();
        var countedProgress = logged.Distinct(StringComparer.OrdinalIgnoreCase).Count(progressIds.Contains);
        var progress = new FlowFigures("plan progress reports", load.ProgressReports, reports, progressIds.Count, countedProgress,
            Math.Max(0, load.ProgressReports - countedProgress), Math.Max(0, reports - load.ProgressReports));

        var parked = 0;
        var unsent = 0;
        foreach (var db in new[] { ResourceNames.PlansDb, ResourceNames.FeedbackDb, ResourceNames.CatalogDb, ResourceNames.ReportingDb, ResourceNames.IdentityDb })
        {
            parked += Count(db, "SELECT COUNT(*) FROM OutboxMessages WHERE SentAt IS NULL AND ParkedAt IS NOT NULL");
            unsent += Count(db, "SELECT COUNT(*) FROM OutboxMessages WHERE SentAt IS NULL AND ParkedAt IS NULL");
        }

        return new CensusResult([submitted, answers, progress], expected.Count, expected.Count - mailsMissing, mailsMissing, mailsDoubled, mailsRetransmitted, parked, askBroker ? await DeadLetteredAsync(ct) : 0, unsent);
    }

    /// <summary>Messages waiting in any consumer's error queue, across the whole topology.</summary>
    private async Task<int> DeadLetteredAsync(CancellationToken ct)
    {
        // One node, or every node of a cluster ("amqp://…,amqp://…"): whichever answers.
        var nodes = brokerUri.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => new Uri(n)).ToList();
        var factory = new ConnectionFactory { Uri = nodes[0] };
        await using var connection = await factory.CreateConnectionAsync(nodes.Select(n => new AmqpTcpEndpoint(n.Host, n.Port)).ToList(), ct);
        var total = 0;
        foreach (var subscription in EventTopology.Platform.Subscriptions)
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            try
            {
                total += (int)(await channel.QueueDeclarePassiveAsync(DeadLetters.ErrorQueueOf(subscription.QueueName(null)), ct)).MessageCount;
            }
            catch (OperationInterruptedException)
            {
            }
        }

        return total;
    }

    private static string? MarkerOf(string? content)
    {
        var start = content?.IndexOf("HL-", StringComparison.Ordinal) ?? -1;
        return start < 0 ? null : content![start..].Split(' ')[0];
    }

    private int Count(string database, string sql) => int.Parse(Rows(database, sql).Single()[0]!);

    private List<string?[]> Rows(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={system.DatabasePath(database)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }
}
