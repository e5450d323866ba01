using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Plans.Data;
using VanPhong.Plans.SeedTasks;

namespace VanPhong.Plans.OneStopDesk;

/// <summary>
/// The one-stop desk's staff (plan III.5): the office records assignments, staff read them all, and the public page
/// lists who is at the desk today — name, title, sectors and work phone, nothing else.
/// </summary>
public static partial class DeskApi
{
    public sealed record AssignmentRequest(string? FullName, string? Title, List<string?>? Sectors, string? WorkPhone, string? AssignedFrom, string? AssignedTo, string? PlanItemCode);

    public sealed record AssignmentView(
        Guid Id, string FullName, string Title, IReadOnlyList<string> Sectors, string WorkPhone, DateOnly AssignedFrom, DateOnly? AssignedTo, bool Current,
        Guid? PlanItemId, string? PlanItemCode, int Version);

    /// <summary>What the public sees of a current assignment.</summary>
    public sealed record PublicDeskMember(string FullName, string Title, IReadOnlyList<string> Sectors, string WorkPhone);

    private static readonly RecordEndpoints<DeskAssignment, DeskAssignmentFields, OneStopDeskAssignmentRecorded, AssignmentRequest, AssignmentView> Records = new(
        "one-stop-desk", new("ListDeskAssignments", "GetDeskAssignment", "RecordDeskAssignment", "UpdateDeskAssignment"),
        what: "phân công tại Bộ phận Một cửa", invalidTitle: "Phân công tại Bộ phận Một cửa chưa hợp lệ",
        set: db => db.DeskAssignments, on: a => a.AssignedFrom, validate: (rules, request, db, _, ct) => ValidateAsync(rules, request, db, ct), view: View)
    {
        // An assignment belongs to every year it lasted at least a day of.
        InYear = y => a => a.AssignedFrom <= new DateOnly(y, 12, 31) && (a.AssignedTo == null || a.AssignedTo >= new DateOnly(y, 1, 1)),
    };

    public static RouteGroupBuilder MapDesk(this RouteGroupBuilder plans) => Records.Map(plans, list: ListAsync);

    public static RouteGroupBuilder MapPublicDesk(this RouteGroupBuilder publicPlans)
    {
        publicPlans.MapGet("/one-stop-desk", PublicAsync).WithName("PublicOneStopDesk")
            .WithSummary("Danh sách công chức làm việc tại Bộ phận Một cửa (họ và tên, chức danh, lĩnh vực, số điện thoại)");
        return publicPlans;
    }

    private static async Task<Ok<List<PublicDeskMember>>> PublicAsync(PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var current = await db.DeskAssignments.AsNoTracking()
            .Where(a => a.AssignedFrom <= today && (a.AssignedTo == null || a.AssignedTo >= today))
            .ToListAsync(ct);
        return TypedResults.Ok(current.OrderBy(a => a.Sectors.FirstOrDefault() ?? "", StringComparer.Ordinal).ThenBy(a => a.FullName, StringComparer.Ordinal)
            .Select(a => new PublicDeskMember(a.FullName, a.Title, a.Sectors, a.WorkPhone)).ToList());
    }

    /// <param name="year">Assignments that lasted at least a day of that year.</param>
    /// <param name="current">Only the assignments current today (true) or only the others (false).</param>
    private static async Task<Ok<List<AssignmentView>>> ListAsync(int? year, bool? current, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var all = await Records.ListedAsync(year, db, ct);
        return TypedResults.Ok(all.Where(a => current is null || a.IsCurrentOn(today) == current).Select(a => View(a, today)).ToList());
    }

    private static async Task<(DeskAssignmentFields, PlanLink)> ValidateAsync(RecordRules rules, AssignmentRequest request, PlansDb db, CancellationToken ct)
    {
        var name = rules.Required("fullName", request.FullName, "họ và tên", 200);
        var title = rules.Required("title", request.Title, "chức danh", 200);
        var sectors = rules.Names("sectors", request.Sectors, "lĩnh vực công tác", required: true);
        var phone = rules.Required("workPhone", request.WorkPhone, "số điện thoại công vụ", 30);
        if (phone.Length > 0 && !WorkPhone().IsMatch(phone))
        {
            rules.Add("workPhone", $"Số điện thoại \"{phone}\" không hợp lệ (chữ số, có thể có dấu cách, dấu chấm, dấu gạch, +, ngoặc).");
        }

        var from = rules.Date("assignedFrom", request.AssignedFrom, "ngày bắt đầu phân công");
        var to = rules.OptionalDate("assignedTo", request.AssignedTo, "ngày kết thúc phân công");
        if (to is { } end && from != default && end < from)
        {
            rules.Add("assignedTo", $"Ngày kết thúc phân công ({end:dd/MM/yyyy}) không được trước ngày bắt đầu ({from:dd/MM/yyyy}).");
        }

        var link = await rules.PlanItemAsync(db, request.PlanItemCode, from.Year == 1 ? 0 : from.Year, ct);
        return (new DeskAssignmentFields(name, title, sectors, phone, from, to), link);
    }

    private static AssignmentView View(DeskAssignment a, DateOnly today) =>
        new(a.Id, a.FullName, a.Title, a.Sectors, a.WorkPhone, a.AssignedFrom, a.AssignedTo, a.IsCurrentOn(today), a.PlanItemId, a.PlanItemCode, a.Version);

    [GeneratedRegex(@"^\+?[0-9 ().\-]{6,20}$")]
    private static partial Regex WorkPhone();
}
