using VanPhong.Plans.Documents;

namespace VanPhong.UnitTests.Plans;

public sealed class BrokenPlanTextTests
{
    private const string Header = "TT\tNội dung công việc\tThời gian thực hiện\tĐơn vị thực hiện\tĐơn vị phối hợp\tKết quả";
    private const string Preamble = "KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2024 của Ban quản lý Khu kinh tế Vân Phong\n";

    [Fact]
    public void Text_without_the_appendix_table_is_refused()
    {
        var error = Assert.Throws<PlanFormatException>(() => PlanTextParser.Parse(Preamble + "Không có bảng."));
        Assert.Contains("Không tìm thấy bảng phụ lục", error.Message);
    }

    [Fact]
    public void A_row_with_too_many_cells_is_refused_with_its_line()
    {
        var text = Preamble + Header + "\nI\tMục một\t\t\t\t\n1\ta\tb\tc\td\te\tf\n";
        var error = Assert.Throws<PlanFormatException>(() => PlanTextParser.Parse(text));
        Assert.Equal(5, error.Line);
        Assert.Contains("7 cột", error.Message);
    }

    [Fact]
    public void An_item_without_a_lead_unit_is_refused()
    {
        var text = Preamble + Header + "\nI\tMục một\t\t\t\t\n1\tViệc cần làm\tTrong năm 2024\t\t\t\n";
        Assert.Contains("không có đơn vị thực hiện", Assert.Throws<PlanFormatException>(() => PlanTextParser.Parse(text)).Message);
    }

    [Fact]
    public void An_item_before_the_first_section_is_refused()
    {
        var text = Preamble + Header + "\n1\tViệc cần làm\tTrong năm 2024\tVăn phòng\t\t\n";
        Assert.Contains("trước mục La Mã", Assert.Throws<PlanFormatException>(() => PlanTextParser.Parse(text)).Message);
    }

    [Fact]
    public void A_duplicated_number_is_refused()
    {
        var text = Preamble + Header + "\nI\tMục một\t\t\t\t\n1\tViệc A\tTrong năm 2024\tVăn phòng\t\t\n1\tViệc B\tTrong năm 2024\tVăn phòng\t\t\n";
        Assert.Contains("I.1 xuất hiện hai lần", Assert.Throws<PlanFormatException>(() => PlanTextParser.Parse(text)).Message);
    }

    [Fact]
    public void A_continuation_before_any_row_is_refused()
    {
        var text = Preamble + Header + "\n\ttiếp nối\t\t\t\t\n";
        Assert.Contains("Dòng tiếp nối", Assert.Throws<PlanFormatException>(() => PlanTextParser.Parse(text)).Message);
    }

    [Fact]
    public void A_minimal_plan_of_another_year_is_read()
    {
        var text = Preamble + Header + "\nI\tMục một\t\t\t\t\n1\tViệc A\tTrong năm 2024\tVăn phòng\tCác phòng chuyên môn thực hiện giải quyết TTHC\tKết quả A\n";
        var plan = PlanTextParser.Parse(text);
        Assert.Equal(2024, plan.Year);
        Assert.Equal("I.1", Assert.Single(Assert.Single(plan.Sections).Items).Code);
    }
}
