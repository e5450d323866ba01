using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Plans.Data;
using VanPhong.Plans.Documents;
using VanPhong.Plans.Items;
using VanPhong.Plans.Model;
using VanPhong.Plans.Timeframes;
using VanPhong.Plans.Units;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Plans.Progress;

/// <summary>
/// The lead unit reports progress (percentage, status, narrative, evidence); a coordinating unit adds its
/// contribution. An item is completed only with evidence, late when after its due date; the item itself changes its
/// status and keeps every change (<see cref="PlanItem.ReportProgress"/>).
/// </summary>
public static class ReportProgress
{
    public sealed record EvidenceRequest(string? DocumentNumber, string? DocumentDate, string? Description, string? FileName, string? ContentBase64);

    public sealed record ProgressRequest(int? Percent, string? Status, string? Narrative, EvidenceRequest? Evidence, string? UnitCode);

    public sealed record ContributionRequest(string? Narrative, EvidenceRequest? Evidence, string? UnitCode);

    public sealed record ReportView(Guid Id, string Kind, string UnitCode, string ReportedBy, DateTime ReportedAt, int? Percent, string? Status, string Narrative, string? EvidenceNumber, DateOnly? EvidenceDate, string? EvidenceDescription, Guid? EvidenceFileId);

    public static RouteGroupBuilder MapProgress(this RouteGroupBuilder plans)
    {
        plans.MapPost("/items/{itemId:guid}/progress", ReportAsync)
            .WithName("ReportItemProgress")
            .WithSummary("Đơn vị chủ trì báo cáo tiến độ thực hiện nhiệm vụ")
            .RequireAuthorization(StaffPolicies.UnitWork);
        plans.MapPost("/items/{itemId:guid}/contributions", ContributeAsync)
            .WithName("AddItemContribution")
            .WithSummary("Đơn vị phối hợp báo cáo phần việc của mình")
            .RequireAuthorization(StaffPolicies.UnitWork);
        plans.MapGet("/items/{itemId:guid}/evidence/{fileId:guid}", DownloadAsync)
            .WithName("DownloadEvidence")
            .RequireAuthorization(StaffPolicies.Staff);
        return plans;
    }

