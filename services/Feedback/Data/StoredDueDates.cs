using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace VanPhong.Feedback.Data;

/// <summary>
/// Puts right the stored due date of the step under way (<see cref="FeedbackCase.CurrentDueOn"/>) where it no longer
/// follows the case's status and due dates. Every save of this version writes it; a replica of the version before the
/// column (still running during a rolling update, after the new one migrated) inserts cases without it and moves
/// their status without moving it, and a later save does not repair it (EF Core writes the column only when the
/// computed value changes). Such a case would be missing from the staff list's overdue filter and the late list.
/// The deadline watch runs this first every working day (<see cref="Handling.DeadlineWatch.RunAsync"/>): one UPDATE
/// of the rows that differ, no version change (the case itself did not change), no event.
/// </summary>
public static class StoredDueDates
{
    private static readonly Expression<Func<FeedbackCase, bool>> Stale = StaleQuery();

    public static Task<int> RepairAsync(FeedbackDb db, CancellationToken cancellationToken) =>
        db.Cases.Where(Stale).ExecuteUpdateAsync(s => s.SetProperty(c => c.CurrentDueOn, FeedbackCase.DueOfStepUnderWay), cancellationToken);

    /// <summary>c => c.CurrentDueOn != DueOfStepUnderWay(c), with C#'s null semantics (NULL against a date differs).</summary>
    private static Expression<Func<FeedbackCase, bool>> StaleQuery()
    {
        var due = FeedbackCase.DueOfStepUnderWay;
        var stored = Expression.Property(due.Parameters[0], nameof(FeedbackCase.CurrentDueOn));
        return Expression.Lambda<Func<FeedbackCase, bool>>(Expression.NotEqual(stored, due.Body), due.Parameters);
    }
}
