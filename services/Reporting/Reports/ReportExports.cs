using System.Globalization;
using VanPhong.Contracts;
using VanPhong.Documents;

namespace VanPhong.Reporting.Reports;

/// <summary>
/// The report as the province receives it: a .docx in the administrative layout (Quốc hiệu, tiêu ngữ, agency,
/// number, date, the narrative sections of TT 01/2020 with their tables) and an .xlsx with one sheet per table.
/// </summary>
public static class ReportExports
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Title(ReportContent c) =>
        $"Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử {c.Period.Title}";

    public static byte[] Docx(ReportContent c, PeriodicReport report, AgencyOptions agency)
    {
        var body = new List<Block>();
        if (c.ContainsSampleData)
        {
            body.Add(new Paragraph("(Báo cáo có sử dụng dữ liệu mẫu của danh mục TTHC; không dùng để gửi cơ quan cấp trên.)", Italic: true, Center: true, Indent: false));
        }

        body.Add(new Paragraph($"Kỳ báo cáo: từ ngày {c.Period.From:dd/MM/yyyy} đến ngày {c.Period.To:dd/MM/yyyy} (thời gian chốt số liệu theo Quyết định số 01/2023/QĐ-UBND của UBND tỉnh Khánh Hòa). "
            + $"Số liệu được tổng hợp ngày {Local(c.GeneratedAt):dd/MM/yyyy HH:mm}, phiên bản {report.Version}{(report.Status == ReportStatus.Frozen ? ", đã chốt số liệu" : "")}."));

        body.Add(new Heading("I. CÔNG TÁC CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH"));
        var k = c.Catalog;
        body.Add(new Paragraph($"Trong kỳ, Chủ tịch UBND tỉnh đã công bố {k.PublishedNew + k.PublishedAmended + k.PublishedAbolished} TTHC thuộc thẩm quyền giải quyết của Ban quản lý "
            + $"(ban hành mới {k.PublishedNew}, sửa đổi, bổ sung, thay thế {k.PublishedAmended}, bãi bỏ {k.PublishedAbolished})"
            + (k.PublicationDecisions.Count > 0 ? $" tại các Quyết định: {string.Join("; ", k.PublicationDecisions)}." : ".")));
        body.Add(new Paragraph($"Tại ngày chốt số liệu, Ban quản lý thực hiện {k.InForce} TTHC; {k.OneStop} TTHC tiếp nhận, trả kết quả tại Bộ phận Một cửa; "
            + $"{k.OnlineFull} TTHC cung cấp dịch vụ công trực tuyến toàn trình, {k.OnlinePartial} TTHC một phần; {k.Postal} TTHC tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích; "
            + $"{k.OnlinePayment} TTHC thanh toán trực tuyến. {k.WithInternalProcedure}/{k.InForce} TTHC có quy trình nội bộ được phê duyệt; trong kỳ phê duyệt {k.InternalApprovedInPeriod} quy trình nội bộ, "
            + $"cập nhật {k.ElectronicUpdatedInPeriod} quy trình điện tử."));
        body.Add(new Table(["Lĩnh vực", "Số TTHC", "Công bố trong kỳ", "Có quy trình nội bộ", "Tại Một cửa", "Toàn trình", "Một phần"],
            k.BySector.Select(s => (IReadOnlyList<string>)[s.Sector, N(s.Procedures), N(s.PublishedInPeriod), N(s.WithInternalProcedure), N(s.OneStop), N(s.OnlineFull), N(s.OnlinePartial)]).ToList(),
            "Thống kê danh mục TTHC theo ngành, lĩnh vực"));

        body.Add(new Heading("II. RÀ SOÁT, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH"));
        body.Add(new Paragraph($"Trong kỳ đề xuất {c.Reviews.Proposals} phương án đơn giản hóa; chi phí tuân thủ trước đơn giản hóa {Money(c.Reviews.CostBeforePerYear)} đồng/năm, "
            + $"sau đơn giản hóa {Money(c.Reviews.CostAfterPerYear)} đồng/năm, tiết kiệm {Money(c.Reviews.SavingPerYear)} đồng/năm."
            + (c.Reviews.Trail is null ? "" : $" Trong kỳ có {c.Reviews.CarriedOut} phương án được thực hiện bằng quyết định công bố.")));
        if (c.Reviews.Trail is { Count: > 0 } trail)
        {
            body.Add(new Table(["Thủ tục", "Đề xuất ngày", "Từ phản ánh, kiến nghị", "Nhiệm vụ kế hoạch", "Tiết kiệm (đồng/năm)", "Quyết định thực hiện", "Phiên bản thủ tục"],
                trail.Select(t => (IReadOnlyList<string>)[t.ProcedureCode, t.ProposedOn is { } p ? $"{p:dd/MM/yyyy}" : "—", t.FeedbackCodes.Count == 0 ? "—" : string.Join(", ", t.FeedbackCodes),
                    t.PlanItemCode ?? "—", Money(t.SavingPerYear), t.DecisionNumber is null ? "Chưa thực hiện" : $"{t.DecisionNumber} (hiệu lực {t.CarriedOutOn:dd/MM/yyyy})",
                    t.ProcedureVersion is { } v ? $"{v} ({(t.Change == ProcedureChanges.Abolished ? "bãi bỏ" : "sửa đổi")})" : "—"]).ToList(),
                "Phương án đơn giản hóa: từ phản ánh, kiến nghị đến thủ tục được sửa đổi"));
        }

        body.Add(new Heading("III. TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"));
        var d = c.Dossiers;
        body.Add(new Paragraph($"Tổng số hồ sơ tiếp nhận {N(d.Total.ReceivedTotal)} (trực tuyến {N(d.Total.Online)}, trực tiếp {N(d.Total.Direct)}, qua bưu chính {N(d.Total.Postal)}, "
            + $"từ kỳ trước chuyển sang {N(d.Total.CarriedOver)}); đã giải quyết {N(d.Total.ResolvedTotal)} (trước hạn {N(d.Total.Early)}, đúng hạn {N(d.Total.OnTime)}, quá hạn {N(d.Total.Late)}); "
            + $"đang giải quyết {N(d.Total.PendingTotal)} (trong hạn {N(d.Total.PendingWithin)}, quá hạn {N(d.Total.PendingOverdue)}). Tỷ lệ hồ sơ trực tuyến {P(d.OnlineRate)}; "
            + $"tỷ lệ giải quyết đúng và trước hạn {P(d.OnTimeRate)}; tỷ lệ số hóa hồ sơ {P(d.DigitisedDossierRate)}, số hóa kết quả {P(d.DigitisedResultRate)}."));
        body.Add(new Table(DossierHeader, [.. d.BySector.Select(DossierCells), DossierCells(d.Total)], "Biểu số 06/VPCP/KSTT: tình hình, kết quả giải quyết TTHC"));
        // A report stored before the source was recorded (Source null) prints as it did: no line about the source.
        if (d.Source is not null)
        {
            body.Add(new Paragraph(d.Source switch
        {
            DossierSources.Records => "Số liệu tính từ từng hồ sơ xuất từ Hệ thống thông tin giải quyết TTHC của tỉnh. " + d.Records!.Rule
                + $" Hồ sơ giải quyết quá hạn {N(d.Records.Total.Late)}, trong đó có Phiếu xin lỗi và hẹn lại ngày trả kết quả {N(d.Records.Total.LateWithApology)}; "
                + $"hồ sơ đang giải quyết quá hạn {N(d.Records.Total.PendingOverdue)}, có Phiếu xin lỗi {N(d.Records.Total.OverdueWithApology)}; bị từ chối hoặc rút {N(d.Records.Total.RefusedOrWithdrawn)}.",
            DossierSources.Aggregate => "Số liệu tổng hợp theo Biểu số 06 do Hệ thống thông tin giải quyết TTHC của tỉnh cung cấp.",
            _ => "Chưa có số liệu hồ sơ của kỳ.",
        }, Italic: true));
        }

        if (c.Evaluations is { } ev)
        {
            body.Add(new Paragraph($"Kết quả đánh giá việc giải quyết TTHC (Thông tư 01/2018/TT-VPCP): {ev.Evaluated}/{ev.Resolved} hồ sơ trả kết quả trong kỳ được đánh giá; "
                + $"tổng điểm {ev.Total:0.#}, xếp loại {ev.Classification}."));
            body.Add(new Table(["Chỉ số", "Điểm", "Căn cứ"], ev.Board.Select(i => (IReadOnlyList<string>)[$"{i.Number}. {i.Name}", i.Score is null ? "—" : $"{i.Score:0.#}", i.Basis]).ToList(),
                "Kết quả đánh giá theo chỉ số"));
        }

        body.Add(new Heading("IV. TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ"));
        var f = c.Feedback;
        body.Add(new Paragraph($"Trong kỳ tiếp nhận {f.Received} phản ánh, kiến nghị ({string.Join(", ", f.ByChannel.Select(x => $"{Channel(x.Key)} {x.Value}"))}); "
            + $"đã xử lý {f.Handled} (trả lời {f.Answered}, trong đó đúng hạn {f.AnsweredOnTime}, quá hạn {f.AnsweredLate}; không tiếp nhận hoặc chuyển cơ quan có thẩm quyền {f.NotAcceptedOrTransferred}); "
            + $"đang xử lý tại ngày chốt số liệu {f.BeingHandled}, trong đó quá hạn {f.Overdue}; công khai kết quả {f.Published}."));

        body.Add(new Heading($"V. TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH KIỂM SOÁT TTHC NĂM {c.Plan.Year}"));
        body.Add(new Paragraph($"Kế hoạch có {c.Plan.Total.Items} nhiệm vụ: hoàn thành {c.Plan.Total.Completed} (quá hạn {c.Plan.Total.CompletedLate}), đang thực hiện {c.Plan.Total.InProgress}, "
            + $"quá hạn chưa hoàn thành {c.Plan.Total.Overdue}, chưa triển khai {c.Plan.Total.NotStarted}; tiến độ chung {c.Plan.Total.Percent:0.#}%."));
        body.Add(new Table(ProgressHeader, c.Plan.BySection.Select(r => ProgressCells(r)).ToList(), "Tiến độ theo phần của kế hoạch"));
        body.Add(new Table(ProgressHeader, c.Plan.ByUnit.Select(r => ProgressCells(r)).ToList(), "Tiến độ theo đơn vị chủ trì"));
        foreach (var plan in c.ProvincialPlans)
        {
            body.Add(new Paragraph($"Kết quả thực hiện {plan.Reference} ({plan.Subject}): {plan.Completed}/{plan.Total} nhiệm vụ hoàn thành, tiến độ {plan.Percent:0.#}%"
                + (plan.Items.Count > 0 ? $" — {string.Join("; ", plan.Items)}." : ".")));
        }

        body.Add(new Heading("VI. CÁC CHỈ TIÊU SO VỚI KẾ HOẠCH"));
        body.Add(new Table(["Chỉ tiêu", "Kết quả", "Chỉ tiêu kế hoạch", "Đánh giá"],
            c.Kpis.Select(x => (IReadOnlyList<string>)[x.Name, x.Value is null ? "Không có số liệu" : $"{x.Value:0.#}% ({x.Numerator}/{x.Denominator})", $"{x.Target:0.#}%",
                x.Met switch { true => "Đạt", false => "Chưa đạt", null => "—" }]).ToList()));
        if (c.ServiceIndex is { } index)
        {
            body.Add(new Paragraph($"Bộ chỉ số 766 (Quyết định 766/QĐ-TTg) tính từ dữ liệu của Ban: {index.Points:0.##}/{index.ComputableMax:0.##} điểm tính được"
                + $" ({(index.Percent is null ? "—" : $"{index.Percent:0.#}%")}) trên tổng {index.MaxPoints:0} điểm. {index.Method}"));
            body.Add(new Table(["Nhóm, chỉ số", "Công thức", "Tỷ lệ", "Điểm", "Nguồn hoặc lý do không tính"],
                index.Groups.SelectMany(g => g.Indicators.Select(i => (IReadOnlyList<string>)[$"{g.Number}. {g.Name} — {i.Code} {i.Name}", i.Formula,
                    i.Rate is null ? "—" : $"{i.Rate:0.#}%", i.Points is null ? $"—/{i.MaxPoints:0.##}" : $"{i.Points:0.##}/{i.MaxPoints:0.##}", i.NotComputable ?? i.Source])).ToList(),
                "Bộ chỉ số 766 theo nhóm"));
        }

        body.Add(new Heading("VII. KẾT QUẢ CHẤM ĐIỂM CÁC ĐƠN VỊ"));
        body.Add(new Table(["Đơn vị", "Nhiệm vụ đến hạn", "Đúng hạn", "Quá hạn chưa xong", "PAKN trả lời", "Đúng hạn", "Hồ sơ giải quyết", "Đúng, trước hạn", "Đánh giá", "Điểm", "Xếp loại tham khảo"],
            c.Scorecard.Units.Select(u => (IReadOnlyList<string>)[u.Name, N(u.ItemsDue), N(u.ItemsOnTime), N(u.ItemsOverdue), N(u.FeedbackAnswered), N(u.FeedbackOnTime),
                N(u.DossiersResolved), N(u.DossiersOnTime), u.EvaluationRate is null ? "—" : $"{u.EvaluationRate:0.#}%",
                u.Score is null ? "—" : $"{u.Score:0.#}", u.Rating]).ToList()));
        body.Add(new Paragraph($"Phương pháp chấm điểm: {c.Scorecard.Method}", Italic: true));
        body.AddRange(Activities.ActivityExports.Blocks(c, report));

        var number = report.DocumentNumber ?? $"      /{agency.NumberSuffix}";
        return WordDocument.Write(new OfficialDocument(
            agency.SuperiorAgency, agency.Name, number, agency.Place, DateOnly.FromDateTime(Local(report.FrozenAt ?? report.GeneratedAt)), body,
            agency.SignerTitle, agency.SignerName,
            Summary: $"Báo cáo công tác kiểm soát TTHC {c.Period.Title}",
            Title: "BÁO CÁO",
            TitleSubject: Title(c),
            Recipients: [agency.Recipient],
            CopiesTo: ["Như trên;", "Lãnh đạo Ban;", "Lưu: VT, VP."]));
    }

    public static byte[] Xlsx(ReportContent c, PeriodicReport report)
    {
        var heading = new List<string> { "BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG", $"BÁO CÁO {Title(c).ToUpper(Vietnamese)}",
            $"Kỳ báo cáo: {c.Period.From:dd/MM/yyyy} - {c.Period.To:dd/MM/yyyy}; phiên bản {report.Version}{(report.Status == ReportStatus.Frozen ? " (đã chốt số liệu)" : "")}" };
        if (c.ContainsSampleData)
        {
            heading.Add("Có sử dụng DỮ LIỆU MẪU của danh mục TTHC");
        }

        return Spreadsheet.Write([
            new SheetContent("Chi tieu", heading, ["Mã chỉ tiêu", "Chỉ tiêu", "Tử số", "Mẫu số", "Kết quả (%)", "Chỉ tiêu KH (%)", "Đánh giá", "Cách tính"],
                c.Kpis.Select(k => (IReadOnlyList<object?>)[k.Key, k.Name, k.Numerator, k.Denominator, k.Value, k.Target, k.Met switch { true => "Đạt", false => "Chưa đạt", null => "" }, k.Basis]).ToList(),
                [28, 45, 10, 10, 12, 14, 12, 60]),
            new SheetContent("Bieu 06 - Ho so", ["Biểu số 06/VPCP/KSTT — TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC", "Đơn vị tính: số hồ sơ TTHC"], DossierHeader,
                [.. c.Dossiers.BySector.Select(r => (IReadOnlyList<object?>)DossierValues(r)), DossierValues(c.Dossiers.Total)], [30, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]),
            new SheetContent("TTHC", ["THỐNG KÊ DANH MỤC TTHC THEO NGÀNH, LĨNH VỰC",
                    $"Công bố trong kỳ: mới {c.Catalog.PublishedNew}, sửa đổi {c.Catalog.PublishedAmended}, bãi bỏ {c.Catalog.PublishedAbolished}"],
                ["Lĩnh vực", "Số TTHC", "Công bố trong kỳ", "Có quy trình nội bộ", "Tại Một cửa", "Toàn trình", "Một phần"],
                [.. c.Catalog.BySector.Select(s => (IReadOnlyList<object?>)[s.Sector, s.Procedures, s.PublishedInPeriod, s.WithInternalProcedure, s.OneStop, s.OnlineFull, s.OnlinePartial]),
                    ["Tổng cộng", c.Catalog.InForce, c.Catalog.PublishedNew + c.Catalog.PublishedAmended + c.Catalog.PublishedAbolished, c.Catalog.WithInternalProcedure, c.Catalog.OneStop, c.Catalog.OnlineFull, c.Catalog.OnlinePartial]],
                [40, 10, 12, 14, 10, 10, 10]),
            new SheetContent("PAKN", ["TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ"], ["Chỉ tiêu", "Số lượng"],
                [
                    ["Tiếp nhận trong kỳ", c.Feedback.Received],
                    .. c.Feedback.ByChannel.Select(x => (IReadOnlyList<object?>)[$"  trong đó {Channel(x.Key)}", x.Value]),
                    ["Đã xử lý", c.Feedback.Handled],
                    ["  Trả lời đúng hạn", c.Feedback.AnsweredOnTime],
                    ["  Trả lời quá hạn", c.Feedback.AnsweredLate],
                    ["  Không tiếp nhận, chuyển cơ quan có thẩm quyền", c.Feedback.NotAcceptedOrTransferred],
                    ["Đang xử lý tại ngày chốt số liệu", c.Feedback.BeingHandled],
                    ["  trong đó quá hạn", c.Feedback.Overdue],
                    ["Công khai kết quả trong kỳ", c.Feedback.Published],
                ], [50, 12]),
            new SheetContent("Ke hoach", [$"TIẾN ĐỘ KẾ HOẠCH KIỂM SOÁT TTHC NĂM {c.Plan.Year}"], ["Mã", .. ProgressHeader],
                [.. c.Plan.BySection.Concat([c.Plan.Total]).Concat(c.Plan.ByUnit).Select(r => (IReadOnlyList<object?>)[r.Code, r.Name, r.Items, r.Completed, r.CompletedLate, r.InProgress, r.Overdue, r.NotStarted, r.Percent])],
                [8, 45, 10, 10, 10, 10, 10, 10, 10]),
            new SheetContent("Ke hoach cua tinh", ["KẾT QUẢ THỰC HIỆN CÁC KẾ HOẠCH CỦA UBND TỈNH"], ["Kế hoạch", "Nội dung", "Nhiệm vụ hoàn thành", "Tổng nhiệm vụ", "Tiến độ (%)", "Chi tiết"],
                c.ProvincialPlans.Select(p => (IReadOnlyList<object?>)[p.Reference, p.Subject, p.Completed, p.Total, p.Percent, string.Join("; ", p.Items)]).ToList(), [35, 50, 12, 12, 12, 50]),
            new SheetContent("Cham diem don vi", ["KẾT QUẢ CHẤM ĐIỂM CÁC ĐƠN VỊ", c.Scorecard.Method],
                ["Mã", "Đơn vị", "Nhiệm vụ đến hạn", "Đúng hạn", "Hoàn thành quá hạn", "Quá hạn chưa xong", "PAKN trả lời", "PAKN đúng hạn", "PAKN quá hạn", "Điểm", "Xếp loại tham khảo"],
                c.Scorecard.Units.Select(u => (IReadOnlyList<object?>)[u.Unit, u.Name, u.ItemsDue, u.ItemsOnTime, u.ItemsLate, u.ItemsOverdue, u.FeedbackAnswered, u.FeedbackOnTime, u.FeedbackOverdue, u.Score, u.Rating]).ToList(),
                [8, 40, 12, 10, 12, 12, 12, 12, 12, 8, 30]),
            .. Activities.ActivityExports.Sheets(c, report)]);
    }

    private static readonly string[] DossierHeader =
        ["Lĩnh vực", "Tiếp nhận: tổng số", "Trực tuyến", "Trực tiếp", "Bưu chính", "Từ kỳ trước", "Đã giải quyết: tổng", "Trước hạn", "Đúng hạn", "Quá hạn",
            "Đang giải quyết: tổng", "Trong hạn", "Quá hạn", "Số hóa hồ sơ", "Số hóa kết quả"];

    private static readonly string[] ProgressHeader = ["Nội dung", "Số nhiệm vụ", "Hoàn thành", "Trong đó quá hạn", "Đang thực hiện", "Quá hạn chưa xong", "Chưa triển khai", "Tiến độ (%)"];

    private static IReadOnlyList<string> DossierCells(DossierFigures r) => DossierValues(r).Select(v => v is int n ? N(n) : v?.ToString() ?? "").ToList();

    private static IReadOnlyList<object?> DossierValues(DossierFigures r) =>
        [r.Sector, r.ReceivedTotal, r.Online, r.Direct, r.Postal, r.CarriedOver, r.ResolvedTotal, r.Early, r.OnTime, r.Late, r.PendingTotal, r.PendingWithin, r.PendingOverdue, r.DigitisedDossiers, r.DigitisedResults];

    private static IReadOnlyList<string> ProgressCells(ProgressRow r) =>
        [$"{r.Code}. {r.Name}".TrimStart('.', ' '), N(r.Items), N(r.Completed), N(r.CompletedLate), N(r.InProgress), N(r.Overdue), N(r.NotStarted), $"{r.Percent:0.#}"];

    private static string N(int n) => n.ToString("#,0", Vietnamese);

    private static string Money(long n) => n.ToString("#,0", Vietnamese);

    private static string P(double? value) => value is null ? "(không có số liệu)" : $"{value:0.#}%";

    private static DateTime Local(DateTime utc) => utc + VanPhong.Calendar.VietnamTime.Offset;

    private static string Channel(string channel) => channel switch
    {
        "Online" => "trực tuyến",
        "Post" => "qua bưu chính",
        "Phone" => "qua điện thoại",
        "Email" => "qua thư điện tử",
        "InPerson" => "trực tiếp",
        "NationalPortal" => "qua Cổng dịch vụ công quốc gia",
        _ => channel,
    };
}
