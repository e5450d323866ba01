using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Plans.Data;
using VanPhong.Plans.SeedTasks;

namespace VanPhong.Plans.Inspections;

/// <summary>The inspections of TTHC control (plan IV.1): staff read, the office records them and their follow-up.</summary>
public static class InspectionsApi
{
    private const int MaxFollowUps = 50;

    public static RouteGroupBuilder MapInspections(this RouteGroupBuilder plans) => Records.Map(plans);

    public sealed record FollowUpRequest(string? Action, string? DueOn, string? DoneOn);

    public sealed record InspectionRequest(
        bool? Planned, string? InspectingBody, string? InspectedUnit, string? InspectedOn, string? Findings, List<FollowUpRequest?>? FollowUps, string? PlanItemCode);

    public sealed record FollowUpView(string Action, DateOnly DueOn, DateOnly? DoneOn, bool Overdue);

    public sealed record InspectionView(
        Guid Id, bool Planned, string InspectingBody, string InspectedUnit, DateOnly InspectedOn, string? Findings, IReadOnlyList<FollowUpView> FollowUps,
        Guid? PlanItemId, string? PlanItemCode, int Version);

    private static readonly RecordEndpoints<Inspection, InspectionFields, InspectionRecorded, InspectionRequest, InspectionView> Records = new(
        "inspections", new("ListInspections", "GetInspection", "RecordInspection", "UpdateInspection"),
        what: "cuộc kiểm tra", invalidTitle: "Hồ sơ kiểm tra chưa hợp lệ",
        set: db => db.Inspections, on: i => i.InspectedOn, validate: ValidateAsync, view: View);

    private static async Task<(InspectionFields, PlanLink)> ValidateAsync(RecordRules rules, InspectionRequest request, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        if (request.Planned is null)
        {
            rules.Add("planned", "Vui lòng cho biết đây là cuộc kiểm tra theo kế hoạch hay đột xuất.");
        }

        var body = rules.Required("inspectingBody", request.InspectingBody, "cơ quan, đoàn kiểm tra", 200);
        var unit = rules.Required("inspectedUnit", request.InspectedUnit, "đơn vị được kiểm tra", 200);
        // A planned inspection may be recorded before it takes place; its findings only after.
        var on = rules.Date("inspectedOn", request.InspectedOn, "ngày kiểm tra");
        var findings = rules.Optional("findings", request.Findings, "kết quả kiểm tra", RecordRules.LongText);
        if (findings is not null && on > today)
        {
            rules.Add("findings", $"Cuộc kiểm tra ngày {on:dd/MM/yyyy} chưa diễn ra: chưa thể ghi kết quả.");
        }

        var followUps = new List<FollowUp>();
        var requested = request.FollowUps ?? [];
        if (requested.Count > MaxFollowUps)
        {
            rules.Add("followUps", $"Tối đa {MaxFollowUps} việc cần khắc phục cho một cuộc kiểm tra.");
        }

        foreach (var (f, index) in requested.Take(MaxFollowUps).Select((f, i) => (f, i)))
        {
            var field = $"followUps[{index}]";
            var action = rules.Required($"{field}.action", f?.Action, "nội dung việc cần khắc phục");
            var due = rules.Date($"{field}.dueOn", f?.DueOn, "hạn khắc phục");
            var done = rules.OptionalDate($"{field}.doneOn", f?.DoneOn, "ngày hoàn thành khắc phục", today);
            if (done is { } d && d < on)
            {
                rules.Add($"{field}.doneOn", $"Ngày hoàn thành khắc phục ({d:dd/MM/yyyy}) không được trước ngày kiểm tra ({on:dd/MM/yyyy}).");
            }

            followUps.Add(new FollowUp(action, due, done));
        }

        var link = await rules.PlanItemAsync(db, request.PlanItemCode, on.Year == 1 ? 0 : on.Year, ct);
        return (new InspectionFields(request.Planned == true, body, unit, on, findings, followUps), link);
    }

    private static InspectionView View(Inspection i, DateOnly today) => new(
        i.Id, i.Planned, i.InspectingBody, i.InspectedUnit, i.InspectedOn, i.Findings,
        i.FollowUps.Select(f => new FollowUpView(f.Action, f.DueOn, f.DoneOn, f.DoneOn is null && f.DueOn < today)).ToList(),
        i.PlanItemId, i.PlanItemCode, i.Version);
}
