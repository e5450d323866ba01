using MassTransit;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;

namespace VanPhong.Reporting.Feedback;

/// <summary>Records a received PAKN in the reporting read model.</summary>
public sealed class FeedbackReceivedConsumer(ReportingDb db, TimeProvider clock)
    : IdempotentConsumer<FeedbackReceived, ReportingDb>(db, clock)
{
    protected override async Task ApplyAsync(FeedbackReceived message, ConsumeContext<FeedbackReceived> context)
    {
        var fact = await Db.Feedback.SingleOrDefaultAsync(f => f.FeedbackId == message.FeedbackId, context.CancellationToken);
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
