using Microsoft.EntityFrameworkCore;

namespace VanPhong.Persistence;

public static class FindOrAddExtensions
{
    /// <summary>
    /// The row with this key, or a new one added to the context: for a read model filled in by several events in any
    /// order. Find sees rows already tracked (an earlier event of the same delivery) before it asks the database.
    /// </summary>
    public static async Task<T> FindOrAddAsync<T>(this DbSet<T> set, object key, Func<T> create, CancellationToken cancellationToken) where T : class
    {
        if (await set.FindAsync([key], cancellationToken) is { } found)
        {
            return found;
        }

        var made = create();
        set.Add(made);
        return made;
    }
}
