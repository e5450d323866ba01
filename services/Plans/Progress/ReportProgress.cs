using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Persistence;
using VanPhong.Plans.Data;
using VanPhong.Plans.Model;
using VanPhong.Plans.SeedTasks;
using VanPhong.Plans.Units;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Plans.Progress;

/// <summary>
/// The lead unit reports progress (percentage, status, narrative, evidence); a coordinating unit adds its
/// contribution. An item is completed only with evidence, late when after its due date; the item itself changes its
/// status and keeps every change (<see cref="PlanItem.ReportProgress"/>).
/// The steps live beside this entry: <see cref="LeadReport"/>, <see cref="Contribution"/> and the evidence both read
/// (<see cref="ProgressEvidence"/>); the item's loading and answers stay here, where the other item endpoints find them.
/// </summary>
public static class ReportProgress
{
    public sealed record EvidenceRequest(string? DocumentNumber, string? DocumentDate, string? Description, string? FileName, string? ContentBase64);

    public sealed record ProgressRequest(int? Percent, string? Status, string? Narrative, EvidenceRequest? Evidence, string? UnitCode);

    public sealed record ContributionRequest(string? Narrative, EvidenceRequest? Evidence, string? UnitCode);

    public sealed record ReportView(Guid Id, string Kind, string UnitCode, string ReportedBy, DateTime ReportedAt, int? Percent, string? Status, string Narrative, string? EvidenceNumber, DateOnly? EvidenceDate, string? EvidenceDescription, Guid? EvidenceFileId);

    public static RouteGroupBuilder MapProgress(this RouteGroupBuilder plans)
    {
        plans.MapPost("/items/{itemId:guid}/progress", LeadReport.ReportAsync)
            .WithName("ReportItemProgress")
            .WithSummary("Đơn vị chủ trì báo cáo tiến độ thực hiện nhiệm vụ")
            .RequireAuthorization(StaffPolicies.UnitWork);
        plans.MapPost("/items/{itemId:guid}/contributions", Contribution.ContributeAsync)
            .WithName("AddItemContribution")
            .WithSummary("Đơn vị phối hợp báo cáo phần việc của mình")
            .RequireAuthorization(StaffPolicies.UnitWork);
        plans.MapGet("/items/{itemId:guid}/evidence/{fileId:guid}", DownloadAsync)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .WithName("DownloadEvidence")
            .RequireAuthorization(StaffPolicies.Staff);
        return plans;
    }

    private static async Task<Results<FileContentHttpResult, NotFoundProblem>> DownloadAsync(Guid itemId, Guid fileId, PlansDb db)
    {
        var file = await db.EvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.ItemId == itemId);
        // Named again from its type: evidence stored before names were made safe kept the uploader's own.
        return file is null ? Problems.NotFound() : TypedResults.File(file.Content, file.ContentType, FileNames.Stored(file.FileName, FileTypes.Extension(file.ContentType), "minh-chung"));
    }

    public static ReportView View(ProgressReport r) => new(
        r.Id, r.Kind.ToString(), r.UnitCode, r.ReportedBy, r.ReportedAt, r.Percent, r.Status?.ToString(), r.Narrative,
        r.EvidenceNumber, r.EvidenceDate, r.EvidenceDescription, r.EvidenceFileId);

    /// <summary>The item (with its plan and the units) to change; a stale If-Match makes the change answer 409.</summary>
    internal static async Task<(Plan? Plan, PlanItem? Item, List<UnitReplica> Units)> LoadAsync(PlansDb db, Guid itemId, HttpContext? http = null)
    {
        var item = await db.Items.Include(i => i.Targets).SingleOrDefaultAsync(i => i.Id == itemId);
        if (item is null)
        {
            return (null, null, []);
        }

        if (http is not null)
        {
            StaleWrite.ThrowIfStale(http, item.Version);
        }

        var plan = await db.Plans.Include(p => p.Sections).SingleAsync(p => p.Id == item.PlanId);
        return (plan, item, await db.Units.AsNoTracking().ToListAsync());
    }
}
