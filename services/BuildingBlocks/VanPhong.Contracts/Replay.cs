namespace VanPhong.Contracts;

/// <summary>
/// A consumer restored from a backup (or an operator on its behalf) asks every publishing service to send again the
/// events it retained since <paramref name="Since"/>: the sent rows of its outbox, under the same MessageId, to the
/// requester's queues only. What the requester had already applied its inbox drops; what the backup lost comes back.
/// </summary>
/// <param name="Since">The earliest send time wanted (a publisher re-sends its outbox rows sent at or after it).</param>
/// <param name="RequestedBy">The consuming service (a name of VanPhong.Topology's ResourceNames, e.g. "reporting").</param>
/// <param name="RequestedAt">When it was asked; of the answers in the logs, which request they belong to.</param>
public sealed record ReplayRequested(DateTimeOffset Since, string RequestedBy, DateTimeOffset RequestedAt);
