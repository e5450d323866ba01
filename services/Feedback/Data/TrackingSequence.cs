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
        if (await TakeAsync(db, year, cancellationToken) is { } number)
        {
            return Code(year, number);
        }

        // REVIEW: the first code of a year inserts the row; on SQL Server two first submissions racing at the
        // turn of the year could collide on the key, and the loser gets a 500 and may resubmit.
        db.TrackingSequences.Add(new TrackingSequence(year, 1));
        await db.SaveChangesAsync(cancellationToken);
        return Code(year, 1);
    }

    /// <summary>The year's next number, or null when the year has no row yet.</summary>
    private static async Task<int?> TakeAsync(FeedbackDb db, int year, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            // One statement: the UPDATE gives back the number it took (RETURNING), where an update and a read of it
            // were two statements on the path of every submission.
            var taken = await db.Database
                .SqlQuery<int>($"UPDATE \"TrackingSequences\" SET \"Last\" = \"Last\" + 1 WHERE \"Year\" = {year} RETURNING \"Last\" AS \"Value\"")
                .ToListAsync(cancellationToken);
            return taken.Count == 1 ? taken[0] : null;
        }

        // SQL Server would take OUTPUT instead, refused on a table with triggers and not verifiable here: two statements.
        var updated = await db.TrackingSequences
            .Where(s => s.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Last, x => x.Last + 1), cancellationToken);
        return updated == 0 ? null
            : await db.TrackingSequences.Where(s => s.Year == year).Select(s => s.Last).SingleAsync(cancellationToken);
    }

    private static string Code(int year, int number) => $"PAKN-{year}-{number:D6}";
}
