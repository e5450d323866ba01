using System.Globalization;
using System.Text.Json;

namespace VanPhong.Web.Pages.Staff.Activities;

public enum FieldType
{
    Text,
    LongText,
    Date,
    YesNo,

    /// <summary>A list of short texts, one per line.</summary>
    Lines,
    Number,
    Choice,

    /// <summary>Follow-up actions, one per line: "việc | hạn | ngày xong".</summary>
    FollowUps,
}

public sealed record RecordField(string Name, string Label, FieldType Type, string? Hint = null, IReadOnlyList<(string Value, string Label)>? Choices = null);

/// <summary>One kind of record behind the plan's tasks, as its staff pages show it: the collection of the plans' API it lives in and its fields.</summary>
public sealed record RecordKind(string Slug, string Kind, string Title, string Task, string Resource, IReadOnlyList<RecordField> Fields, IReadOnlyList<string> Columns)
{
    public RecordField Field(string name) => Fields.Single(f => f.Name == name);
}

/// <summary>
/// The records behind the plan's tasks (I.1, III.5, IV.1, V.2, VII) and how a form maps to the plan registry's API and
/// back: the pages are one list and one edit page driven by these definitions, so the five kinds look and behave alike.
/// </summary>
public static class RecordKinds
{
    private static readonly RecordField PlanItem = new("planItemCode", "Nhiệm vụ của kế hoạch (mã, ví dụ I.1)", FieldType.Text, "Kế hoạch của năm ghi trong ngày của hồ sơ.");

    private static readonly (string, string)[] YesNo = [("true", "Có"), ("false", "Không")];

    public static readonly IReadOnlyList<RecordKind> All =
    [
        new("danh-gia-tac-dong", "ImpactAssessment", "Đánh giá tác động TTHC", "I.1", "impact-assessments",
        [
            new("draftDocument", "Dự thảo văn bản quy phạm pháp luật", FieldType.Text),
            new("draftingAgency", "Cơ quan chủ trì soạn thảo", FieldType.Text),
            new("procedureCodes", "Mã TTHC quy định trong dự thảo", FieldType.Lines, "Mỗi dòng một mã, ví dụ 1.009645."),
            new("formFiled", "Có biểu mẫu đánh giá tác động", FieldType.YesNo, Choices: YesNo),
            new("formReference", "Số văn bản, tệp hoặc đường dẫn của biểu mẫu", FieldType.Text),
            new("assessedOn", "Ngày đánh giá", FieldType.Date),
            new("result", "Kết quả, ý kiến", FieldType.LongText),
            PlanItem,
        ], ["assessedOn", "draftDocument", "procedureCodes", "formFiled"]),
        new("kiem-tra", "Inspection", "Kiểm tra công tác kiểm soát TTHC", "IV.1", "inspections",
        [
            new("planned", "Kiểm tra theo kế hoạch", FieldType.YesNo, Choices: [("true", "Theo kế hoạch"), ("false", "Đột xuất")]),
            new("inspectingBody", "Cơ quan, đoàn kiểm tra", FieldType.Text),
            new("inspectedUnit", "Đơn vị được kiểm tra", FieldType.Text),
            new("inspectedOn", "Ngày kiểm tra", FieldType.Date),
            new("findings", "Kết quả kiểm tra", FieldType.LongText),
            new("followUps", "Việc cần khắc phục", FieldType.FollowUps, "Mỗi dòng một việc: nội dung | hạn (dd/MM/yyyy) | ngày hoàn thành (nếu đã xong)."),
            PlanItem,
        ], ["inspectedOn", "planned", "inspectedUnit", "inspectingBody", "followUps"]),
        new("mot-cua", "DeskAssignment", "Công chức tại Bộ phận Một cửa", "III.5", "one-stop-desk",
        [
            new("fullName", "Họ và tên", FieldType.Text),
            new("title", "Chức danh", FieldType.Text),
            new("sectors", "Lĩnh vực công tác", FieldType.Lines, "Mỗi dòng một lĩnh vực."),
            new("workPhone", "Số điện thoại công vụ (được công khai)", FieldType.Text),
            new("assignedFrom", "Phân công từ ngày", FieldType.Date),
            new("assignedTo", "Đến ngày (bỏ trống nếu chưa kết thúc)", FieldType.Date),
            PlanItem,
        ], ["fullName", "title", "sectors", "workPhone", "assignedFrom", "assignedTo"]),
        new("lien-thong", "LinkedGroup", "Đề xuất nhóm TTHC liên thông", "V.2", "linked-groups",
        [
            new("groupName", "Tên nhóm TTHC liên thông", FieldType.Text),
            new("procedureCodes", "Mã các TTHC trong nhóm", FieldType.Lines, "Mỗi dòng một mã; ít nhất hai thủ tục."),
            new("agencies", "Cơ quan tham gia liên thông", FieldType.Lines, "Mỗi dòng một cơ quan."),
            new("proposedOn", "Ngày đề xuất", FieldType.Date),
            new("proposalDocument", "Số văn bản đề xuất", FieldType.Text),
            PlanItem,
        ], ["proposedOn", "groupName", "procedureCodes", "status", "decisionNumber"]),
        new("truyen-thong", "Communication", "Truyền thông, tuyên truyền, tập huấn", "VII", "communications",
        [
            new("kind", "Loại hoạt động", FieldType.Choice, Choices: [("Communication", "Truyền thông"), ("Outreach", "Tuyên truyền"), ("Training", "Tập huấn")]),
            new("title", "Tên hoạt động", FieldType.Text),
            new("heldOn", "Ngày thực hiện", FieldType.Date),
            new("channel", "Hình thức, địa điểm", FieldType.Text),
            new("audience", "Đối tượng", FieldType.Text),
            new("participants", "Số người tham dự", FieldType.Number),
            new("unitCode", "Đơn vị thực hiện (mã)", FieldType.Text),
            PlanItem,
        ], ["heldOn", "kind", "title", "channel", "participants"]),
    ];

