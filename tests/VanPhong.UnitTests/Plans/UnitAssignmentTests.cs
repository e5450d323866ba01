using VanPhong.Plans.Documents;
using VanPhong.Plans.Units;

namespace VanPhong.UnitTests.Plans;

public sealed class UnitAssignmentTests
{
    private static readonly UnitReplica[] Units =
    [
        new() { Code = "VP", Name = "Văn phòng", Kind = "Office" },
        new() { Code = "MC", Name = "Bộ phận Một cửa", Kind = "OneStopDesk" },
        new() { Code = "QLDT", Name = "Phòng Quản lý Đầu tư", Kind = "Division" },
        new() { Code = "QHXD", Name = "Phòng Quy hoạch và Xây dựng", Kind = "Division" },
        new() { Code = "LDB", Name = "Lãnh đạo Ban", Kind = "Leadership" },
    ];

    [Theory]
    [InlineData("Văn phòng", new[] { "VP" })]
    [InlineData("Bộ phận Một cửa và các phòng thực hiện giải quyết TTHC", new[] { "MC", "@divisions" })]
    [InlineData("Văn phòng, các phòng chuyên môn thực hiện giải quyết TTHC", new[] { "VP", "@divisions" })]
    [InlineData("Các phòng, đơn vị thuộc và trực thuộc", new[] { "@all" })]
    [InlineData("Phòng Quy hoạch và Xây dựng", new[] { "QHXD" })]
    public void The_plans_wordings_resolve_to_units_and_groups(string wording, string[] expected)
    {
        var (refs, problem) = UnitAssignments.Resolve(wording, Units);
        Assert.Null(problem);
        Assert.Equal(expected.Order(), refs.Order());
    }

    [Fact]
    public void An_unknown_unit_is_reported_not_dropped()
    {
        var (refs, problem) = UnitAssignments.Resolve("Văn phòng và Sở Tài chính", Units);
        Assert.Equal(["VP"], refs);
        Assert.Equal("sở tài chính", problem);
    }

    [Fact]
    public void Groups_expand_to_the_current_units()
    {
        Assert.Equal(["QLDT", "QHXD"], UnitAssignments.Expand(["@divisions"], Units));
        Assert.Equal(["VP", "MC", "QLDT", "QHXD"], UnitAssignments.Expand(["@all"], Units));
    }

    [Fact]
    public void Targets_are_found_in_the_plans_words()
    {
        Assert.Equal(100, Assert.Single(TargetDetector.Detect("100% TTHC phải có quy trình nội bộ; có thông tin, dữ liệu tại Hệ thống")).Value);
        var online = Assert.Single(TargetDetector.Detect("Tỷ lệ người dân thực hiện các dịch vụ công trực tuyến và thực hiện TTHC trên môi trường điện tử tối thiểu đạt 50% so với tổng số hồ sơ tiếp nhận"));
        Assert.Equal(("online-dossier-rate", 50.0), (online.Metric, online.Value));
        Assert.Equal("one-stop-eligible-rate", Assert.Single(TargetDetector.Detect("100% TTHC đủ điều kiện được đưa vào tiếp nhận và trả kết quả tại Bộ phận Một cửa.")).Metric);
        Assert.Empty(TargetDetector.Detect("Theo kết luận của Đoàn kiểm tra"));
    }
}
