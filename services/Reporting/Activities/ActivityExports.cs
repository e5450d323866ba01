using System.Globalization;
using VanPhong.Contracts;
using VanPhong.Documents;
using VanPhong.Reporting.Reports;

namespace VanPhong.Reporting.Activities;

/// <summary>
/// The report's sections on the records behind the plan's tasks, and the office's "difficulties and proposals", as the
/// .docx lays them out and as sheets of the .xlsx. A report generated before these sections existed has none of them.
/// </summary>
public static class ActivityExports
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public const string DifficultiesHeading = "KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ";

    public static IEnumerable<Block> Blocks(ReportContent c, PeriodicReport report)
    {
        if (c.Activities is { } a)
        {
            var i = a.ImpactAssessments;
            yield return new Heading("VIII. ĐÁNH GIÁ TÁC ĐỘNG THỦ TỤC HÀNH CHÍNH TRONG DỰ THẢO VĂN BẢN QUY PHẠM PHÁP LUẬT");
            yield return new Paragraph($"Trong kỳ, Ban quản lý thực hiện {i.Assessments} lượt đánh giá tác động đối với {i.Drafts} dự thảo văn bản quy phạm pháp luật, "
                + $"với {i.ProceduresAssessed} TTHC được đánh giá; {i.FormsFiled} lượt có biểu mẫu đánh giá tác động.");
            if (i.Rows.Count > 0)
            {
                yield return new Table(["Dự thảo văn bản", "Ngày đánh giá", "Số TTHC", "Biểu mẫu đánh giá"],
                    i.Rows.Select(r => (IReadOnlyList<string>)[r.DraftDocument, $"{r.AssessedOn:dd/MM/yyyy}", N(r.Procedures), r.FormFiled ? "Có" : "Không"]).ToList());
            }

            var k = a.Inspections;
            yield return new Heading("IX. CÔNG TÁC KIỂM TRA");
            yield return new Paragraph($"Trong kỳ tiến hành {k.Inspections} cuộc kiểm tra (theo kế hoạch {k.Planned}, đột xuất {k.AdHoc}); {k.WithFindings} cuộc có kết luận, phát hiện. "
                + $"Các cuộc kiểm tra yêu cầu {k.FollowUps} việc khắc phục: đã hoàn thành {k.FollowUpsDone}, quá hạn chưa hoàn thành tại ngày chốt số liệu {k.FollowUpsOverdue}.");
            if (k.Rows.Count > 0)
            {
                yield return new Table(["Ngày", "Hình thức", "Cơ quan kiểm tra", "Đơn vị được kiểm tra", "Việc khắc phục", "Đã xong", "Quá hạn"],
                    k.Rows.Select(r => (IReadOnlyList<string>)[$"{r.InspectedOn:dd/MM/yyyy}", r.Planned ? "Theo kế hoạch" : "Đột xuất", r.InspectingBody, r.InspectedUnit,
                        N(r.FollowUps), N(r.Done), N(r.Overdue)]).ToList());
            }

            var d = a.OneStopDesk;
            yield return new Heading("X. BỘ PHẬN MỘT CỬA");
            yield return new Paragraph($"Tại ngày chốt số liệu, Bộ phận Một cửa có {d.StaffAssigned} công chức được phân công"
                + (d.BySector.Count > 0 ? $" ({string.Join("; ", d.BySector.Select(s => $"{s.Sector}: {s.Staff}"))})." : "."));

            var g = a.LinkedGroups;
            yield return new Heading("XI. THỰC HIỆN LIÊN THÔNG THỦ TỤC HÀNH CHÍNH");
            yield return new Paragraph($"Trong kỳ đề xuất {g.Proposed} nhóm TTHC liên thông; được chấp thuận {g.Accepted}, không được chấp thuận {g.Rejected}; "
                + $"đang chờ ý kiến của tỉnh tại ngày chốt số liệu {g.Pending}.");
            if (g.Rows.Count > 0)
            {
                yield return new Table(["Nhóm TTHC liên thông", "Số TTHC", "Cơ quan tham gia", "Ngày đề xuất", "Kết quả", "Quyết định"],
                    g.Rows.Select(r => (IReadOnlyList<string>)[r.GroupName, N(r.Procedures), r.Agencies, $"{r.ProposedOn:dd/MM/yyyy}", Status(r.Status),
                        r.DecisionNumber is null ? "" : $"{r.DecisionNumber} ngày {r.DecidedOn:dd/MM/yyyy}"]).ToList());
            }

            var m = a.Communications;
            yield return new Heading("XII. CÔNG TÁC TRUYỀN THÔNG, TẬP HUẤN");
            yield return new Paragraph($"Trong kỳ thực hiện {m.Activities} hoạt động với {N(m.Participants)} lượt người tham dự: "
                + string.Join("; ", m.ByKind.Select(r => $"{Kind(r.Kind)} {r.Activities} hoạt động ({N(r.Participants)} lượt người)")) + ".");
        }

        yield return new Heading((c.Activities is null ? "VIII. " : "XIII. ") + DifficultiesHeading);
        foreach (var paragraph in (report.Difficulties ?? "Không có.").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            yield return new Paragraph(paragraph);
        }
    }

    public static IEnumerable<SheetContent> Sheets(ReportContent c, PeriodicReport report)
    {
        if (c.Activities is { } a)
        {
            yield return new SheetContent("Danh gia tac dong", ["ĐÁNH GIÁ TÁC ĐỘNG TTHC TRONG DỰ THẢO VĂN BẢN QPPL",
                    $"Số lượt đánh giá {a.ImpactAssessments.Assessments}; dự thảo {a.ImpactAssessments.Drafts}; TTHC được đánh giá {a.ImpactAssessments.ProceduresAssessed}; có biểu mẫu {a.ImpactAssessments.FormsFiled}"],
                ["Dự thảo văn bản", "Ngày đánh giá", "Số TTHC", "Biểu mẫu đánh giá"],
                a.ImpactAssessments.Rows.Select(r => (IReadOnlyList<object?>)[r.DraftDocument, r.AssessedOn.ToString("dd/MM/yyyy"), r.Procedures, r.FormFiled ? "Có" : "Không"]).ToList(),
                [60, 14, 10, 16]);
            var k = a.Inspections;
            yield return new SheetContent("Kiem tra", ["CÔNG TÁC KIỂM TRA",
                    $"Số cuộc {k.Inspections} (theo kế hoạch {k.Planned}, đột xuất {k.AdHoc}); có phát hiện {k.WithFindings}; việc khắc phục {k.FollowUps}, đã xong {k.FollowUpsDone}, quá hạn {k.FollowUpsOverdue}"],
                ["Ngày", "Hình thức", "Cơ quan kiểm tra", "Đơn vị được kiểm tra", "Có phát hiện", "Việc khắc phục", "Đã xong", "Quá hạn"],
                k.Rows.Select(r => (IReadOnlyList<object?>)[r.InspectedOn.ToString("dd/MM/yyyy"), r.Planned ? "Theo kế hoạch" : "Đột xuất", r.InspectingBody, r.InspectedUnit,
                    r.HasFindings ? "Có" : "Không", r.FollowUps, r.Done, r.Overdue]).ToList(),
                [12, 14, 35, 35, 12, 12, 10, 10]);
            yield return new SheetContent("Mot cua", ["BỘ PHẬN MỘT CỬA", $"Công chức được phân công tại ngày chốt số liệu: {a.OneStopDesk.StaffAssigned}"],
                ["Lĩnh vực", "Số công chức"], a.OneStopDesk.BySector.Select(s => (IReadOnlyList<object?>)[s.Sector, s.Staff]).ToList(), [45, 14]);
            var g = a.LinkedGroups;
            yield return new SheetContent("Lien thong", ["ĐỀ XUẤT NHÓM TTHC LIÊN THÔNG",
                    $"Đề xuất {g.Proposed}; chấp thuận {g.Accepted}; không chấp thuận {g.Rejected}; đang chờ {g.Pending}"],
                ["Nhóm TTHC liên thông", "Số TTHC", "Cơ quan tham gia", "Ngày đề xuất", "Kết quả", "Số quyết định", "Ngày quyết định"],
                g.Rows.Select(r => (IReadOnlyList<object?>)[r.GroupName, r.Procedures, r.Agencies, r.ProposedOn.ToString("dd/MM/yyyy"), Status(r.Status), r.DecisionNumber,
                    r.DecidedOn?.ToString("dd/MM/yyyy")]).ToList(),
                [45, 10, 40, 14, 18, 18, 14]);
            yield return new SheetContent("Truyen thong", ["CÔNG TÁC TRUYỀN THÔNG, TẬP HUẤN", $"Hoạt động {a.Communications.Activities}; lượt người tham dự {a.Communications.Participants}"],
                ["Loại hoạt động", "Số hoạt động", "Lượt người tham dự"],
                a.Communications.ByKind.Select(r => (IReadOnlyList<object?>)[Kind(r.Kind), r.Activities, r.Participants]).ToList(), [30, 14, 18]);
        }

        yield return new SheetContent("Kho khan, kien nghi", [DifficultiesHeading], ["Nội dung"],
            (report.Difficulties ?? "Không có.").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => (IReadOnlyList<object?>)[p]).ToList(), [120]);
    }

    private static string N(int n) => n.ToString("#,0", Vietnamese);

    private static string Status(string status) => status switch
    {
        LinkedGroupStatuses.Accepted => "Được chấp thuận",
        LinkedGroupStatuses.Rejected => "Không được chấp thuận",
        _ => "Đang chờ ý kiến",
    };

    private static string Kind(string kind) => kind switch
    {
        CommunicationKinds.Communication => "truyền thông",
        CommunicationKinds.Outreach => "tuyên truyền",
        CommunicationKinds.Training => "tập huấn",
        _ => kind,
    };
}
