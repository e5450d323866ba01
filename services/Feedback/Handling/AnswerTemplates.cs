using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Feedback.Handling;

/// <summary>
/// Mẫu trả lời: answers used often, with {{variables}}. The case fills {{MaTraCuu}}, {{NgayTiepNhan}},
/// {{NguoiGui}} and {{MaTTHC}}; the drafter gives the others ({{NoiDungTraLoi}}, …).
/// </summary>
public static partial class AnswerTemplates
{
    public sealed record TemplateView(Guid Id, string Name, string Body, string? LegalBasis, IReadOnlyList<string> Variables);

    public sealed record TemplateRequest(string? Name, string? Body, string? LegalBasis);

    public static IReadOnlyList<AnswerTemplate> Seed { get; } =
    [
        new()
        {
            Name = "Trả lời hướng dẫn thực hiện thủ tục",
            Body = "Ban quản lý Khu kinh tế Vân Phong nhận được phản ánh, kiến nghị của {{NguoiGui}} (mã {{MaTraCuu}}, tiếp nhận ngày {{NgayTiepNhan}}) về thủ tục hành chính {{MaTTHC}}. Về nội dung này, Ban quản lý trả lời như sau:\n{{NoiDungTraLoi}}\nTrường hợp cần hướng dẫn thêm, đề nghị liên hệ Bộ phận Một cửa của Ban quản lý.",
            LegalBasis = "Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ, được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07/8/2017",
        },
        new()
        {
            Name = "Tiếp thu kiến nghị, đề xuất sửa đổi quy định",
            Body = "Ban quản lý Khu kinh tế Vân Phong ghi nhận kiến nghị của {{NguoiGui}} (mã {{MaTraCuu}}). Ban quản lý đã tổng hợp, đề xuất cơ quan có thẩm quyền xem xét sửa đổi, bổ sung quy định tại {{VanBanDeXuat}}. Kết quả sẽ được công khai trên Trang thông tin điện tử của Ban quản lý.",
            LegalBasis = "Điều 15 Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ",
        },
        new()
        {
            Name = "Giải thích quy định hiện hành",
            Body = "Về phản ánh của {{NguoiGui}} (mã {{MaTraCuu}}), quy định hiện hành tại {{CanCuGiaiThich}} như sau:\n{{NoiDungTraLoi}}\nBan quản lý Khu kinh tế Vân Phong trân trọng cảm ơn sự quan tâm của Quý vị.",
            LegalBasis = "Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ",
        },
    ];

    public static RouteGroupBuilder MapTemplates(this RouteGroupBuilder feedback)
    {
        feedback.MapGet("/templates", async (FeedbackDb db) =>
            TypedResults.Ok((await db.Templates.AsNoTracking().ToListAsync()).OrderBy(t => t.Name, VietnameseText.Comparer).Select(View).ToList()))
            .WithName("ListAnswerTemplates").RequireAuthorization(StaffPolicies.Staff);
        feedback.MapPost("/templates", CreateAsync).WithName("CreateAnswerTemplate").RequireAuthorization(StaffPolicies.Office);
        return feedback;
    }

    /// <summary>Fills the template; the variables left without a value are named, never left as "{{…}}" in an answer.</summary>
    public static (string Text, IReadOnlyList<string> Missing) Render(string body, FeedbackCase feedback, IReadOnlyDictionary<string, string> variables)
    {
        var known = new Dictionary<string, string>(variables, StringComparer.OrdinalIgnoreCase)
        {
            ["MaTraCuu"] = feedback.TrackingCode,
            ["NgayTiepNhan"] = feedback.ReceivedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["NguoiGui"] = feedback.Submitter.Type == SubmitterType.Organisation ? feedback.Submitter.Organisation ?? feedback.Submitter.Name : "Ông/Bà " + feedback.Submitter.Name,
            ["MaTTHC"] = feedback.ProcedureCode ?? "liên quan",
        };
        var missing = new List<string>();
        var text = Variable().Replace(body, m =>
        {
            if (known.TryGetValue(m.Groups[1].Value, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            missing.Add(m.Groups[1].Value);
            return m.Value;
        });
        return (text, missing.Distinct().ToList());
    }

    private static async Task<Results<Created<TemplateView>, ValidationProblem>> CreateAsync(TemplateRequest request, FeedbackDb db)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add("name", "Vui lòng đặt tên mẫu.");
        }

        if (string.IsNullOrWhiteSpace(request.Body))
        {
            errors.Add("body", "Vui lòng nhập nội dung mẫu.");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Mẫu trả lời chưa hợp lệ");
        }

        var template = new AnswerTemplate { Name = request.Name!.Trim(), Body = request.Body!.Trim(), LegalBasis = VietnameseText.Clean(request.LegalBasis) };
        db.Templates.Add(template);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/feedback/templates/{template.Id}", View(template));
    }

    private static TemplateView View(AnswerTemplate t) =>
        new(t.Id, t.Name, t.Body, t.LegalBasis, Variable().Matches(t.Body).Select(m => m.Groups[1].Value).Distinct().ToList());

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Variable();
}
