using Microsoft.EntityFrameworkCore;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Model;
using VanPhong.Catalog.Procedures;
using VanPhong.Catalog.Public;
using VanPhong.Text;

namespace VanPhong.IntegrationTests.Catalog;

/// <summary>
/// The public search as it was before the in-memory index, kept as the reference the index must agree with: the words,
/// filters and paging as SQL over the version table, the content of each hit read from its JSON, English names from
/// the office's English texts. Same arguments as the endpoint once it has validated them.
/// </summary>
internal static class ReferenceSearch
{
    public sealed record Answer(PublicCatalogApi.SearchPage Page, string ContentLanguage);

    public static async Task<Answer> SearchAsync(
        CatalogDb db, DateOnly today, bool english, string? q, string? sector, string? onlineLevel, bool? oneStop, int? page, int? pageSize, int maxPageSize = 100)
    {
        var size = Math.Clamp(pageSize ?? 20, 1, maxPageSize);
        var number = Math.Max(page ?? 1, 1);
        var query = db.InForce(today);
        foreach (var word in VietnameseText.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10))
        {
            query = query.Where(v => v.SearchText.Contains(word));
        }

        if (VietnameseText.Clean(sector) is { } s)
        {
            query = query.Where(v => v.Sector == s);
        }

        if (onlineLevel is not null)
        {
            query = query.Where(v => v.OnlineLevel == onlineLevel);
        }

        if (oneStop is { } desk)
        {
            query = query.Where(v => v.OneStop == desk);
        }

        var total = await query.CountAsync();
        var rows = await query.OrderBy(v => v.Sector).ThenBy(v => v.Code)
            .Skip((number - 1) * size).Take(size)
            .Select(v => new { v.Id, v.Code, v.IsSample, v.Name, v.Sector, v.OnlineLevel, v.OneStop })
            .ToListAsync();
        var contents = await db.ContentsAsync(rows.Select(r => r.Id).ToList());
        var codes = rows.Select(r => r.Code).ToList();
        var names = english
            ? (await db.EnglishTexts.AsNoTracking().Where(e => codes.Contains(e.Code)).ToListAsync()).ToDictionary(e => e.Code, e => e.Text.Name)
            : [];
        var hits = rows.Select(r =>
        {
            var content = contents[r.Id];
            var name = names.GetValueOrDefault(r.Code) ?? content.NameEn;
            return english
                ? new PublicCatalogApi.SearchHit(r.Code, name ?? r.Name, PublicCatalogApi.English.Sector(r.Sector), r.OnlineLevel, PublicCatalogApi.English.OnlineLevel(r.OnlineLevel),
                    r.OneStop, PublicCatalogApi.English.ProcessingTime(content), r.IsSample, name is null ? Bilingual.Vietnamese : Bilingual.English)
                : new PublicCatalogApi.SearchHit(r.Code, r.Name, r.Sector, r.OnlineLevel, OnlineLevels.Names[r.OnlineLevel], r.OneStop, content.ProcessingTimeText, r.IsSample);
        }).ToList();
        var language = !english ? Bilingual.Vietnamese
            : hits.All(h => h.NameLanguage == Bilingual.English) ? Bilingual.English
            : $"{Bilingual.English}, {Bilingual.Vietnamese}";
        return new Answer(new PublicCatalogApi.SearchPage(total, number, size, hits), language);
    }

    /// <summary>The sectors with the number of procedures in force, as the endpoint counted them in SQL.</summary>
    public static async Task<List<PublicCatalogApi.SectorCount>> SectorsAsync(CatalogDb db, DateOnly today, bool english)
    {
        var counts = await db.InForce(today).GroupBy(v => v.Sector).Select(g => new { Sector = g.Key, Count = g.Count() }).ToListAsync();
        return counts
            .OrderBy(c => c.Sector, VietnameseText.Comparer)
            .Select(c => new PublicCatalogApi.SectorCount(c.Sector, english ? PublicCatalogApi.English.Sector(c.Sector) : c.Sector, c.Count))
            .ToList();
    }
}
