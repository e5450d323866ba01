using Microsoft.EntityFrameworkCore;

namespace VanPhong.Feedback.Data;

/// <summary>The last tracking number handed out in a year: PAKN-{Year}-{Last:000000}.</summary>
public sealed class TrackingSequence(int year, int last)
{
    public int Year { get; private set; } = year;

    public int Last { get; private set; } = last;
}

public static class TrackingCodes
{
    /// <summary>
    /// Takes the next number of the year inside the caller's transaction. The UPDATE takes the write lock first,
    /// so two concurrent submissions never receive the same number.
    /// </summary>
    public static async Task<string> NextAsync(FeedbackDb db, int year, CancellationToken cancellationToken)
    {
        var updated = await db.TrackingSequences
            .Where(s => s.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Last, x => x.Last + 1), cancellationToken);
        int number;
        if (updated == 0)
        {
            // REVIEW: the first code of a year inserts the row; on SQL Server two first submissions racing at the
            // turn of the year could collide on the key, and the loser gets a 500 and may resubmit.
            db.TrackingSequences.Add(new TrackingSequence(year, 1));
            await db.SaveChangesAsync(cancellationToken);
            number = 1;
        }
        else
        {
            number = await db.TrackingSequences.Where(s => s.Year == year).Select(s => s.Last).SingleAsync(cancellationToken);
        }

        return $"PAKN-{year}-{number:D6}";
    }
}
