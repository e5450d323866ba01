using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Plans.Data;
using VanPhong.Plans.SeedTasks;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Plans.Communications;

/// <summary>Communication and training activities (plan VII): staff read, the office records and corrects them.</summary>
public static class CommunicationsApi
{
    private const string What = "hoạt động truyền thông, tập huấn";

    public sealed record ActivityRequest(string? Kind, string? Title, string? HeldOn, string? Channel, string? Audience, int? Participants, string? UnitCode, string? PlanItemCode);

    public sealed record ActivityView(
        Guid Id, string Kind, string Title, DateOnly HeldOn, string? Channel, string? Audience, int? Participants, string? UnitCode,
        Guid? PlanItemId, string? PlanItemCode, int Version);

    public static RouteGroupBuilder MapCommunications(this RouteGroupBuilder plans)
    {
        plans.MapGet("/communications", ListAsync).WithName("ListCommunicationActivities").RequireAuthorization(StaffPolicies.Staff);
        plans.MapGet("/communications/{id:guid}", GetAsync).WithName("GetCommunicationActivity").RequireAuthorization(StaffPolicies.Staff);
        plans.MapPost("/communications", CreateAsync).WithName("RecordCommunicationActivity").RequireAuthorization(StaffPolicies.Office);
        plans.MapPut("/communications/{id:guid}", UpdateAsync).WithName("UpdateCommunicationActivity").RequireAuthorization(StaffPolicies.Office);
        return plans;
    }

    private static async Task<Ok<List<ActivityView>>> ListAsync(int? year, PlansDb db, CancellationToken ct)
    {
        var query = db.Communications.AsNoTracking();
        if (year is { } asked && RecordRules.ListYear(asked) is var y)
        {
            query = query.Where(a => a.HeldOn >= new DateOnly(y, 1, 1) && a.HeldOn <= new DateOnly(y, 12, 31));
        }

        return TypedResults.Ok((await query.OrderByDescending(a => a.HeldOn).ToListAsync(ct)).Select(View).ToList());
    }

    private static async Task<Results<Ok<ActivityView>, NotFoundProblem>> GetAsync(Guid id, PlansDb db, CancellationToken ct) =>
        await db.Communications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) is { } record ? TypedResults.Ok(View(record)) : RecordResults.NotFound(What);

    private static async Task<Results<Created<ActivityView>, ValidationProblem>> CreateAsync(ActivityRequest request, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var (rules, fields, link) = await ValidateAsync(request, db, clock, ct);
        if (rules.Failed)
        {
            return RecordResults.Invalid(rules, "Hoạt động truyền thông, tập huấn chưa hợp lệ");
        }

        var (record, recorded) = CommunicationActivity.Create(fields, link);
        db.Communications.Add(record);
        db.AddEvent(recorded, clock);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/plans/communications/{record.Id}", View(record));
    }

    private static async Task<Results<Ok<ActivityView>, NotFoundProblem, ValidationProblem>> UpdateAsync(Guid id, ActivityRequest request, HttpContext http, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var record = await db.Communications.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (record is null)
        {
            return RecordResults.NotFound(What);
        }

        StaleWrite.ThrowIfStale(http, record.Version);
        var (rules, fields, link) = await ValidateAsync(request, db, clock, ct);
        if (rules.Failed)
        {
            return RecordResults.Invalid(rules, "Hoạt động truyền thông, tập huấn chưa hợp lệ");
        }

        db.AddEvent(record.Change(fields, link), clock);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(View(record));
    }

    private static async Task<(RecordRules, CommunicationFields, PlanLink)> ValidateAsync(ActivityRequest request, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var rules = new RecordRules();
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
        return (rules, new CommunicationFields(kind ?? "", title, on, channel, audience, request.Participants, unit), link);
    }

    private static ActivityView View(CommunicationActivity a) =>
        new(a.Id, a.Kind, a.Title, a.HeldOn, a.Channel, a.Audience, a.Participants, a.UnitCode, a.PlanItemId, a.PlanItemCode, a.Version);
}
