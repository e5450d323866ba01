using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Projections;

namespace VanPhong.Reporting.Feedback;

/// <summary>Records a received PAKN in the reporting read model (completing the row a later event may have started).</summary>
public sealed class FeedbackReceivedConsumer(ReportingDb db, TimeProvider clock) : FeedbackFactConsumer<FeedbackReceived>(db, clock)
{
    public override async Task ProjectAsync(FeedbackReceived message, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await FactAsync(message.FeedbackId, message.TrackingCode, cancellationToken);
        if (fact.ClassifiedAt is null)
        {
            // Classification may have corrected the category already; its word wins.
            fact.Category = message.Category;
        }

        fact.Channel = message.Channel;
        fact.ProcedureCode = message.ProcedureCode;
        fact.ReceivedAt = message.ReceivedAt.UtcDateTime;
        fact.ReceivedOn = VietnamTime.DateOf(message.ReceivedAt);
        fact.ClassificationDueOn = message.ClassificationDueOn;
        if (fact.Status.Length == 0 || message.Version > fact.StatusVersion)
        {
            // The first status of all: it never overrides a later step, even one recorded before versions existed.
            fact.Status = "Received";
            fact.StatusVersion = message.Version;
        }
    }
}
