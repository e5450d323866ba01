// Why one file: the public search's in-memory copy of the catalog, how it is rebuilt and the warm-up that builds it at start
// change together; splitting the rebuild from the copy it swaps would only spread one job over two files.

using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.English;
using VanPhong.Catalog.Model;
using VanPhong.Catalog.Procedures;
using VanPhong.Text;

namespace VanPhong.Catalog.Public;

/// <summary>
/// The public search's copy of the catalog, in memory: every version that is in force or will be (a decision may take
/// effect later), with its folded search text, its filter fields and its search hit already written in Vietnamese and
/// in English, in the order the search lists them (sector, then code). A search is a pass over a few thousand entries
/// in memory instead of two scans of the table and a JSON parse per hit.
/// <para>
/// It is rebuilt when the catalog changes. On this replica a write of a version or an English text
/// (<see cref="CatalogSearchIndexInterceptor"/>) makes the next search rebuild it before answering, so the office sees
/// its decision as soon as the apply returns. Another replica's writes are noticed by a cheap marker (the number of
/// versions and English texts, the last English recorded) read at most once a second by a search; a changed marker
/// rebuilds in the background while searches go on with the copy they have, so a replica lags another's writes by
/// about a second. A rebuild reads the narrow version rows again but parses the content of new versions only
/// (versions never change once written; only the end of their validity does, and that is a column).
/// </para>
/// </summary>
public sealed class CatalogSearchIndex(IServiceScopeFactory scopes, ILogger<CatalogSearchIndex> logger)
{
    private static readonly long MarkerInterval = Stopwatch.Frequency;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _generation;
    private long _nextMarkerCheck;
    private Snapshot? _snapshot;

    /// <summary>Builds the index ahead of the first search; a failure is logged and left to the first search.</summary>
    public async Task WarmAsync(DateOnly today)
    {
        try
        {
            await ReadAsync(today);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not build the catalog search index at start");
        }
    }

