using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Projections;

namespace VanPhong.Reporting.Feedback;

/// <summary>
/// The handling of a PAKN as reporting needs it (received, handled, on time, overdue, published, rated). Events travel
/// on separate queues and may come twice: each group of fields keeps what the highest PAKN version said, so neither
/// the order nor a repetition changes the result. An event that comes before FeedbackReceived starts the row.
/// </summary>
public abstract class FeedbackFactConsumer<T>(ReportingDb db, TimeProvider clock) : ProjectingConsumer<T>(db, clock)
    where T : class
{
    protected async Task<FeedbackFact> FactAsync(Guid id, string trackingCode, CancellationToken cancellationToken)
    {
        // In a replay batch, a PAKN the batch's preload did not find is added without another query.
        var fact = Db.FeedbackNotStored?.Remove(id) == true ? null : await Db.Feedback.FindAsync([id], cancellationToken);
        if (fact is null)
        {
            // A placeholder that FeedbackReceived completes; until then it belongs to no period (no receipt date).
            fact = new FeedbackFact { FeedbackId = id, TrackingCode = trackingCode, Status = "" };
            Db.Feedback.Add(fact);
        }

        return fact;
    }
}

/// <summary>
/// Reads the PAKN rows a replay batch speaks of in a few queries (tracked, so that each event's lookup finds them
/// in memory) and notes those not stored yet, which their first event then adds without asking the database: a
/// replay of millions of events otherwise makes one query per PAKN.
/// </summary>
internal static class FeedbackPreload
{
    public static async Task LoadAsync(ReportingDb db, IEnumerable<object> messages, CancellationToken ct)
    {
        var ids = messages.Select(IdOf).OfType<Guid>().ToHashSet();
        if (ids.Count == 0)
        {
            return;
        }

        foreach (var chunk in ids.Chunk(500))
        {
            // Tracked: the events' FindAsync then finds them without a query each.
            foreach (var stored in await db.Feedback.Where(f => chunk.Contains(f.FeedbackId)).ToListAsync(ct))
            {
                ids.Remove(stored.FeedbackId);
            }
        }

        db.FeedbackNotStored = ids;
    }

    private static Guid? IdOf(object message) => message switch
    {
        FeedbackReceived m => m.FeedbackId,
        FeedbackClassified m => m.FeedbackId,
        FeedbackAssigned m => m.FeedbackId,
        FeedbackAnswered m => m.FeedbackId,
        FeedbackPublished m => m.FeedbackId,
        FeedbackStatusChanged m => m.FeedbackId,
        FeedbackOverdue m => m.FeedbackId,
        FeedbackRated m => m.FeedbackId,
        _ => null,
    };
}

/// <summary>The fields of a PAKN that several events set, each kept from the highest version that spoke of it.</summary>
internal static class FeedbackFields
{
    public static void Status(FeedbackFact fact, string status, int version)
    {
        if (version >= fact.StatusVersion)
        {
            fact.Status = status;
            fact.StatusVersion = version;
        }
    }

    public static void LeadUnit(FeedbackFact fact, string? unit, int version)
    {
        if (unit is not null && version >= fact.LeadUnitVersion)
        {
            fact.LeadUnit = unit;
            fact.LeadUnitVersion = version;
        }
    }

    public static void AnswerDue(FeedbackFact fact, DateOnly? due, int version)
    {
        if (due is not null && version >= fact.AnswerDueVersion)
        {
            fact.AnswerDueOn = due;
            fact.AnswerDueVersion = version;
        }
    }

    public static void Overdue(FeedbackFact fact, DateOnly dueOn)
    {
        var since = dueOn.AddDays(1);
        fact.OverdueSince = fact.OverdueSince is { } known && known <= since ? known : since;
    }
}

public sealed class FeedbackClassifiedConsumer(ReportingDb db, TimeProvider clock) : FeedbackFactConsumer<FeedbackClassified>(db, clock)
{
    public override async Task ProjectAsync(FeedbackClassified m, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await FactAsync(m.FeedbackId, m.TrackingCode, cancellationToken);
        fact.Outcome = m.Outcome;
        fact.Category = m.Category;
        fact.ClassifiedAt = m.ClassifiedAt.UtcDateTime;
        FeedbackFields.AnswerDue(fact, m.AnswerDueOn, m.Version);
        FeedbackFields.Status(fact, m.Outcome == "WithinAuthority" ? "Accepted" : m.Outcome, m.Version);
    }
}

