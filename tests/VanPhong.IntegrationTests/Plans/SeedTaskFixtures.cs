using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Plans;

/// <summary>Valid bodies for the records behind the plan's tasks, and a way to create one as the office.</summary>
public static class SeedTaskFixtures
{
    public const string ImpactAssessments = $"{RoutePrefixes.Plans}/impact-assessments";
    public const string Inspections = $"{RoutePrefixes.Plans}/inspections";
    public const string Desk = $"{RoutePrefixes.Plans}/one-stop-desk";
    public const string LinkedGroups = $"{RoutePrefixes.Plans}/linked-groups";
    public const string Communications = $"{RoutePrefixes.Plans}/communications";

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..6]}";

    public static Dictionary<string, object?> Assessment(string on, params string[] codes) => new()
    {
        ["draftDocument"] = Unique("Dự thảo Quyết định quy định thủ tục cấp giấy phép lao động"),
        ["draftingAgency"] = "Sở Nội vụ",
        ["procedureCodes"] = codes.Length > 0 ? codes : new[] { "1.009645", "1.009646" },
        ["formFiled"] = true,
        ["formReference"] = "Biểu mẫu kèm Tờ trình số 15/TTr-SNV",
        ["assessedOn"] = on,
        ["result"] = "Thống nhất; đề nghị bỏ yêu cầu bản sao chứng thực.",
    };

    public static Dictionary<string, object?> Inspection(string on, bool planned, params object[] followUps) => new()
    {
        ["planned"] = planned,
        ["inspectingBody"] = "Đoàn kiểm tra của Ban quản lý",
        ["inspectedUnit"] = Unique("Phòng Quản lý Đầu tư"),
        ["inspectedOn"] = on,
        ["findings"] = "Niêm yết TTHC chưa đầy đủ tại Bộ phận Một cửa.",
        ["followUps"] = followUps,
    };

    public static object FollowUp(string due, string? done) => new { action = "Niêm yết bổ sung danh mục TTHC", dueOn = due, doneOn = done };

    public static Dictionary<string, object?> DeskAssignment(string from, string? to, string name, params string[] sectors) => new()
    {
        ["fullName"] = name,
        ["title"] = "Chuyên viên",
        ["sectors"] = sectors.Length > 0 ? sectors : new[] { "Đầu tư" },
        ["workPhone"] = "0258 3845 123",
        ["assignedFrom"] = from,
        ["assignedTo"] = to,
    };

    public static Dictionary<string, object?> LinkedGroup(string on) => new()
    {
        ["groupName"] = Unique("Nhóm TTHC liên thông cấp giấy chứng nhận đăng ký đầu tư và đăng ký doanh nghiệp"),
        ["procedureCodes"] = new[] { "1.009645", "2.001234" },
        ["agencies"] = new[] { "Ban quản lý Khu kinh tế Vân Phong", "Sở Tài chính" },
        ["proposedOn"] = on,
        ["proposalDocument"] = "125/KKT-VP",
    };

    public static Dictionary<string, object?> Communication(string on, string kind, int? participants) => new()
    {
        ["kind"] = kind,
        ["title"] = Unique("Hội nghị tập huấn nghiệp vụ kiểm soát TTHC"),
        ["heldOn"] = on,
        ["channel"] = "Hội trường Ban quản lý",
        ["audience"] = "Công chức các phòng",
        ["participants"] = participants,
        ["unitCode"] = "VP",
    };

    /// <summary>Creates a record as the office and returns it.</summary>
    public static async Task<JsonElement> CreateAsync(Platform platform, string path, object body)
    {
        // Records name units (VP, QLDT): the plan registry's copy of the units must have arrived from identity first.
        await platform.WaitForUnitsAsync();
        var office = await platform.ClientForAsync(TestUsers.Office);
        var response = await office.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    public static async Task<Guid> CreateIdAsync(Platform platform, string path, object body) => (await CreateAsync(platform, path, body)).GetProperty("id").GetGuid();
}
