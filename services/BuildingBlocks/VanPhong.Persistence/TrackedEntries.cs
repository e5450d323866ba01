using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace VanPhong.Persistence;

/// <summary>
/// The change tracker's entries as they stand, without detecting changes again. EF Core's <c>Entries()</c> runs a
/// full change detection over every tracked entity each time it is called; the save interceptors (versions, outbox,
/// audit log) made seven such passes per save, over a group commit's whole unit of work, before SaveChanges made its
/// own. An interceptor that needs modifications detects once itself (<c>DetectChanges()</c>) and then reads with this;
/// one that looks only for added rows (added by <c>Add</c>, never found by detection) needs no detection at all.
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
