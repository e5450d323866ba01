using System.Globalization;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Model;
using VanPhong.Catalog.Procedures;
using VanPhong.Documents;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Catalog.Lists;

/// <summary>A list the Board must publish, and which procedures belong to it.</summary>
public sealed record ListKind(string Key, string Title, Expression<Func<ProcedureVersion, bool>> Filter);

/// <summary>One row of a published list, in the columns of a list decision's annex.</summary>
public sealed record ListRow(int No, string Code, string Name, string Sector, string OnlineLevel, string Methods, string Place, string ProcessingTime, string Fees, string LegalBasis, bool IsSample);

public sealed record ListSector(string Numeral, string Sector, IReadOnlyList<ListRow> Rows);

public sealed record PublishedList(string Kind, string Title, DateOnly AsOf, int Total, bool ContainsSampleData, IReadOnlyList<ListSector> Sectors);

/// <summary>
/// The lists the Board publishes (NĐ 42/2022 for online services, QĐ 45/2016/QĐ-TTg for the public postal service,
/// NĐ 61/2018 for the one-stop desk): the procedures offered online in full or in part, by post, with online payment,
/// and received at the one-stop desk — each as of a date, as JSON or as an .xlsx in the layout of a list decision.
/// </summary>
public static class PublishedLists
{
    public static readonly IReadOnlyList<ListKind> Kinds =
    [
        new("online-full", "DANH MỤC THỦ TỤC HÀNH CHÍNH CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH", v => v.OnlineLevel == OnlineLevels.Full),
        new("online-partial", "DANH MỤC THỦ TỤC HÀNH CHÍNH CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN MỘT PHẦN", v => v.OnlineLevel == OnlineLevels.Partial),
        new("postal", "DANH MỤC THỦ TỤC HÀNH CHÍNH TIẾP NHẬN HỒ SƠ, TRẢ KẾT QUẢ QUA DỊCH VỤ BƯU CHÍNH CÔNG ÍCH", v => v.PostalService),
        new("online-payment", "DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN THANH TOÁN TRỰC TUYẾN", v => v.OnlinePayment),
        new("one-stop", "DANH MỤC THỦ TỤC HÀNH CHÍNH TIẾP NHẬN VÀ TRẢ KẾT QUẢ TẠI BỘ PHẬN MỘT CỬA", v => v.OneStop),
    ];

    public static readonly string[] Header = ["TT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Mức độ DVCTT", "Cách thức thực hiện", "Địa điểm thực hiện", "Thời hạn giải quyết", "Phí, lệ phí", "Căn cứ pháp lý"];

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static RouteGroupBuilder MapPublishedLists(this RouteGroupBuilder group)
    {
        group.MapGet("/lists", () => TypedResults.Ok(Kinds.Select(k => new { k.Key, k.Title }).ToList()))
            .WithName("PublishedListKinds").WithSummary("Các danh mục TTHC Ban quản lý công bố");
        group.MapGet("/lists/{kind}", async Task<Results<Ok<PublishedList>, NotFoundProblem>> (string kind, DateOnly? asOf, CatalogDb db, TimeProvider clock) =>
                await BuildAsync(db, kind, asOf ?? VietnamTime.Today(clock)) is { } list ? TypedResults.Ok(list) : UnknownKind(kind))
            .WithName("PublishedList").WithSummary("Danh mục TTHC tại một ngày");
        group.MapGet("/lists/{kind}/xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (string kind, DateOnly? asOf, CatalogDb db, TimeProvider clock) =>
            {
                var list = await BuildAsync(db, kind, asOf ?? VietnamTime.Today(clock));
                return list is null
                    ? UnknownKind(kind)
                    : TypedResults.File(Workbook(list), Spreadsheet.ContentType, $"danh-muc-{list.Kind}-{list.AsOf:yyyy-MM-dd}.xlsx");
            })
            .Produces(StatusCodes.Status200OK, contentType: Spreadsheet.ContentType) // a file result declares no metadata of its own
            .WithName("PublishedListXlsx").WithSummary("Danh mục TTHC dạng Excel, theo mẫu phụ lục quyết định công bố danh mục");
        return group;
    }