    private static readonly Dictionary<string, string> ColumnLabels = new()
    {
        ["status"] = "Kết quả",
        ["decisionNumber"] = "Quyết định",
    };

    public static RecordKind? BySlug(string? slug) => All.FirstOrDefault(k => k.Slug == slug);

    public static RecordKind? ByKind(string kind) => All.FirstOrDefault(k => k.Kind == kind);

    public static string ColumnLabel(RecordKind kind, string column) =>
        ColumnLabels.TryGetValue(column, out var label) ? label : kind.Field(column).Label;

    /// <summary>The API body of a form post: each field as the API names it, blanks as null.</summary>
    public static Dictionary<string, object?> Body(RecordKind kind, IFormCollection form) =>
        kind.Fields.ToDictionary(f => f.Name, f => Value(f, form[f.Name].ToString()));

    public static object? Value(RecordField field, string raw)
    {
        var text = raw.Trim();
        return field.Type switch
        {
            _ when text.Length == 0 => field.Type is FieldType.Lines or FieldType.FollowUps ? Array.Empty<object>() : null,
            FieldType.YesNo => text == "true",
            FieldType.Number => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1,
            FieldType.Lines => Lines(text).ToArray(),
            FieldType.FollowUps => Lines(text).Select(line =>
            {
                var parts = line.Split('|', StringSplitOptions.TrimEntries);
                return new { action = parts[0], dueOn = parts.ElementAtOrDefault(1), doneOn = parts.ElementAtOrDefault(2) is { Length: > 0 } done ? done : null };
            }).ToArray(),
            _ => text,
        };
    }

    /// <summary>A field's value in a form, from the record the API returned.</summary>
    public static string FormValue(RecordField field, JsonElement record) =>
        !record.TryGetProperty(field.Name, out var v) || v.ValueKind == JsonValueKind.Null ? "" : field.Type switch
        {
            FieldType.YesNo => v.ValueKind == JsonValueKind.True ? "true" : "false",
            FieldType.Lines => string.Join("\n", v.EnumerateArray().Select(x => x.GetString())),
            FieldType.FollowUps => string.Join("\n", v.EnumerateArray().Select(f =>
                $"{f.GetProperty("action").GetString()} | {Day(f.GetProperty("dueOn"))}{(f.GetProperty("doneOn").ValueKind == JsonValueKind.Null ? "" : " | " + Day(f.GetProperty("doneOn")))}")),
            _ => v.ToString(),
        };

    /// <summary>A value in a list's cell.</summary>
    public static string Cell(RecordKind kind, string column, JsonElement record)
    {
        if (!record.TryGetProperty(column, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return "";
        }

        var field = kind.Fields.FirstOrDefault(f => f.Name == column);
        return (field?.Type, v.ValueKind) switch
        {
            (FieldType.Date, _) => Day(v),
            (FieldType.YesNo, _) => field!.Choices!.First(c => c.Value == (v.ValueKind == JsonValueKind.True ? "true" : "false")).Label,
            (FieldType.Choice, _) => field!.Choices!.FirstOrDefault(c => c.Value == v.GetString()).Label ?? v.GetString() ?? "",
            (FieldType.FollowUps, _) => $"{v.GetArrayLength()} việc ({v.EnumerateArray().Count(f => f.GetProperty("doneOn").ValueKind != JsonValueKind.Null)} đã xong)",
            (_, JsonValueKind.Array) => string.Join(", ", v.EnumerateArray().Select(x => x.GetString())),
            _ when column == "status" => v.GetString() switch { "Accepted" => "Được chấp thuận", "Rejected" => "Không được chấp thuận", _ => "Đang chờ ý kiến" },
            _ => v.ToString(),
        };
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Day(JsonElement v) =>
        DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("dd/MM/yyyy") : v.ToString();
}

/// <summary>A record's form: the values from what was posted (after a refusal), else from the record, else empty.</summary>
public sealed record RecordForm(RecordKind Kind, JsonElement? Record, IFormCollection? Posted, Backend.ApiProblem? Problem)
{
    public string ValueOf(RecordField field) =>
        Posted is not null ? Posted[field.Name].ToString() : Record is { } record ? RecordKinds.FormValue(field, record) : "";
}
