using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.English;
using VanPhong.Catalog.Lists;
using VanPhong.Catalog.Model;
using VanPhong.Catalog.Procedures;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Catalog.Public;

public sealed class PublicCatalogOptions
{
    /// <summary>Where a citizen submits online; {code} is replaced by the procedure's code.</summary>
    public string OnlineServiceUrl { get; set; } = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}";

    public int MaxPageSize { get; set; } = 100;
}

/// <summary>
/// Tra cứu TTHC for citizens and investors: search by words (with or without diacritics) or code, filter by sector,
/// online level and one-stop desk; the detail says what to bring, how long it takes in working days and on what
/// date the result is due if submitted today, what it costs, where to go and on what legal basis. A reader who prefers
/// English (Accept-Language, or ?lang=en) reads the office's English text of the procedure; a field without English
/// stays Vietnamese and is listed in <c>untranslated</c>, and Content-Language says "en" or "en, vi".
/// </summary>
public static class PublicCatalogApi
{
    /// <param name="NameLanguage">The language <paramref name="Name"/> is in ("vi" when English was asked but the procedure has no English name yet).</param>
    public sealed record SearchHit(string Code, string Name, string Sector, string OnlineLevel, string OnlineLevelName, bool OneStop, string ProcessingTime, bool IsSample, string NameLanguage = "vi");

    public sealed record SearchPage(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Items);

    public sealed record SectorCount(string Sector, string Name, int Procedures);

    public sealed record DueDate(DateOnly SubmittedOn, DateOnly ResultDueOn, bool CalendarEstimated, string Note);

    /// <param name="AmountText">The amount as the reader's language writes it: "1.234.567 đồng" / "VND 1,234,567".</param>
    public sealed record PublicFee(string Name, long Amount, string? Note, string? AmountText = null);

    public sealed record PublicProcedure(
        string Code, string Name, string? NameVi, bool Translated, string Sector, string Level, string ImplementingAgency, string Applicants, string? Conditions,
        IReadOnlyList<string> Steps, string Methods, DeliveryMethods DeliveryMethods, IReadOnlyList<DossierComponent> Dossier,
        int ProcessingDays, bool WorkingDays, string ProcessingTime, DueDate DueIfSubmittedToday,
        IReadOnlyList<PublicFee> Fees, long TotalFees, string? FeeExemptions, string Result, IReadOnlyList<LegalBasis> LegalBases,
        string OnlineLevel, string OnlineLevelName, string? OnlineServiceUrl, bool PostalService, bool OnlinePayment, bool OneStop, string Place,
        string DecisionNumber, DateOnly EffectiveFrom, bool IsSample,
        string Language = "vi", IReadOnlyList<string>? Untranslated = null, int? EnglishTranslatesVersion = null, bool EnglishOutdated = false,
        string? TotalFeesText = null, string? EffectiveFromText = null, string? ResultDueOnText = null);

    private const int MaxPage = 100_000;

    public static RouteGroupBuilder MapPublicCatalog(this RouteGroupBuilder group)
    {
        group.MapGet("/", SearchAsync).WithName("SearchProcedures").WithSummary("Tra cứu thủ tục hành chính");
        group.MapGet("/sectors", SectorsAsync).WithName("ProcedureSectors").WithSummary("Các lĩnh vực và số thủ tục");
        group.MapGet("/{code}", DetailAsync).WithName("ProcedureDetail").WithSummary("Chi tiết thủ tục hành chính");
        return group;
    }

    private static async Task<Results<Ok<SearchPage>, ValidationProblem>> SearchAsync(
        string? q, string? sector, string? onlineLevel, bool? oneStop, int? page, int? pageSize, HttpContext http, CatalogSearchIndex index, TimeProvider clock, IOptions<PublicCatalogOptions> options)
    {
        var english = http.PrefersEnglish();
        var size = Math.Clamp(pageSize ?? 20, 1, options.Value.MaxPageSize);
        var number = Math.Max(page ?? 1, 1);
        if (number > MaxPage)
        {
            // (page - 1) × size would overflow and Skip a negative count: page 2147483647 came back as page 1.
            return Problems.Invalid("page", "Số trang từ 1 đến 100.000.", title: "Điều kiện tra cứu chưa hợp lệ");
        }

        if (onlineLevel is not null && !OnlineLevels.Names.ContainsKey(onlineLevel))
        {
            return Problems.Invalid("onlineLevel", "Mức độ trực tuyến: Full (toàn trình), Partial (một phần) hoặc None.", title: "Điều kiện tra cứu chưa hợp lệ");
        }

        var today = VietnamTime.Today(clock);
        var words = VietnameseText.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10).ToArray();
        var catalog = await index.ReadAsync(today, http.RequestAborted);
        var (total, entries) = catalog.Search(today, words, VietnameseText.Clean(sector), onlineLevel, oneStop, (number - 1) * size, size);
        var hits = entries.Select(e => english ? e.English : e.Vietnamese).ToList();
        if (english)
        {
            http.AnswersIn(hits.All(h => h.NameLanguage == Bilingual.English) ? [Bilingual.English] : [Bilingual.English, Bilingual.Vietnamese]);
        }