    public static async Task<PublishedList?> BuildAsync(CatalogDb db, string kind, DateOnly asOf)
    {
        var listKind = Kinds.SingleOrDefault(k => k.Key == kind);
        if (listKind is null)
        {
            return null;
        }

        var rows = await db.InForce(asOf)
            .Where(listKind.Filter)
            .Select(v => new { v.Code, v.IsSample, v.Body.Json })
            .ToListAsync();
        var contents = rows
            .Select(r => (r.Code, r.IsSample, Content: ProcedureVersionContent.Parse(r.Json)))
            .OrderBy(r => r.Content.Sector, VietnameseText.Comparer).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var number = 0;
        var sectors = contents.GroupBy(r => r.Content.Sector)
            .Select((g, i) => new ListSector(Roman(i + 1), g.Key, g.Select(r => Row(++number, r.Code, r.IsSample, r.Content)).ToList()))
            .ToList();
        return new PublishedList(listKind.Key, listKind.Title, asOf, number, contents.Any(r => r.IsSample), sectors);
    }

    public static byte[] Workbook(PublishedList list)
    {
        var title = new List<string>
        {
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA — BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG",
            list.Title,
            $"THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG (tính đến ngày {list.AsOf:dd/MM/yyyy})",
        };
        if (list.ContainsSampleData)
        {
            title.Add("DỮ LIỆU MẪU — không phải danh mục đã được công bố");
        }

        var rows = new List<IReadOnlyList<object?>>();
        foreach (var sector in list.Sectors)
        {
            rows.Add([sector.Numeral, null, $"Lĩnh vực {sector.Sector}"]);
            rows.AddRange(sector.Rows.Select(r => (IReadOnlyList<object?>)[r.No, r.Code, r.Name, r.Sector, r.OnlineLevel, r.Methods, r.Place, r.ProcessingTime, r.Fees, r.LegalBasis]));
        }

        return Spreadsheet.Write(new SheetContent("Danh mục", title, Header, rows, [6, 14, 50, 20, 14, 22, 30, 16, 26, 40]));
    }

    private static ListRow Row(int no, string code, bool isSample, ProcedureContent c) => new(
        no, code, c.Name, c.Sector, OnlineLevels.Names[c.OnlineLevel], Methods(c.Methods), c.Place, c.ProcessingTimeText, Fees(c), LegalBases(c), isSample);

    public static string Methods(DeliveryMethods m) => string.Join("; ", new[]
    {
        m.Direct ? "Trực tiếp" : null,
        m.Postal ? "Qua dịch vụ bưu chính" : null,
        m.Online ? "Trực tuyến" : null,
    }.Where(s => s is not null));

    public static string Fees(ProcedureContent c) => c.Fees.Count == 0
        ? "Không"
        : string.Join("; ", c.Fees.Select(f => f.Amount > 0 ? $"{f.Name}: {Money(f.Amount)} đồng" : $"{f.Name}: {f.Note}"));

    public static string LegalBases(ProcedureContent c) => string.Join("; ", c.LegalBases.Select(b =>
        $"{b.Title} số {b.Number}{(b.Date is { } d ? $" ngày {d:dd/MM/yyyy}" : "")} của {b.Issuer}"));

    public static string Money(long amount) => amount.ToString("#,0", Vietnamese);

    private static string Roman(int n)
    {
        (int Value, string Numeral)[] table = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = "";
        foreach (var (value, numeral) in table)
        {
            while (n >= value)
            {
                result += numeral;
                n -= value;
            }
        }

        return result;
    }

    private static NotFoundProblem UnknownKind(string kind) => Problems.NotFound("Không có danh mục này",
        detail: $"Không có danh mục \"{kind}\". Các danh mục: {string.Join(", ", Kinds.Select(k => k.Key))}.");
}