public sealed class FeedbackAssignedConsumer(ReportingDb db, TimeProvider clock) : FeedbackFactConsumer<FeedbackAssigned>(db, clock)
{
    public override async Task ProjectAsync(FeedbackAssigned m, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await FactAsync(m.FeedbackId, m.TrackingCode, cancellationToken);
        FeedbackFields.LeadUnit(fact, m.LeadUnit, m.Version);
        FeedbackFields.AnswerDue(fact, m.AnswerDueOn, m.Version);
        FeedbackFields.Status(fact, "Assigned", m.Version);
    }
}

public sealed class FeedbackAnsweredConsumer(ReportingDb db, TimeProvider clock) : FeedbackFactConsumer<FeedbackAnswered>(db, clock)
{
    public override async Task ProjectAsync(FeedbackAnswered m, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await FactAsync(m.FeedbackId, m.TrackingCode, cancellationToken);
        FeedbackFields.LeadUnit(fact, m.LeadUnit, m.Version);
        FeedbackFields.AnswerDue(fact, m.AnswerDueOn, m.Version);
        FeedbackFields.Status(fact, "Answered", m.Version);
        if (m.Version >= fact.AnswerVersion)
        {
            fact.AnsweredAt = m.AnsweredAt.UtcDateTime;
            fact.AnsweredOn = VietnamTime.DateOf(m.AnsweredAt);
            fact.AnsweredOnTime = m.OnTime;
            fact.AnswerVersion = m.Version;
        }
    }
}

public sealed class FeedbackPublishedConsumer(ReportingDb db, TimeProvider clock) : FeedbackFactConsumer<FeedbackPublished>(db, clock)
{
    public override async Task ProjectAsync(FeedbackPublished m, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await FactAsync(m.FeedbackId, m.TrackingCode, cancellationToken);
        FeedbackFields.Status(fact, "Published", m.Version);
        if (m.Version >= fact.PublishVersion)
        {
            fact.PublishedAt = m.PublishedAt.UtcDateTime;
            fact.PublishedOn = VietnamTime.DateOf(m.PublishedAt);
            fact.PublishVersion = m.Version;
        }
    }
}

public sealed class FeedbackStatusChangedConsumer(ReportingDb db, TimeProvider clock) : FeedbackFactConsumer<FeedbackStatusChanged>(db, clock)
{
    public override async Task ProjectAsync(FeedbackStatusChanged m, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await FactAsync(m.FeedbackId, m.TrackingCode, cancellationToken);
        FeedbackFields.LeadUnit(fact, m.LeadUnit, m.Version);
        FeedbackFields.Status(fact, m.To, m.Version);
        if (m.To is "InProgress" && m.From is "Answered" or "Published" or "Closed")
        {
            // Reopened: an answer or a publication older than the reopening no longer counts as the outcome.
            if (m.Version >= fact.AnswerVersion)
            {
                fact.AnsweredAt = null;
                fact.AnsweredOn = null;
                fact.AnsweredOnTime = null;
                fact.AnswerVersion = m.Version;
            }

            if (m.Version >= fact.PublishVersion)
            {
                fact.PublishedAt = null;
                fact.PublishedOn = null;
                fact.PublishVersion = m.Version;
            }
        }
    }
}

public sealed class FeedbackOverdueConsumer(ReportingDb db, TimeProvider clock) : FeedbackFactConsumer<FeedbackOverdue>(db, clock)
{
    public override async Task ProjectAsync(FeedbackOverdue m, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await FactAsync(m.FeedbackId, m.TrackingCode, cancellationToken);
        FeedbackFields.Overdue(fact, m.DueOn);
        FeedbackFields.LeadUnit(fact, m.LeadUnit, m.Version);
    }
}

public sealed class FeedbackRatedConsumer(ReportingDb db, TimeProvider clock) : FeedbackFactConsumer<FeedbackRated>(db, clock)
{
    public override async Task ProjectAsync(FeedbackRated m, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await FactAsync(m.FeedbackId, m.TrackingCode, cancellationToken);
        if (m.Version >= fact.RatingVersion)
        {
            fact.Satisfied = m.Satisfied;
            fact.RatingScore = m.Score;
            fact.RatingVersion = m.Version;
        }
    }
}
