using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Plans.Data;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Plans.SeedTasks;

/// <summary>
/// The endpoints every record behind a plan task has — staff list them by year and read one, the office records one and
/// corrects it (with the stale-write check) — for one kind, described by what is its own: where it lives, its names and
/// texts, its day, its checks and its view. One home for that shape, so a fix to it reaches every kind.
/// </summary>
public sealed class RecordEndpoints<TRecord, TFields, TEvent, TRequest, TView>
    where TRecord : PlanTaskRecord<TRecord, TFields, TEvent>, new()
    where TEvent : notnull
    where TRequest : class
{
    /// <summary>The path segment under /api/plans ("communications").</summary>
    public required string Path { get; init; }

    public required string ListName { get; init; }

    public required string GetName { get; init; }

    public required string CreateName { get; init; }

    public required string UpdateName { get; init; }

    /// <summary>The record as "Không tìm thấy …" names it.</summary>
    public required string What { get; init; }

    /// <summary>The title of the 400 for a request that does not pass the checks.</summary>
    public required string InvalidTitle { get; init; }

    public required Func<PlansDb, DbSet<TRecord>> Set { get; init; }

    /// <summary>The record's day: the list is newest first by it and, unless <see cref="InYear"/> says otherwise, filtered by its year.</summary>
    public required Expression<Func<TRecord, DateOnly>> On { get; init; }

    /// <summary>For a record that lasts (an assignment): which records belong to a year, when its day alone does not say.</summary>
    public Func<int, Expression<Func<TRecord, bool>>>? InYear { get; init; }

    public required Func<TRequest, PlansDb, TimeProvider, CancellationToken, Task<(RecordRules Rules, TFields Fields, PlanLink Link)>> Validate { get; init; }

    /// <summary>The record as the API shows it on a day (a view may say what is current or overdue today).</summary>
    public required Func<TRecord, DateOnly, TView> View { get; init; }

    /// <summary>Why a record is no longer corrected (409), null while it is; only a kind mapped with <see cref="MapLockable"/> has it.</summary>
    public Func<TRecord, string?>? Locked { get; init; }

    /// <param name="plans">The /api/plans group.</param>
    /// <param name="list">The kind's own list, when it takes more than the year; otherwise <see cref="ListAsync"/>.</param>
    public RouteGroupBuilder Map(RouteGroupBuilder plans, Delegate? list = null) => Map(plans, list, UpdateAsync);

    /// <summary>As <see cref="Map"/>, for a kind whose records can be locked: its correction also answers 409.</summary>
    public RouteGroupBuilder MapLockable(RouteGroupBuilder plans) => Map(plans, null, UpdateLockableAsync);

    /// <summary>The records of a year (every record without one), newest first, for a kind's own list.</summary>
    public async Task<List<TRecord>> ListedAsync(int? year, PlansDb db, CancellationToken ct)
    {
        var query = Set(db).AsNoTracking();
        if (year is { } asked && RecordRules.ListYear(asked) is var y)
        {
            query = query.Where(InYear?.Invoke(y) ?? OnWithin(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)));
        }

        return await query.OrderByDescending(On).ToListAsync(ct);
    }

    private async Task<Ok<List<TView>>> ListAsync(int? year, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        return TypedResults.Ok((await ListedAsync(year, db, ct)).Select(r => View(r, today)).ToList());
    }

    private RouteGroupBuilder Map(RouteGroupBuilder plans, Delegate? list, Delegate update)
    {
        plans.MapGet($"/{Path}", list ?? ListAsync).WithName(ListName).RequireAuthorization(StaffPolicies.Staff);
        plans.MapGet($"/{Path}/{{id:guid}}", GetAsync).WithName(GetName).RequireAuthorization(StaffPolicies.Staff);
        plans.MapPost($"/{Path}", CreateAsync).WithName(CreateName).RequireAuthorization(StaffPolicies.Office);
        plans.MapPut($"/{Path}/{{id:guid}}", update).WithName(UpdateName).RequireAuthorization(StaffPolicies.Office);
        return plans;
    }

    private async Task<Results<Ok<TView>, NotFoundProblem>> GetAsync(Guid id, PlansDb db, TimeProvider clock, CancellationToken ct) =>
        await Set(db).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) is { } record
            ? TypedResults.Ok(View(record, VietnamTime.Today(clock)))
            : RecordResults.NotFound(What);

    private async Task<Results<Created<TView>, ValidationProblem>> CreateAsync(TRequest request, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var (rules, fields, link) = await Validate(request, db, clock, ct);
        if (rules.Failed)
        {
            return RecordResults.Invalid(rules, InvalidTitle);
        }

        var (record, recorded) = PlanTaskRecord<TRecord, TFields, TEvent>.Create(fields, link);
        Set(db).Add(record);
        db.AddEvent(recorded, clock);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/plans/{Path}/{record.Id}", View(record, VietnamTime.Today(clock)));
    }

    private async Task<Results<Ok<TView>, NotFoundProblem, ValidationProblem>> UpdateAsync(Guid id, TRequest request, HttpContext http, PlansDb db, TimeProvider clock, CancellationToken ct) =>
        (await UpdateLockableAsync(id, request, http, db, clock, ct)).Result switch
        {
            Ok<TView> ok => ok,
            NotFoundProblem notFound => notFound,
            ValidationProblem invalid => invalid,
            var other => throw new InvalidOperationException($"A kind mapped without a lock answered {other.GetType().Name}."),
        };

    private async Task<Results<Ok<TView>, NotFoundProblem, ConflictProblem, ValidationProblem>> UpdateLockableAsync(Guid id, TRequest request, HttpContext http, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var record = await Set(db).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return RecordResults.NotFound(What);
        }

        StaleWrite.ThrowIfStale(http, record.Version);
        if (Locked?.Invoke(record) is { } why)
        {
            return RecordResults.Conflict(why);
        }

        var (rules, fields, link) = await Validate(request, db, clock, ct);
        if (rules.Failed)
        {
            return RecordResults.Invalid(rules, InvalidTitle);
        }

        db.AddEvent(record.Change(fields, link), clock);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(View(record, VietnamTime.Today(clock)));
    }

    /// <summary><see cref="On"/> between two days, as a query the database runs (the days as parameters, as a closure would give).</summary>
    private Expression<Func<TRecord, bool>> OnWithin(DateOnly first, DateOnly last)
    {
        var days = Expression.Constant(new Days(first, last));
        var within = Expression.AndAlso(
            Expression.GreaterThanOrEqual(On.Body, Expression.Property(days, nameof(Days.First))),
            Expression.LessThanOrEqual(On.Body, Expression.Property(days, nameof(Days.Last))));
        return Expression.Lambda<Func<TRecord, bool>>(within, On.Parameters);
    }

    private sealed record Days(DateOnly First, DateOnly Last);
}