        return TypedResults.Ok(new SearchPage(total, number, size, hits));
    }

    private static async Task<Ok<List<SectorCount>>> SectorsAsync(HttpContext http, CatalogSearchIndex index, TimeProvider clock)
    {
        var english = http.PrefersEnglish();
        if (english)
        {
            http.AnswersIn(Bilingual.English);
        }

        var today = VietnamTime.Today(clock);
        var counts = (await index.ReadAsync(today, http.RequestAborted)).Sectors(today).Select(c => new { c.Sector, c.Count });
        return TypedResults.Ok(counts
            .OrderBy(c => c.Sector, VietnameseText.Comparer)
            .Select(c => new SectorCount(c.Sector, english ? English.Sector(c.Sector) : c.Sector, c.Count))
            .ToList());
    }

    private static async Task<Results<Ok<PublicProcedure>, NotFoundProblem>> DetailAsync(string code, HttpContext http, CatalogDb db, WorkingDayCalendar calendar, TimeProvider clock, IOptions<PublicCatalogOptions> options)
    {
        var today = VietnamTime.Today(clock);
        var row = await db.InForce(today).Include(v => v.Body).SingleOrDefaultAsync(v => v.Code == code);
        if (row is null)
        {
            // The English twin of both texts is in EnglishMessages; the problem writer picks it for an English reader.
            return Problems.NotFound("Không tìm thấy thủ tục hành chính",
                detail: $"Không có thủ tục mã {code} đang có hiệu lực. Vui lòng kiểm tra lại mã hoặc tra cứu theo tên thủ tục.");
        }

        var vietnamese = row.Content;
        var english = http.PrefersEnglish();
        var language = english ? Bilingual.English : Bilingual.Vietnamese;
        var translation = english
            ? EnglishMerge.Merge(vietnamese, await db.EnglishTexts.AsNoTracking().SingleOrDefaultAsync(e => e.ProcedureId == row.ProcedureId), row.Number)
            : null;
        var c = translation?.Content ?? vietnamese;
        if (translation is not null)
        {
            http.AnswersIn(translation.Untranslated.Count == 0 ? [Bilingual.English] : [Bilingual.English, Bilingual.Vietnamese]);
        }

        var due = c.WorkingDays ? calendar.AddWorkingDays(today, c.ProcessingDays) : calendar.AddCalendarDays(today, c.ProcessingDays);
        var estimated = calendar.IsEstimated(today.Year) || calendar.IsEstimated(due.Year);
        var note = english
            ? c.WorkingDays
                ? "Counted from the day a complete, valid dossier is received, excluding Saturdays, Sundays and public holidays."
                : "Counted from the day a complete, valid dossier is received; if the last day is a holiday, the time ends on the next working day."
            : c.WorkingDays
                ? "Tính từ ngày nhận đủ hồ sơ hợp lệ, không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết."
                : "Tính từ ngày nhận đủ hồ sơ hợp lệ; nếu ngày cuối cùng là ngày nghỉ thì kết thúc vào ngày làm việc tiếp theo.";
        var url = c.OnlineLevel == OnlineLevels.None ? null : options.Value.OnlineServiceUrl.Replace("{code}", Uri.EscapeDataString(code), StringComparison.Ordinal);
        return TypedResults.Ok(new PublicProcedure(
            code,
            c.Name,
            english ? vietnamese.Name : null,
            translation is not null && !translation.Untranslated.Contains("name"),
            c.Sector,
            c.Level, c.ImplementingAgency, c.Applicants, c.Conditions, c.Steps,
            english ? English.Methods(c.Methods) : PublishedLists.Methods(c.Methods), c.Methods, c.Dossier,
            c.ProcessingDays, c.WorkingDays, english ? English.ProcessingTime(c) : c.ProcessingTimeText,
            new DueDate(today, due, estimated, note),
            c.Fees.Select(f => new PublicFee(f.Name, f.Amount, f.Note, Formats.Money(f.Amount, language))).ToList(), c.Fees.Sum(f => f.Amount), c.FeeExemptions, c.Result, c.LegalBases,
            c.OnlineLevel, english ? English.OnlineLevel(c.OnlineLevel) : OnlineLevels.Names[c.OnlineLevel], url,
            c.PostalService, c.OnlinePayment, c.OneStop, c.Place, row.DecisionNumber, row.EffectiveFrom, row.IsSample,
            language, translation?.Untranslated ?? [], translation?.TranslatesVersion, translation?.Outdated ?? false,
            Formats.Money(c.Fees.Sum(f => f.Amount), language), Formats.Date(row.EffectiveFrom, language), Formats.Date(due, language)));
    }

    /// <summary>English for foreign investors: names come from the catalog (NameEn); sectors and fixed labels from here.</summary>
    internal static class English
    {
        private static readonly Dictionary<string, string> Sectors = new(StringComparer.Ordinal)
        {
            ["Đầu tư tại Việt Nam"] = "Investment in Vietnam",
            ["Hoạt động xây dựng"] = "Construction",
            ["Quy hoạch xây dựng"] = "Construction planning",
            ["Môi trường"] = "Environment",
            ["Việc làm"] = "Employment (foreign workers)",
            ["Lao động"] = "Labour",
            ["Thương mại"] = "Trade",
            ["Đất đai"] = "Land",
            ["Doanh nghiệp"] = "Enterprises",
        };

        public static string Sector(string sector) => Sectors.GetValueOrDefault(sector, sector);

        public static string OnlineLevel(string level) => level switch
        {
            OnlineLevels.Full => "Fully online",
            OnlineLevels.Partial => "Partly online",
            _ => "Not online",
        };

        public static string ProcessingTime(ProcedureContent c) => Formats.Days(c.ProcessingDays, c.WorkingDays, Bilingual.English);

        public static string Methods(DeliveryMethods m) => string.Join("; ", new[]
        {
            m.Direct ? "In person" : null,
            m.Postal ? "By post" : null,
            m.Online ? "Online" : null,
        }.Where(s => s is not null));
    }
}
