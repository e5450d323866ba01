using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Plans.Data;
using VanPhong.Plans.Documents;
using VanPhong.Plans.Model;
using VanPhong.Plans.Progress;
using VanPhong.Plans.SeedTasks;
using VanPhong.Plans.Units;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Plans.Items;

/// <summary>Items of a plan: read and filter (staff), edit and cancel (the office), targets (the office).</summary>
/// <remarks>
/// Over 300 lines and kept whole: the steps load the item with its plan and check its version or its plan's state
/// and answer the same item view; the validation of an item's fields is shared by adding and editing.
/// </remarks>
public static class ItemsApi
{
    public sealed record ItemFilter(string? Unit, string? Status, string? Section, DateOnly? DueFrom, DateOnly? DueTo, bool? NeedsReview, bool? NeedsDate = null);

    public sealed record ItemDetail(ItemView Item, IReadOnlyList<ReportProgress.ReportView> Reports, IReadOnlyList<StatusChangeView> History, IReadOnlyList<ObligationView> Obligations, IReadOnlyList<ReminderView> Reminders,
        IReadOnlyList<SeedTasks.LinkedRecord> Records);

    public sealed record StatusChangeView(string From, string To, DateTime At, string By, string? Reason);

    public sealed record ObligationView(Guid Id, string Subject, string Description, DateOnly TriggeredOn, DateOnly DueOn, DateOnly? FulfilledOn, bool Overdue);

    public sealed record ReminderView(string Kind, DateOnly DueOn, string UnitCode, string? Email, DateTime SentAt, bool Delivered, string? Error);

    public sealed record ItemRequest(string? Code, string? ParentCode, bool? IsGroup, string? Content, string? Timeframe, string? LeadUnits, string? CoordinatingUnits, string? ExpectedResult, int? Weight, string? SectionCode);

    public sealed record CancelRequest(string? Reason);

    public sealed record DueDateRequest(DateOnly? DueOn, string? Reason);

    public sealed record TargetRequest(string? Metric, string? Description, double? Value, string? Unit);

    public static RouteGroupBuilder MapItems(this RouteGroupBuilder plans)
    {
        plans.MapGet("/{planId:guid}/items", ListAsync).WithName("ListPlanItems").RequireAuthorization(StaffPolicies.Staff);
        plans.MapGet("/items/{itemId:guid}", GetAsync).WithName("GetPlanItem").RequireAuthorization(StaffPolicies.Staff);
        plans.MapPost("/{planId:guid}/items", AddAsync).WithName("AddPlanItem").RequireAuthorization(StaffPolicies.Office);
        plans.MapPut("/items/{itemId:guid}", UpdateAsync).WithName("UpdatePlanItem").RequireAuthorization(StaffPolicies.Office);
        plans.MapPost("/items/{itemId:guid}/cancel", CancelAsync).WithName("CancelPlanItem").RequireAuthorization(StaffPolicies.Office);
        plans.MapPut("/items/{itemId:guid}/targets", SetTargetsAsync).WithName("SetPlanItemTargets").RequireAuthorization(StaffPolicies.Office);
        plans.MapPut("/items/{itemId:guid}/due-date", SetDueDateAsync).WithName("SetPlanItemDueDate")
            .WithSummary("Đặt hạn cho nhiệm vụ chưa có hạn (\"Theo tiến độ của tỉnh\")").RequireAuthorization(StaffPolicies.Office);
        return plans;
    }

