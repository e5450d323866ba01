using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Projections;

namespace VanPhong.Reporting.Feedback;

/// <summary>Records a received PAKN in the reporting read model.</summary>
public sealed class FeedbackReceivedConsumer(ReportingDb db, TimeProvider clock)
    : ProjectingConsumer<FeedbackReceived>(db, clock)
{
    public override async Task ProjectAsync(FeedbackReceived message, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await Db.Feedback.FindAsync([message.FeedbackId], cancellationToken);
        if (fact is null)
        {
            fact = new FeedbackFact { FeedbackId = message.FeedbackId };
            Db.Feedback.Add(fact);
        }

        fact.TrackingCode = message.TrackingCode;
        if (fact.ClassifiedAt is null)
        {
            // Classification may have corrected the category already; the later word wins.
            fact.Category = message.Category;
        }

        fact.Channel = message.Channel;
        fact.ProcedureCode = message.ProcedureCode;
        fact.ReceivedAt = message.ReceivedAt.UtcDateTime;
        fact.ReceivedOn = VietnamTime.DateOf(message.ReceivedAt);
        fact.ClassificationDueOn = message.ClassificationDueOn;
    }
}
