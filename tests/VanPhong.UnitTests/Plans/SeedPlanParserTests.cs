using VanPhong.Plans.Documents;
using VanPhong.Plans.Seed;

namespace VanPhong.UnitTests.Plans;

/// <summary>The real 2023 plan, read from its text: every item, verbatim, with its units and timeframe.</summary>
public sealed class SeedPlanParserTests
{
    private static readonly PlanDocument Plan = PlanTextParser.Parse(PlanSeeder.SeedText());

    private static ItemDocument Item(string code) => Plan.Sections.SelectMany(s => s.Items).Single(i => i.Code == code);

    [Fact]
    public void The_decision_is_read_from_the_header()
    {
        Assert.Equal(2023, Plan.Year);
        Assert.Equal("Kế hoạch kiểm soát thủ tục hành chính năm 2023 của Ban quản lý Khu kinh tế Vân Phong", Plan.Title);
        Assert.Equal("/QĐ-KKT", Plan.DecisionNumber);
        Assert.Null(Plan.DecisionDate); // the day is left blank in the signed copy
        Assert.Equal("ngày tháng 02 năm 2023", Plan.DecisionDateText);
        Assert.Equal("Nguyễn Trọng Hoàng", Plan.Signer);
        Assert.Equal("Trưởng ban", Plan.SignerTitle);
        Assert.Equal(20_000_000, Plan.Budget);
        Assert.Equal(8, Plan.LegalBases.Count);
        Assert.Equal("Căn cứ Quyết định số 94/QĐ-UBND ngày 11/01/2023 của UBND tỉnh Khánh Hòa về việc ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2023", Plan.LegalBases[^1]);
        Assert.StartsWith("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010", Plan.LegalBases[0]);
        Assert.Contains("Văn phòng có trách nhiệm", Plan.Organisation);
    }

    [Fact]
    public void Every_section_has_its_items()
    {
        var counts = Plan.Sections.ToDictionary(s => s.Code, s => s.Items.Count(i => !i.IsGroup));
        Assert.Equal(new Dictionary<string, int> { ["I"] = 1, ["II"] = 5, ["III"] = 13, ["IV"] = 1, ["V"] = 3, ["VI"] = 3, ["VII"] = 2, ["VIII"] = 1 }, counts);
        Assert.Equal(["II.1", "II.2", "V.1"], Plan.Sections.SelectMany(s => s.Items).Where(i => i.IsGroup).Select(i => i.Code));
        Assert.Equal("Tiếp nhận, xử lý phản ánh kiến nghị của cá nhân, tổ chức về quy định hành chính", Plan.Sections.Single(s => s.Code == "VI").Title);
    }

    [Fact]
    public void A_row_broken_across_a_page_is_joined_verbatim()
    {
        var item = Item("II.1.1");
        Assert.Equal("II.1", item.ParentCode);
        Assert.Equal(
            "Thường xuyên rà soát cơ sở dữ liệu TTHC của Bộ, ngành trên Cổng dịch vụ công quốc gia; Xây dựng tờ trình, dự thảo Quyết định công bố TTHC/danh mục TTHC thuộc thẩm quyền giải quyết của Ban quản lý, gửi các cơ quan chuyên môn trình Chủ tịch UBND tỉnh ban hành theo quy định.",
            item.Content);
        Assert.Equal("Thường xuyên trong năm 2023", item.Timeframe);
        Assert.Equal("Các phòng chuyên môn thực hiện giải quyết TTHC", item.LeadUnits);
        Assert.Equal("Văn phòng", item.CoordinatingUnits);
        Assert.Equal(
            [
                "- 100% TTHC được đưa vào tiếp nhận và giải quyết tại Bộ phận Một cửa.",
                "- Việc thực hiện tiếp nhận hồ sơ, giải quyết và trả kết quả tại Bộ phận Một cửa đối với các TTHC phải được công bố trong Quyết định công bố TTHC, Quyết định công bố danh mục TTHC và công khai theo quy định pháp luật về kiểm soát TTHC.",
                "- Quyết định công bố TTHC/ danh mục TTHC theo quy định tại Chương II Thông tư 02/2017/TT-VPCP ngày 31/10/2017 và Điều 3 Thông tư 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ",
            ],
            item.ExpectedResult!.Split('\n'));
    }

    [Fact]
    public void A_timeframe_cell_continued_on_the_next_page_is_whole()
    {
        var item = Item("II.2.1");
        Assert.Equal("Thường xuyên trong năm 2023 (sau khi được Văn phòng UBND tỉnh phân quyền)", item.Timeframe);
        Assert.EndsWith("đã được các Bộ, cơ quan ngang Bộ đăng tải công khai trên Cơ sở dữ liệu quốc gia.", item.Content);
    }

    [Theory]
    [InlineData("III.1", "Bộ phận Một cửa và các phòng thực hiện giải quyết TTHC", null)]
    [InlineData("III.3", "Văn phòng và các phòng thực hiện giải quyết TTHC", null)]
    [InlineData("III.12", "Văn phòng, các phòng chuyên môn thực hiện giải quyết TTHC", null)]
    [InlineData("II.1.2", "Văn phòng", "Các phòng, đơn vị thuộc và trực thuộc")]
    [InlineData("VI.2", "Văn phòng", null)]
    public void Units_are_kept_as_the_plan_words_them(string code, string lead, string? coordinating)
    {
        Assert.Equal(lead, Item(code).LeadUnits);
        Assert.Equal(coordinating, Item(code).CoordinatingUnits);
    }

    [Fact]
    public void Timeframes_come_through_verbatim()
    {
        Assert.Equal("Tháng 6/2023", Item("III.13").Timeframe);
        Assert.Equal("Trước ngày 15/8/2023", Item("V.1.2").Timeframe);
        Assert.Equal("Theo tiến độ của tỉnh", Item("III.3").Timeframe);
        Assert.Equal("Trong năm 2023, theo Kế hoạch kiểm tra định kỳ hoặc đột xuất của UBND tỉnh", Item("IV.1").Timeframe);
        Assert.Equal("Theo yêu cầu và Kế hoạch của Văn phòng UBND tỉnh", Item("VII.2").Timeframe);
    }

    [Fact]
    public void Bullet_lists_and_paragraphs_become_lines()
    {
        Assert.Equal(3, Item("VII.1").Content.Split('\n').Length);
        Assert.StartsWith("- Tổ chức thực hiện tuyên truyền", Item("VII.1").Content);
        var report = Item("VIII.1").ExpectedResult!.Split('\n');
        Assert.Equal("- Báo cáo tình hình, kết quả thực hiện Kế hoạch số 10562/KH-UBND ngày 31/10/2022 của UBND tỉnh về việc đẩy mạnh cải cách TTHC và hiện đại hóa phương thức chỉ đạo, điều hành phục vụ người dân, doanh nghiệp.", report[1]);
        Assert.Equal(5, report.Length);
        Assert.Contains("(đối với rà soát nhóm TTHC).", Item("V.1.1").ExpectedResult);
    }

    [Fact]
    public void The_item_with_a_relative_rule_keeps_its_words()
    {
        Assert.Contains("trong thời hạn 30 ngày làm việc kể từ ngày công bố TTHC", Item("III.6").Content);
        Assert.Contains("trong vòng 03 ngày kể từ ngày ban hành quyết định phê duyệt", Item("III.7").Content);
    }
}
