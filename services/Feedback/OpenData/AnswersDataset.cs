using Microsoft.EntityFrameworkCore;
using VanPhong.Documents;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Intake;
using VanPhong.Feedback.Trail;

namespace VanPhong.Feedback.OpenData;

/// <summary>
/// Open data: every published answer, exactly as the public page shows it — the redacted question and answer, never a
/// name, address, phone or e-mail (Decree 20/2008 Art. 21; Decree 13/2023 on personal data) — with what changed because of it.
/// </summary>
public static class AnswersDataset
{
    public static readonly IReadOnlyList<OpenDataColumn> Columns =
    [
        new("ma_pakn", "Mã phản ánh, kiến nghị"),
        new("linh_vuc", "Mã nhóm nội dung"),
        new("ten_linh_vuc", "Nhóm nội dung"),
        new("ma_thu_tuc", "Mã thủ tục hành chính liên quan"),
        new("ngay_cong_khai", "Thời điểm công khai"),
        new("noi_dung", "Nội dung phản ánh, kiến nghị (đã ẩn thông tin cá nhân)"),
        new("tra_loi", "Kết quả xử lý"),
        new("can_cu_phap_ly", "Căn cứ pháp lý"),
        new("thay_doi", "Thay đổi từ phản ánh, kiến nghị này"),
        new("quyet_dinh_cong_bo", "Quyết định công bố thực hiện"),
    ];

    public static RouteGroupBuilder MapOpenData(this RouteGroupBuilder group)
    {
        group.MapGet("/open-data/answers.{format}", SendAsync).WithName("OpenDataPublishedAnswers")
            .WithSummary("Dữ liệu mở: kết quả xử lý phản ánh, kiến nghị đã công khai (csv, json, xlsx)");
        return group;
    }

    // IResult rather than a union: OpenDataResponses picks the file or the 404 for an unknown format.
    private static async Task<IResult> SendAsync(string format, HttpContext http, FeedbackDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var asOf = clock.GetUtcNow();
        var rows = await PublishedAnswerIndex.Published(db)
            .OrderBy(c => c.PublishedAt).ThenBy(c => c.TrackingCode)
            .Select(c => new { c.TrackingCode, c.Category, c.ProcedureCode, c.PublishedAt, c.PublishedQuestion, c.PublishedAnswer, c.AnswerLegalBasis, c.SimplificationProposalId })
            .ToListAsync(cancellationToken);
        var trails = await ProposalTrails.ForAsync(db, rows.Select(r => r.SimplificationProposalId), cancellationToken);
        var dataset = new OpenDataset("ket-qua-xu-ly-pakn", "Kết quả xử lý phản ánh, kiến nghị đã công khai",
            "Các phản ánh, kiến nghị về quy định hành chính mà Ban Quản lý đã trả lời và công khai; thông tin cá nhân đã được ẩn.", asOf, Columns,
            rows.Select(r =>
            {
                var trail = r.SimplificationProposalId is { } id ? trails.GetValueOrDefault(id) : null;
                return (IReadOnlyList<object?>)[r.TrackingCode, r.Category, FeedbackCategories.All.GetValueOrDefault(r.Category, r.Category), r.ProcedureCode,
                    DateTime.SpecifyKind(r.PublishedAt!.Value, DateTimeKind.Utc), r.PublishedQuestion, r.PublishedAnswer, r.AnswerLegalBasis, trail?.Summary, trail?.Decision?.Number];
            }).ToList());
        return OpenDataResponses.Send(http, dataset, format);
    }
}
