using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Plans.Data;
using VanPhong.Plans.SeedTasks;

namespace VanPhong.Plans.Communications;

/// <summary>Communication and training activities (plan VII): staff read, the office records and corrects them.</summary>
public static class CommunicationsApi
{
    public static RouteGroupBuilder MapCommunications(this RouteGroupBuilder plans) => Records.Map(plans);

    public sealed record ActivityRequest(string? Kind, string? Title, string? HeldOn, string? Channel, string? Audience, int? Participants, string? UnitCode, string? PlanItemCode);

    public sealed record ActivityView(
        Guid Id, string Kind, string Title, DateOnly HeldOn, string? Channel, string? Audience, int? Participants, string? UnitCode,
        Guid? PlanItemId, string? PlanItemCode, int Version);

    private static readonly RecordEndpoints<CommunicationActivity, CommunicationFields, CommunicationActivityRecorded, ActivityRequest, ActivityView> Records = new(
        "communications", new("ListCommunicationActivities", "GetCommunicationActivity", "RecordCommunicationActivity", "UpdateCommunicationActivity"),
        what: "hoạt động truyền thông, tập huấn", invalidTitle: "Hoạt động truyền thông, tập huấn chưa hợp lệ",
        set: db => db.Communications, on: a => a.HeldOn, validate: ValidateAsync, view: (a, _) => View(a));

    private static async Task<(CommunicationFields, PlanLink)> ValidateAsync(RecordRules rules, ActivityRequest request, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var kind = CommunicationKinds.All.FirstOrDefault(k => string.Equals(k, request.Kind?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (kind is null)
        {
            rules.Add("kind", $"Loại hoạt động \"{request.Kind}\" không hợp lệ: Communication (truyền thông), Outreach (tuyên truyền) hoặc Training (tập huấn).");
        }

        var title = rules.Required("title", request.Title, "tên hoạt động");
        var on = rules.Date("heldOn", request.HeldOn, "ngày thực hiện", VietnamTime.Today(clock));
        var channel = rules.Optional("channel", request.Channel, "hình thức, địa điểm", 200);
        var audience = rules.Optional("audience", request.Audience, "đối tượng", 200);
        if (request.Participants is < 0 or > 1_000_000)
        {
            rules.Add("participants", "Số người tham dự từ 0 đến 1.000.000.");
        }

        var unit = rules.Optional("unitCode", request.UnitCode, "đơn vị thực hiện", 20);
        if (unit is not null && !await db.Units.AnyAsync(u => u.Code == unit, ct))
        {
            rules.Add("unitCode", $"Không có đơn vị \"{unit}\" trong danh sách đơn vị của Ban.");
        }

        var link = await rules.PlanItemAsync(db, request.PlanItemCode, on.Year == 1 ? 0 : on.Year, ct);
        return (new CommunicationFields(kind ?? "", title, on, channel, audience, request.Participants, unit), link);
    }

    private static ActivityView View(CommunicationActivity a) =>
        new(a.Id, a.Kind, a.Title, a.HeldOn, a.Channel, a.Audience, a.Participants, a.UnitCode, a.PlanItemId, a.PlanItemCode, a.Version);
}