    private static async Task<Results<Ok<List<ItemView>>, NotFoundProblem, ValidationProblem>> ListAsync(Guid planId, [AsParameters] ItemFilter filter, PlansDb db)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == planId))
        {
            return Problems.NotFound();
        }

        ItemStatus? status = null;
        if (filter.Status is not null)
        {
            if (!Enum.TryParse<ItemStatus>(filter.Status, ignoreCase: true, out var parsed) || int.TryParse(filter.Status, out _))
            {
                return Problems.Invalid("status", $"Trạng thái '{filter.Status}' không hợp lệ ({string.Join(", ", Enum.GetNames<ItemStatus>())}).");
            }

            status = parsed;
        }

        var query = db.Items.AsNoTracking().Include(i => i.Targets).Where(i => i.PlanId == planId);
        if (status is not null)
        {
            query = query.Where(i => i.Status == status);
        }

        if (filter.Section is not null)
        {
            query = query.Where(i => i.SectionCode == filter.Section);
        }

        if (filter.DueFrom is { } from)
        {
            query = query.Where(i => i.DueOn >= from);
        }

        if (filter.DueTo is { } to)
        {
            query = query.Where(i => i.DueOn <= to);
        }

        if (filter.NeedsReview == true)
        {
            query = query.Where(i => i.ReviewNote != null);
        }

        var units = await db.Units.AsNoTracking().ToListAsync();
        var items = (await query.OrderBy(i => i.Order).ToListAsync())
            .Where(i => filter.NeedsDate is not { } needsDate || i.NeedsDate == needsDate)
            .Where(i => filter.Unit is null || UnitAssignments.Expand(i.LeadUnits.Concat(i.CoordinatingUnits), units).Contains(filter.Unit) || i.LeadUnits.Contains(filter.Unit))
            .Select(i => i.View(units))
            .ToList();
        return TypedResults.Ok(items);
    }

    private static async Task<Results<Ok<ItemDetail>, NotFoundProblem>> GetAsync(Guid itemId, PlansDb db, CancellationToken ct)
    {
        var item = await db.Items.AsNoTracking().Include(i => i.Targets).SingleOrDefaultAsync(i => i.Id == itemId);
        if (item is null)
        {
            return Problems.NotFound();
        }

        var units = await db.Units.AsNoTracking().ToListAsync();
        var reports = (await db.Reports.AsNoTracking().Where(r => r.ItemId == itemId).ToListAsync()).OrderBy(r => r.ReportedAt).Select(ReportProgress.View).ToList();
        var history = (await db.StatusChanges.AsNoTracking().Where(s => s.ItemId == itemId).ToListAsync()).OrderBy(s => s.At)
            .Select(s => new StatusChangeView(s.From.ToString(), s.To.ToString(), s.At, s.By, s.Reason)).ToList();
        var obligations = (await db.Obligations.AsNoTracking().Where(o => o.ItemId == itemId).ToListAsync()).OrderBy(o => o.DueOn)
            .Select(o => new ObligationView(o.Id, o.Subject, o.Description, o.TriggeredOn, o.DueOn, o.FulfilledOn, o.Overdue)).ToList();
        var reminders = (await Urging.ReminderViews.OfItemsAsync(db, [itemId], ct))[itemId].OrderBy(r => r.SentAt).ToList();
        var records = await SeedTasks.LinkedRecords.OfItemAsync(db, itemId, ct);
        return TypedResults.Ok(new ItemDetail(item.View(units), reports, history, obligations, reminders, records));
    }

    private static async Task<Results<Created<ItemView>, NotFoundProblem, ValidationProblem, ConflictProblem>> AddAsync(Guid planId, ItemRequest request, PlansDb db, WorkingDayCalendar calendar, TimeProvider clock)
    {
        var plan = await db.Plans.Include(p => p.Sections).Include(p => p.Items).SingleOrDefaultAsync(p => p.Id == planId);
        if (plan is null)
        {
            return Problems.NotFound();
        }

        var units = await db.Units.AsNoTracking().ToListAsync();
        var errors = Validate(request, plan, units, existing: null);
        if (errors.Any)
        {
            return errors.ToProblem("Nhiệm vụ chưa hợp lệ");
        }

        if (plan.Status == PlanStatus.Closed)
        {
            return RecordResults.Conflict("Kế hoạch đã kết thúc: không thêm nhiệm vụ.");
        }

        var item = new PlanItem { PlanId = plan.Id, SectionCode = request.SectionCode!, Order = plan.Items.Count == 0 ? 0 : plan.Items.Max(i => i.Order) + 1 };
        PlanMapping.Describe(item, ToDocument(request, request.Code!), units, calendar, plan.Year);
        db.Items.Add(item);
        // Reporting counts the items of an issued plan from its events: one added later is announced, in the same
        // transaction (it was counted only once a progress report named it, and then without its section or units).
        if (PlanEvents.Added(plan, item) is { } added)
        {
            db.AddEvent(added, clock);
        }

        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/plans/items/{item.Id}", item.View(units));
    }

    private static async Task<Results<Ok<ItemView>, NotFoundProblem, ValidationProblem, ConflictProblem>> UpdateAsync(Guid itemId, ItemRequest request, HttpContext http, PlansDb db, WorkingDayCalendar calendar)
    {
        var item = await db.Items.Include(i => i.Targets).SingleOrDefaultAsync(i => i.Id == itemId);
        if (item is not null)
        {
            StaleWrite.ThrowIfStale(http, item.Version);
        }

        if (item is null)
        {
            return RecordResults.ItemNotFound();
        }

        var plan = await db.Plans.Include(p => p.Sections).Include(p => p.Items).SingleAsync(p => p.Id == item.PlanId);
        var units = await db.Units.AsNoTracking().ToListAsync();
        var merged = request with
        {
            Content = request.Content ?? item.Content,
            Timeframe = request.Timeframe ?? item.TimeframeText,
            LeadUnits = request.LeadUnits ?? item.LeadUnitsText,
            CoordinatingUnits = request.CoordinatingUnits ?? item.CoordinatingUnitsText,
            ExpectedResult = request.ExpectedResult ?? item.ExpectedResult,
            Weight = request.Weight ?? item.Weight,
            IsGroup = item.IsGroup,
            ParentCode = item.ParentCode,
            SectionCode = item.SectionCode,
        };
        var errors = Validate(merged, plan, units, existing: item);
        if (errors.Any)
        {
            return errors.ToProblem("Nhiệm vụ chưa hợp lệ");
        }

        if (plan.Status == PlanStatus.Closed)
        {
            return RecordResults.Conflict("Kế hoạch đã kết thúc: không sửa nhiệm vụ.");
        }

        var targets = item.Targets.Select(t => new TargetDocument(t.Metric, t.Description, t.TargetValue, t.Unit)).ToList();
        db.Targets.RemoveRange(item.Targets);
        PlanMapping.Describe(item, ToDocument(merged, item.Code) with { Targets = targets }, units, calendar, plan.Year);
        db.Targets.AddRange(item.Targets);
        await db.SaveChangesAsync();
        return TypedResults.Ok(item.View(units));
    }

    private static async Task<Results<Ok<ItemView>, NotFoundProblem, ValidationProblem>> SetDueDateAsync(Guid itemId, DueDateRequest request, HttpContext http, PlansDb db, TimeProvider clock)
    {
        var (plan, item, units) = await ReportProgress.LoadAsync(db, itemId, http);
        if (item is null)
        {
            return RecordResults.ItemNotFound();
        }

        var errors = new ValidationErrors();
        if (request.DueOn is not { } due)
        {
            errors.Add("dueOn", "Vui lòng nhập hạn hoàn thành (ngày/tháng/năm).");
        }
        else if (due.Year < plan!.Year || due.Year > plan.Year + 1)
        {
            errors.Add("dueOn", $"Hạn của nhiệm vụ thuộc kế hoạch năm {plan.Year} phải trong năm {plan.Year} hoặc {plan.Year + 1}.");
        }

        var reason = VanPhong.Text.VietnameseText.Clean(request.Reason);
        if (reason is null)
        {
            errors.Add("reason", "Vui lòng nêu căn cứ của hạn (ví dụ văn bản của UBND tỉnh nêu tiến độ).");
        }
        else if (reason.Length > 1000)
        {
            errors.Add("reason", "Căn cứ tối đa 1000 ký tự.");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Chưa thể đặt hạn cho nhiệm vụ");
        }

        db.AddEvent(item.SetDueDate(plan!, request.DueOn!.Value, reason!, http.User.DisplayName(), clock.GetUtcNow()), clock);
        await db.SaveChangesAsync();
        return TypedResults.Ok(item.View(units));
    }

    private static async Task<Results<Ok<ItemView>, NotFoundProblem, ValidationProblem>> CancelAsync(Guid itemId, CancelRequest request, HttpContext http, PlansDb db, TimeProvider clock)
    {
        var (plan, item, units) = await ReportProgress.LoadAsync(db, itemId, http);
        if (item is null)
        {
            return RecordResults.ItemNotFound();
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return Problems.Invalid("reason", "Vui lòng nêu lý do hủy nhiệm vụ.", title: "Chưa thể hủy nhiệm vụ");
        }

        db.AddEvent(item.Cancel(plan!, request.Reason.Trim(), http.User.DisplayName(), clock.GetUtcNow()), clock);
        await db.SaveChangesAsync();
        return TypedResults.Ok(item.View(units));
    }

    private static async Task<Results<Ok<ItemView>, NotFoundProblem, ValidationProblem>> SetTargetsAsync(Guid itemId, List<TargetRequest> request, HttpContext http, PlansDb db)
    {
        var item = await db.Items.Include(i => i.Targets).SingleOrDefaultAsync(i => i.Id == itemId);
        if (item is not null)
        {
            StaleWrite.ThrowIfStale(http, item.Version);
        }

        if (item is null)
        {
            return RecordResults.ItemNotFound();
        }

        var errors = new ValidationErrors();
        foreach (var (target, index) in request.Select((t, i) => (t, i)))
        {
            if (string.IsNullOrWhiteSpace(target.Metric))
            {
                errors.Add($"[{index}].metric", "Vui lòng nêu chỉ tiêu (metric).");
            }

            if (target.Value is not { } value || value < 0 || (target.Unit ?? "%") == "%" && value > 100)
            {
                errors.Add($"[{index}].value", "Giá trị chỉ tiêu không hợp lệ (tỷ lệ phần trăm từ 0 đến 100).");
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem("Chỉ tiêu chưa hợp lệ");
        }

        db.Targets.RemoveRange(item.Targets);
        item.Targets = request.Select(t => new PlanItemTarget
        {
            ItemId = item.Id,
            Metric = t.Metric!.Trim(),
            Description = t.Description?.Trim() ?? t.Metric!.Trim(),
            TargetValue = t.Value!.Value,
            Unit = t.Unit ?? "%",
        }).ToList();
        db.Targets.AddRange(item.Targets);
        await db.SaveChangesAsync();
        return TypedResults.Ok(item.View(await db.Units.AsNoTracking().ToListAsync()));
    }

    private static ItemDocument ToDocument(ItemRequest request, string code) => new(
        code, request.ParentCode, request.IsGroup ?? false, request.Content!.Trim(), request.Timeframe?.Trim(), request.LeadUnits?.Trim(),
        request.CoordinatingUnits?.Trim(), request.ExpectedResult?.Trim(), request.Weight ?? 1);

    private static ValidationErrors Validate(ItemRequest request, Plan plan, IReadOnlyCollection<UnitReplica> units, PlanItem? existing)
    {
        var errors = new ValidationErrors();
        if (existing is null)
        {
            if (request.SectionCode is null || plan.Sections.All(s => s.Code != request.SectionCode))
            {
                errors.Add("sectionCode", $"Mục '{request.SectionCode}' không có trong kế hoạch.");
            }
            else if (string.IsNullOrWhiteSpace(request.Code) || !request.Code.StartsWith(request.SectionCode + ".", StringComparison.Ordinal))
            {
                errors.Add("code", $"Mã nhiệm vụ phải bắt đầu bằng mã mục, ví dụ {request.SectionCode}.1.");
            }
            else if (plan.Items.Any(i => i.Code == request.Code))
            {
                errors.Add("code", $"Mã {request.Code} đã có trong kế hoạch.");
            }

            if (request.ParentCode is not null && plan.Items.All(i => i.Code != request.ParentCode || !i.IsGroup))
            {
                errors.Add("parentCode", $"Nhóm {request.ParentCode} không có trong kế hoạch.");
            }
        }

        if (string.IsNullOrWhiteSpace(request.Content))
        {
            errors.Add("content", "Vui lòng nhập nội dung công việc.");
        }

        if (request.IsGroup != true)
        {
            var (lead, leadProblem) = UnitAssignments.Resolve(request.LeadUnits, units);
            if (lead.Count == 0 || leadProblem is not null)
            {
                errors.Add("leadUnits", leadProblem is null ? "Vui lòng nêu đơn vị thực hiện." : $"Không có đơn vị \"{leadProblem}\" trong danh sách đơn vị của Ban.");
            }

            var (_, coordinatingProblem) = UnitAssignments.Resolve(request.CoordinatingUnits, units);
            if (coordinatingProblem is not null)
            {
                errors.Add("coordinatingUnits", $"Không có đơn vị \"{coordinatingProblem}\" trong danh sách đơn vị của Ban.");
            }

            if (string.IsNullOrWhiteSpace(request.Timeframe))
            {
                errors.Add("timeframe", "Vui lòng nêu thời gian thực hiện.");
            }
        }

        if (request.Weight is < 1 or > 100)
        {
            errors.Add("weight", "Trọng số là số nguyên từ 1 đến 100.");
        }

        return errors;
    }
}
