using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Projections;

namespace VanPhong.Reporting.Feedback;

/// <summary>
/// The handling of a PAKN as reporting needs it (received, handled, on time, overdue, published, rated).
/// Events may arrive in any order; each sets only its own fields, so the order does not change the result.
/// </summary>
public abstract class FeedbackFactConsumer<T>(ReportingDb db, TimeProvider clock) : ProjectingConsumer<T>(db, clock)
    where T : class
{
    protected async Task<FeedbackFact> FactAsync(Guid id, string trackingCode, CancellationToken cancellationToken)
    {
        var fact = await Db.Feedback.FindAsync([id], cancellationToken);
        if (fact is null)
        {
            // The handling event came before FeedbackReceived: a placeholder that FeedbackReceived completes.
            fact = new FeedbackFact { FeedbackId = id, TrackingCode = trackingCode };
            Db.Feedback.Add(fact);
        }

        return fact;
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
        fact.AnswerDueOn = m.AnswerDueOn ?? fact.AnswerDueOn;
        if (fact.AnsweredAt is null)
        {
            fact.Status = m.Outcome == "WithinAuthority" ? "Accepted" : m.Outcome;
        }
    }
}

public sealed class FeedbackAssignedConsumer(ReportingDb db, TimeProvider clock) : FeedbackFactConsumer<FeedbackAssigned>(db, clock)
{
    public override async Task ProjectAsync(FeedbackAssigned m, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await FactAsync(m.FeedbackId, m.TrackingCode, cancellationToken);
        fact.LeadUnit = m.LeadUnit;
        fact.AnswerDueOn = m.AnswerDueOn;
        if (fact.AnsweredAt is null)
        {
            fact.Status = "Assigned";
        }
    }
}

public sealed class FeedbackAnsweredConsumer(ReportingDb db, TimeProvider clock) : FeedbackFactConsumer<FeedbackAnswered>(db, clock)
{
    public override async Task ProjectAsync(FeedbackAnswered m, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await FactAsync(m.FeedbackId, m.TrackingCode, cancellationToken);
        fact.LeadUnit = m.LeadUnit ?? fact.LeadUnit;
        fact.AnswerDueOn = m.AnswerDueOn;
        fact.AnsweredAt = m.AnsweredAt.UtcDateTime;
        fact.AnsweredOn = VietnamTime.DateOf(m.AnsweredAt);
        fact.AnsweredOnTime = m.OnTime;
        if (fact.PublishedAt is null)
        {
            fact.Status = "Answered";
        }
    }
}

public sealed class FeedbackPublishedConsumer(ReportingDb db, TimeProvider clock) : FeedbackFactConsumer<FeedbackPublished>(db, clock)
{
    public override async Task ProjectAsync(FeedbackPublished m, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await FactAsync(m.FeedbackId, m.TrackingCode, cancellationToken);
        fact.PublishedAt = m.PublishedAt.UtcDateTime;
        fact.PublishedOn = VietnamTime.DateOf(m.PublishedAt);
        fact.Status = "Published";
    }
}

public sealed class FeedbackStatusChangedConsumer(ReportingDb db, TimeProvider clock) : FeedbackFactConsumer<FeedbackStatusChanged>(db, clock)
{
    public override async Task ProjectAsync(FeedbackStatusChanged m, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await FactAsync(m.FeedbackId, m.TrackingCode, cancellationToken);
        fact.LeadUnit = m.LeadUnit ?? fact.LeadUnit;
        if (m.To is "InProgress" && m.From is "Answered" or "Published" or "Closed")
        {
            // Reopened: the earlier answer no longer counts as the outcome.
            fact.AnsweredAt = null;
            fact.AnsweredOn = null;
            fact.AnsweredOnTime = null;
            fact.PublishedAt = null;
            fact.PublishedOn = null;
        }

        fact.Status = m.To == "Closed" && fact.PublishedAt is not null ? "Published" : m.To;
    }
}

public sealed class FeedbackOverdueConsumer(ReportingDb db, TimeProvider clock) : FeedbackFactConsumer<FeedbackOverdue>(db, clock)
{
    public override async Task ProjectAsync(FeedbackOverdue m, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await FactAsync(m.FeedbackId, m.TrackingCode, cancellationToken);
        fact.OverdueSince ??= m.DueOn.AddDays(1);
        fact.LeadUnit = m.LeadUnit ?? fact.LeadUnit;
    }
}

public sealed class FeedbackRatedConsumer(ReportingDb db, TimeProvider clock) : FeedbackFactConsumer<FeedbackRated>(db, clock)
{
    public override async Task ProjectAsync(FeedbackRated m, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await FactAsync(m.FeedbackId, m.TrackingCode, cancellationToken);
        fact.Satisfied = m.Satisfied;
        fact.RatingScore = m.Score;
    }
}
