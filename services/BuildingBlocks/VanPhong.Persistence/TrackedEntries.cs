using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace VanPhong.Persistence;

/// <summary>
/// The change tracker's entries as they stand, without detecting changes again. EF Core's <c>Entries()</c> runs a
/// full change detection over every tracked entity each time it is called; the save interceptors (versions, outbox,
/// audit log) made seven such passes per save, over a group commit's whole unit of work, before SaveChanges made its
/// own. An interceptor that needs modifications detects once itself (<c>DetectChanges()</c>) and then reads with this,
/// so it does not depend on the order interceptors run in. One that looks only for rows added with <c>Add</c> (the
/// outbox's: <c>AddEvent</c> adds them so) needs no detection; a row reached only through a navigation is found only by
/// detection, so an interceptor looking for such rows must detect first.
/// </summary>
public static class TrackedEntries
{
    public static List<EntityEntry> AsDetected(this ChangeTracker tracker) => WithoutDetection(tracker, t => t.Entries().ToList());

    public static List<EntityEntry<T>> AsDetected<T>(this ChangeTracker tracker)
        where T : class => WithoutDetection(tracker, t => t.Entries<T>().ToList());

    private static TResult WithoutDetection<TResult>(ChangeTracker tracker, Func<ChangeTracker, TResult> read)
    {
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return read(tracker);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }
}