    private static async Task<IResult> ReportAsync(
        Guid itemId, ProgressRequest request, HttpContext http, PlansDb db, IAuthorizationService authorization, TimeProvider clock, IOptions<PlanFileLimits> files)
    {
        var (plan, item, units) = await LoadAsync(db, itemId, http);
        if (item is null)
        {
            return ItemNotFound();
        }

        var unit = request.UnitCode ?? http.User.UnitCode() ?? "";
        var leadUnits = UnitAssignments.Expand(item.LeadUnits, units);
        if (!(await authorization.AuthorizeAsync(http.User, UnitResource.Of([.. leadUnits]), StaffPolicies.SameUnit)).Succeeded)
        {
            return StaffSecurity.Forbidden($"Chỉ đơn vị chủ trì ({item.LeadUnitsText}) mới báo cáo tiến độ nhiệm vụ {item.Code}.");
        }

        if (!leadUnits.Contains(unit))
        {
            return Invalid("unitCode", $"Đơn vị '{unit}' không phải đơn vị chủ trì nhiệm vụ {item.Code}.");
        }

        var errors = new Dictionary<string, string[]>();
        if (request.Percent is not { } percent || percent is < 0 or > 100)
        {
            errors["percent"] = ["Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100."];
        }

        var completing = request.Status is "Completed" || request.Percent == 100;
        if (request.Status is not (null or "InProgress" or "Completed"))
        {
            errors["status"] = ["Trạng thái báo cáo là InProgress (đang thực hiện) hoặc Completed (hoàn thành)."];
        }
        else if (request.Status == "Completed" && request.Percent is not 100)
        {
            errors["percent"] = ["Nhiệm vụ hoàn thành phải đạt 100%."];
        }

        if (string.IsNullOrWhiteSpace(request.Narrative))
        {
            errors["narrative"] = ["Vui lòng mô tả kết quả thực hiện."];
        }

        var evidence = ReadEvidence(request.Evidence, errors, files.Value.Evidence);
        if (completing && evidence is null && !errors.ContainsKey("evidence"))
        {
            errors["evidence"] = ["Nhiệm vụ chỉ được xác nhận hoàn thành khi có minh chứng: số và ngày văn bản (ví dụ Báo cáo số 12/BC-KKT) hoặc tệp đính kèm."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Báo cáo tiến độ chưa hợp lệ");
        }

        var now = clock.GetUtcNow();
        foreach (var change in item.ReportProgress(plan!, unit, request.Percent!.Value, completing, TimeframeInterpreter.NextCheckIn(VietnamTime.DateOf(now)), http.User.DisplayName(), now))
        {
            db.AddEvent(change, clock);
        }

        var report = NewReport(item, ProgressKind.LeadReport, unit, http.User, now, request.Narrative!, evidence, db);
        report.Percent = request.Percent;
        report.Status = item.Status;
        await db.SaveChangesAsync();
        return TypedResults.Ok(item.View(units));
    }

    private static async Task<IResult> ContributeAsync(
        Guid itemId, ContributionRequest request, HttpContext http, PlansDb db, IAuthorizationService authorization, TimeProvider clock, IOptions<PlanFileLimits> files)
    {
        var (plan, item, units) = await LoadAsync(db, itemId, http);
        if (item is null)
        {
            return ItemNotFound();
        }

        var coordinating = UnitAssignments.Expand(item.CoordinatingUnits, units);
        if (!(await authorization.AuthorizeAsync(http.User, UnitResource.Of([.. coordinating]), StaffPolicies.SameUnit)).Succeeded)
        {
            return StaffSecurity.Forbidden($"Chỉ đơn vị phối hợp ({item.CoordinatingUnitsText ?? "không có"}) mới báo cáo phần phối hợp của nhiệm vụ {item.Code}.");
        }

        var unit = request.UnitCode ?? http.User.UnitCode() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (!coordinating.Contains(unit))
        {
            errors["unitCode"] = [$"Đơn vị '{unit}' không phải đơn vị phối hợp của nhiệm vụ {item.Code}."];
        }

        if (string.IsNullOrWhiteSpace(request.Narrative))
        {
            errors["narrative"] = ["Vui lòng mô tả phần việc đã thực hiện."];
        }

        var evidence = ReadEvidence(request.Evidence, errors, files.Value.Evidence);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Báo cáo phối hợp chưa hợp lệ");
        }

        var now = clock.GetUtcNow();
        db.AddEvent(item.Contribute(plan!, unit, now), clock);
        var report = NewReport(item, ProgressKind.Contribution, unit, http.User, now, request.Narrative!, evidence, db);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/plans/items/{item.Id}", View(report));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(Guid itemId, Guid fileId, PlansDb db)
    {
        var file = await db.EvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.ItemId == itemId);
        // Named again from its type: evidence stored before names were made safe kept the uploader's own.
        return file is null ? TypedResults.NotFound() : TypedResults.File(file.Content, file.ContentType, FileNames.Stored(file.FileName, FileTypes.Extension(file.ContentType), "minh-chung"));
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

    internal static IResult ItemNotFound() => Problems.NotFound("Không tìm thấy nhiệm vụ",
        detail: "Nhiệm vụ không tồn tại trong kế hoạch.");

    internal static IResult Conflict(string detail) =>
        Problems.Conflict("Không thể thực hiện ở trạng thái hiện tại", detail: detail);

    private static IResult Invalid(string field, string message) =>
        Problems.Invalid(field, message, title: "Báo cáo tiến độ chưa hợp lệ");

    private sealed record Evidence(string? Number, DateOnly? Date, string? Description, EvidenceFile? File);

    private static Evidence? ReadEvidence(EvidenceRequest? request, Dictionary<string, string[]> errors, ZipLimits packages)
    {
        if (request is null)
        {
            return null;
        }

        DateOnly? date = null;
        if (request.DocumentDate is not null)
        {
            if (EvidenceRules.TryParseDate(request.DocumentDate, out var parsed))
            {
                date = parsed;
            }
            else
            {
                errors["evidence.documentDate"] = [$"Ngày văn bản \"{request.DocumentDate}\" không đúng định dạng (dd/MM/yyyy hoặc yyyy-MM-dd)."];
            }
        }

        var number = string.IsNullOrWhiteSpace(request.DocumentNumber) ? null : request.DocumentNumber.Trim();
        if (number is not null && date is null && !errors.ContainsKey("evidence.documentDate"))
        {
            errors["evidence.documentDate"] = ["Vui lòng ghi ngày của văn bản làm minh chứng."];
        }

        EvidenceFile? file = null;
        if (request.ContentBase64 is not null)
        {
            byte[] content;
            try
            {
                content = Convert.FromBase64String(request.ContentBase64);
            }
            catch (FormatException)
            {
                errors["evidence.contentBase64"] = ["Tệp đính kèm không đúng mã hóa base64."];
                return null;
            }

            var detected = EvidenceRules.Detect(content, packages);
            if (detected.Refusal is { } refusal)
            {
                errors["evidence.contentBase64"] = [refusal];
            }
            else if (detected.ContentType is not { } type)
            {
                errors["evidence.contentBase64"] = ["Chỉ nhận tệp PDF, JPEG, PNG, DOCX hoặc XLSX (kiểm tra theo nội dung tệp)."];
            }
            else
            {
                // The extension is the one of the content: "bao-cao.html" holding a PDF is stored and served as bao-cao.pdf.
                file = new EvidenceFile { FileName = FileNames.Stored(request.FileName, FileTypes.Extension(type), "minh-chung"), ContentType = type, Content = content };
            }
        }

        return number is null && file is null ? null : new Evidence(number, date, request.Description?.Trim(), file);
    }

    private static ProgressReport NewReport(PlanItem item, ProgressKind kind, string unit, System.Security.Claims.ClaimsPrincipal user, DateTimeOffset now, string narrative, Evidence? evidence, PlansDb db)
    {
        var report = new ProgressReport
        {
            ItemId = item.Id,
            Kind = kind,
            UnitCode = unit,
            ReportedBy = user.DisplayName(),
            ReportedAt = now.UtcDateTime,
            ReportedOn = VietnamTime.DateOf(now),
            Narrative = narrative.Trim(),
            EvidenceNumber = evidence?.Number,
            EvidenceDate = evidence?.Date,
            EvidenceDescription = evidence?.Description,
        };
        if (evidence?.File is { } file)
        {
            file.ItemId = item.Id;
            file.UploadedAt = now.UtcDateTime;
            db.EvidenceFiles.Add(file);
            report.EvidenceFileId = file.Id;
        }

        db.Reports.Add(report);
        return report;
    }
}
