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

/// <summary>The names of a kind's four endpoints (<c>WithName</c>: the OpenAPI operation ids and the links' targets).</summary>
public sealed record RecordEndpointNames(string List, string Get, string Create, string Update);

/// <summary>
/// The endpoints every record behind a plan task has — staff list them by year and read one, the office records one and
/// corrects it (with the stale-write check) — for one kind, described by what is its own: where it lives, its names and
/// texts, its day, its checks and its view. One home for that shape, so a fix to it reaches every kind.
/// </summary>
/// <param name="path">The path segment under /api/plans ("communications").</param>
/// <param name="what">The record as "Không tìm thấy …" names it.</param>
/// <param name="invalidTitle">The title of the 400 for a request that does not pass the checks.</param>
/// <param name="on">The record's day: the list is newest first by it and, unless <see cref="InYear"/> says otherwise, filtered by its year.</param>
/// <param name="validate">Checks a request into the rules it is given, and what it would record.</param>
/// <param name="view">The record as the API shows it on a day (a view may say what is current or overdue today).</param>
public sealed class RecordEndpoints<TRecord, TFields, TEvent, TRequest, TView>(
    string path, RecordEndpointNames names, string what, string invalidTitle,
    Func<PlansDb, DbSet<TRecord>> set, Expression<Func<TRecord, DateOnly>> on,
    Func<RecordRules, TRequest, PlansDb, TimeProvider, CancellationToken, Task<(TFields Fields, PlanLink Link)>> validate,
    Func<TRecord, DateOnly, TView> view)
    where TRecord : PlanTaskRecord<TRecord, TFields, TEvent>, new()
    where TEvent : notnull
    where TRequest : class
{
    /// <summary>For a record that lasts (an assignment): which records belong to a year, when its day alone does not say.</summary>
    public Func<int, Expression<Func<TRecord, bool>>>? InYear { get; init; }

    /// <summary>Why a record is no longer corrected (409), null while it is; only a kind mapped with <see cref="MapLockable"/> has it.</summary>
    public Func<TRecord, string?>? Locked { get; init; }

    /// <param name="plans">The /api/plans group.</param>
    /// <param name="list">The kind's own list, when it takes more than the year; otherwise <see cref="ListAsync"/>.</param>
    public RouteGroupBuilder Map(RouteGroupBuilder plans, Delegate? list = null) => Map(plans, list, UpdateAsync);

    /// <summary>As <see cref="Map"/>, for a kind whose records can be locked: its correction also answers 409.</summary>
    public RouteGroupBuilder MapLockable(RouteGroupBuilder plans) => Map(plans, null, UpdateLockableAsync);

    /// <summary>The records of the year asked (all of them when none is), newest first: for a kind's own list.</summary>
    public async Task<List<TRecord>> ListedAsync(int? year, PlansDb db, CancellationToken ct)
    {
        var query = set(db).AsNoTracking();
        if (year is { } asked && RecordRules.ListYear(asked) is var y)
        {
            query = query.Where(InYear?.Invoke(y) ?? OnWithin(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)));
        }

        return await query.OrderByDescending(on).ToListAsync(ct);
    }

    private async Task<Ok<List<TView>>> ListAsync(int? year, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        return TypedResults.Ok((await ListedAsync(year, db, ct)).Select(r => view(r, today)).ToList());
    }

    private RouteGroupBuilder Map(RouteGroupBuilder plans, Delegate? list, Delegate update)
    {
        plans.MapGet($"/{path}", list ?? ListAsync).WithName(names.List).RequireAuthorization(StaffPolicies.Staff);
        plans.MapGet($"/{path}/{{id:guid}}", GetAsync).WithName(names.Get).RequireAuthorization(StaffPolicies.Staff);
        plans.MapPost($"/{path}", CreateAsync).WithName(names.Create).RequireAuthorization(StaffPolicies.Office);
        plans.MapPut($"/{path}/{{id:guid}}", update).WithName(names.Update).RequireAuthorization(StaffPolicies.Office);
        return plans;
    }

    private async Task<Results<Ok<TView>, NotFoundProblem>> GetAsync(Guid id, PlansDb db, TimeProvider clock, CancellationToken ct) =>
        await set(db).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) is { } record
            ? TypedResults.Ok(view(record, VietnamTime.Today(clock)))
            : RecordResults.NotFound(what);

    private async Task<Results<Created<TView>, ValidationProblem>> CreateAsync(TRequest request, PlansDb db, TimeProvider clock, CancellationToken ct)
    {
        var rules = new RecordRules();
        var (fields, link) = await validate(rules, request, db, clock, ct);
        if (rules.Failed)
        {
            return RecordResults.Invalid(rules, invalidTitle);
        }

        var (record, recorded) = PlanTaskRecord<TRecord, TFields, TEvent>.Create(fields, link);
        set(db).Add(record);
        db.AddEvent(recorded, clock);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/plans/{path}/{record.Id}", view(record, VietnamTime.Today(clock)));
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
        var record = await set(db).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return RecordResults.NotFound(what);
        }

        StaleWrite.ThrowIfStale(http, record.Version);
        if (Locked?.Invoke(record) is { } why)
        {
            return RecordResults.Conflict(why);
        }

        var rules = new RecordRules();
        var (fields, link) = await validate(rules, request, db, clock, ct);
        if (rules.Failed)
        {
            return RecordResults.Invalid(rules, invalidTitle);
        }

        db.AddEvent(record.Change(fields, link), clock);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(view(record, VietnamTime.Today(clock)));
    }

    /// <summary>The record's day between two days, as a query the database runs (the days as parameters, as a closure would give).</summary>
    private Expression<Func<TRecord, bool>> OnWithin(DateOnly first, DateOnly last)
    {
        var days = Expression.Constant(new Days(first, last));
        var within = Expression.AndAlso(
            Expression.GreaterThanOrEqual(on.Body, Expression.Property(days, nameof(Days.First))),
            Expression.LessThanOrEqual(on.Body, Expression.Property(days, nameof(Days.Last))));
        return Expression.Lambda<Func<TRecord, bool>>(within, on.Parameters);
    }

    private sealed record Days(DateOnly First, DateOnly Last);
}