    /// <summary>Something the search shows changed on this replica: the next search rebuilds before it answers.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    /// <summary>The index as of now, for a search of the procedures in force on <paramref name="today"/>.</summary>
    public async ValueTask<Snapshot> ReadAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null && snapshot.Generation == Interlocked.Read(ref _generation) && today >= snapshot.BuiltFor)
        {
            CheckMarkerNowAndThen(snapshot);
            return snapshot;
        }

        return await RebuildAsync(today, onlyIfStale: true, cancellationToken);
    }

    private async Task<Snapshot> RebuildAsync(DateOnly today, bool onlyIfStale, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var current = _snapshot;
            // Read before the database: a write that commits during the build raises it again and the next search rebuilds.
            var generation = Interlocked.Read(ref _generation);
            if (onlyIfStale && current is not null && current.Generation == generation && today >= current.BuiltFor)
            {
                return current;
            }

            // Not the caller's token: a search given up while the index is built would waste the build for those waiting.
            var built = await BuildAsync(generation, today, current, CancellationToken.None);
            Volatile.Write(ref _snapshot, built);
            return built;
        }
        finally
        {
            _gate.Release();
        }
    }

    private void CheckMarkerNowAndThen(Snapshot snapshot)
    {
        var now = Stopwatch.GetTimestamp();
        var due = Interlocked.Read(ref _nextMarkerCheck);
        if (now < due || Interlocked.CompareExchange(ref _nextMarkerCheck, now + MarkerInterval, due) != due)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var marker = await MarkerAsync(scope.ServiceProvider.GetRequiredService<CatalogDb>(), CancellationToken.None);
                if (marker != snapshot.Marker && ReferenceEquals(Volatile.Read(ref _snapshot), snapshot))
                {
                    await RebuildAsync(snapshot.BuiltFor, onlyIfStale: false, CancellationToken.None);
                }
            }
            catch (Exception e)
            {
                // The copy in hand stays in use; the next check tries again.
                logger.LogWarning(e, "Could not check whether the catalog changed on another replica");
            }
        });
    }

    private async Task<Snapshot> BuildAsync(long generation, DateOnly builtFor, Snapshot? previous, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDb>();
        // The marker first: a change committed while the rows are read makes it differ at the next check.
        var marker = await MarkerAsync(db, cancellationToken);
        var rows = await db.Versions.AsNoTracking()
            .Where(v => v.Change != ChangeKind.Abolished && (v.EffectiveTo == null || v.EffectiveTo > builtFor))
            .Select(v => new { v.Id, v.Code, v.IsSample, v.Name, v.Sector, v.OnlineLevel, v.OneStop, v.EffectiveFrom, v.EffectiveTo, v.SearchText })
            .ToListAsync(cancellationToken);
        var englishNames = (await db.EnglishTexts.AsNoTracking().Select(e => new { e.Code, e.Json }).ToListAsync(cancellationToken))
            .ToDictionary(e => e.Code, e => JsonSerializer.Deserialize<EnglishText>(e.Json, CatalogJson.Options)!.Name, StringComparer.Ordinal);

        var known = previous?.Contents ?? [];
        var contents = new Dictionary<Guid, ContentFacts>(rows.Count);
        var missing = new List<Guid>();
        foreach (var row in rows)
        {
            if (known.TryGetValue(row.Id, out var facts))
            {
                contents[row.Id] = facts;
            }
            else
            {
                missing.Add(row.Id);
            }
        }

        // In chunks: a list of thousands of ids is too many parameters for SQL Server.
        foreach (var chunk in missing.Chunk(500))
        {
            foreach (var (id, content) in await db.ContentsAsync(chunk, cancellationToken))
            {
                contents[id] = new ContentFacts(content.NameEn, content.ProcessingTimeText, PublicCatalogApi.English.ProcessingTime(content));
            }
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string s) => strings.TryGetValue(s, out var one) ? one : strings[s] = s;
        var entries = rows.Select(r =>
        {
            var facts = contents[r.Id];
            var sector = Shared(r.Sector);
            var level = Shared(r.OnlineLevel);
            var englishName = englishNames.GetValueOrDefault(r.Code) ?? facts.NameEn;
            return new Entry(
                r.Code, sector, level, r.OneStop, r.EffectiveFrom.DayNumber, r.EffectiveTo?.DayNumber ?? int.MaxValue, r.SearchText,
                new PublicCatalogApi.SearchHit(r.Code, r.Name, sector, level, OnlineLevels.Names[level], r.OneStop, facts.ProcessingTime, r.IsSample),
                new PublicCatalogApi.SearchHit(r.Code, englishName ?? r.Name, PublicCatalogApi.English.Sector(sector), level, PublicCatalogApi.English.OnlineLevel(level), r.OneStop, facts.ProcessingTimeEn, r.IsSample,
                    englishName is null ? Bilingual.Vietnamese : Bilingual.English));
        }).ToArray();
        Array.Sort(entries, (a, b) => StoredOrder(a.Sector, b.Sector) is var bySector and not 0 ? bySector : StoredOrder(a.Code, b.Code));
        Interlocked.Exchange(ref _nextMarkerCheck, Stopwatch.GetTimestamp() + MarkerInterval);
        logger.LogDebug("Catalog search index built: {Entries} versions ({Parsed} contents parsed) in {Elapsed} ms",
            entries.Length, missing.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new Snapshot(generation, builtFor, marker, entries, contents);
    }

    private static async Task<ChangeMarker> MarkerAsync(CatalogDb db, CancellationToken cancellationToken) => new(
        await db.Versions.CountAsync(cancellationToken),
        await db.EnglishTexts.CountAsync(cancellationToken),
        await db.EnglishTexts.MaxAsync(e => (DateTime?)e.RecordedAt, cancellationToken));

    /// <summary>
    /// The order SQLite's ORDER BY gave (BINARY: the UTF-8 bytes, that is code points): UTF-16 code units order the same
    /// except that a surrogate pair (above U+FFFF) must come after U+E000–U+FFFF.
    /// </summary>
    internal static int StoredOrder(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return CodePointOrder(a[i]) - CodePointOrder(b[i]);
            }
        }

        return a.Length - b.Length;

        static int CodePointOrder(char c) => c switch
        {
            >= '\uD800' and <= '\uDFFF' => c + 0x2000,
            >= '\uE000' => c - 0x800,
            _ => c,
        };
    }

    /// <summary>What the search hit needs from a version's JSON content, read once per version.</summary>
    public sealed record ContentFacts(string? NameEn, string ProcessingTime, string ProcessingTimeEn);

    /// <summary>What changes when the catalog changes, whichever replica changed it (versions and English texts are never deleted).</summary>
    public sealed record ChangeMarker(int Versions, int EnglishTexts, DateTime? LastEnglish);

    /// <param name="EffectiveFrom">The first day in force, as <see cref="DateOnly.DayNumber"/>.</param>
    /// <param name="EffectiveTo">The first day no longer in force (<see cref="int.MaxValue"/> while it has no end).</param>
    public sealed record Entry(
        string Code, string Sector, string OnlineLevel, bool OneStop, int EffectiveFrom, int EffectiveTo, string SearchText,
        PublicCatalogApi.SearchHit Vietnamese, PublicCatalogApi.SearchHit English);

    /// <param name="BuiltFor">Holds every version in force on this day or later.</param>
    public sealed class Snapshot(long generation, DateOnly builtFor, ChangeMarker marker, Entry[] entries, Dictionary<Guid, ContentFacts> contents)
    {
        public long Generation { get; } = generation;

        public DateOnly BuiltFor { get; } = builtFor;

        public ChangeMarker Marker { get; } = marker;

        internal Dictionary<Guid, ContentFacts> Contents { get; } = contents;

        /// <summary>
        /// The search of the procedures in force on <paramref name="today"/> whose folded search text contains every
        /// word, with the given filters (null: any), and the page of it after <paramref name="skip"/>.
        /// </summary>
        public (int Total, List<Entry> Page) Search(DateOnly today, IReadOnlyList<string> words, string? sector, string? onlineLevel, bool? oneStop, int skip, int take)
        {
            var day = today.DayNumber;
            var total = 0;
            var page = new List<Entry>(Math.Min(take, 100));
            foreach (var e in entries)
            {
                if (e.EffectiveFrom > day || e.EffectiveTo <= day
                    || (sector is not null && !string.Equals(e.Sector, sector, StringComparison.Ordinal))
                    || (onlineLevel is not null && !string.Equals(e.OnlineLevel, onlineLevel, StringComparison.Ordinal))
                    || (oneStop is { } desk && e.OneStop != desk)
                    || !ContainsAll(e.SearchText, words))
                {
                    continue;
                }

                if (total >= skip && page.Count < take)
                {
                    page.Add(e);
                }

                total++;
            }

            return (total, page);
        }

        /// <summary>How many procedures each sector has in force on <paramref name="today"/>, sectors in stored order.</summary>
        public List<(string Sector, int Count)> Sectors(DateOnly today)
        {
            var day = today.DayNumber;
            var counts = new List<(string Sector, int Count)>();
            foreach (var e in entries)
            {
                if (e.EffectiveFrom > day || e.EffectiveTo <= day)
                {
                    continue;
                }

                if (counts.Count > 0 && string.Equals(counts[^1].Sector, e.Sector, StringComparison.Ordinal))
                {
                    counts[^1] = (e.Sector, counts[^1].Count + 1);
                }
                else
                {
                    counts.Add((e.Sector, 1));
                }
            }

            return counts;
        }

        private static bool ContainsAll(string text, IReadOnlyList<string> words)
        {
            foreach (var word in words)
            {
                if (!text.Contains(word, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>Builds the search index when the service starts (after the sample catalog is seeded), in the background.</summary>
internal sealed class CatalogSearchIndexWarmup(CatalogSearchIndex index, TimeProvider clock) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = index.WarmAsync(VanPhong.Calendar.VietnamTime.Today(clock));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
