using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Model;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Catalog.Procedures;

/// <summary>The catalog for staff: every procedure with its versions, and the difference between any two versions.</summary>
public static class ProceduresApi
{
    public sealed record ProcedureRow(string Code, string Name, string Sector, string OnlineLevel, bool OneStop, int ProcessingDays, string Status, int Version, bool IsSample);

    public sealed record VersionView(int Number, string Change, string DecisionNumber, DateOnly EffectiveFrom, DateOnly? EffectiveTo, ProcedureContent Content);

    public sealed record ProcedureView(string Code, string Status, bool IsSample, string? HandlingUnit, VersionView Current, IReadOnlyList<VersionSummary> Versions);

    public sealed record VersionSummary(int Number, string Change, string DecisionNumber, DateOnly EffectiveFrom, DateOnly? EffectiveTo);

    public sealed record DiffView(string Code, int From, int To, IReadOnlyList<FieldChange> Changes);

    public static RouteGroupBuilder MapProcedures(this RouteGroupBuilder procedures)
    {
        procedures.MapGet("/", ListAsync).WithName("ListProcedures").RequireAuthorization(StaffPolicies.Staff);
        procedures.MapGet("/{code}", GetAsync).WithName("GetProcedure").RequireAuthorization(StaffPolicies.Staff);
        procedures.MapGet("/{code}/versions/{number:int}", VersionAsync).WithName("GetProcedureVersion").RequireAuthorization(StaffPolicies.Staff);
        procedures.MapGet("/{code}/diff", DiffAsync).WithName("DiffProcedureVersions").RequireAuthorization(StaffPolicies.Staff);
        return procedures;
    }

    private static async Task<Ok<List<ProcedureRow>>> ListAsync(string? q, string? sector, string? status, CatalogDb db)
    {
        var rows = await db.Procedures.AsNoTracking()
            .Join(db.Versions.AsNoTracking(), p => new { p.Id, Number = p.CurrentVersion }, v => new { Id = v.ProcedureId, v.Number }, (p, v) => new { p, v })
            .ToListAsync();
        return TypedResults.Ok(rows
            .Where(x => sector is null || x.v.Sector == sector)
            .Where(x => status is null || x.p.Status.ToString() == status)
            .Where(x => q is null || VietnameseText.Matches(x.v.SearchText, q))
            .OrderBy(x => x.v.Sector, VietnameseText.Comparer).ThenBy(x => x.p.Code)
            .Select(x => new ProcedureRow(x.p.Code, x.v.Name, x.v.Sector, x.v.OnlineLevel, x.v.OneStop, x.v.ProcessingDays, x.p.Status.ToString(), x.p.CurrentVersion, x.p.IsSample))
            .ToList());
    }

    private static async Task<Results<Ok<ProcedureView>, NotFoundProblem>> GetAsync(string code, CatalogDb db)
    {
        var procedure = await db.Procedures.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == code);
        if (procedure is null)
        {
            return ProcedureNotFound(code);
        }

        var current = (await VersionOf(db, code, procedure.CurrentVersion))!;
        return TypedResults.Ok(new ProcedureView(procedure.Code, procedure.Status.ToString(), procedure.IsSample, procedure.HandlingUnit, View(current),
            procedure.Versions.OrderBy(v => v.Number).Select(v => new VersionSummary(v.Number, v.Change.ToString(), v.DecisionNumber, v.EffectiveFrom, v.EffectiveTo)).ToList()));
    }

    private static async Task<Results<Ok<VersionView>, NotFoundProblem>> VersionAsync(string code, int number, CatalogDb db)
    {
        var version = await VersionOf(db, code, number);
        return version is null ? ProcedureNotFound(code) : TypedResults.Ok(View(version));
    }

    private static async Task<Results<Ok<DiffView>, NotFoundProblem>> DiffAsync(string code, int from, int to, CatalogDb db)
    {
        var a = await VersionOf(db, code, from);
        var b = await VersionOf(db, code, to);
        if (a is null || b is null)
        {
            return Problems.NotFound("Không tìm thấy phiên bản",
                detail: $"Thủ tục {code} không có phiên bản {(a is null ? from : to)}.");
        }

        return TypedResults.Ok(new DiffView(code, from, to, ProcedureDiff.Compare(a.Content, b.Content)));
    }

    private static Task<ProcedureVersion?> VersionOf(CatalogDb db, string code, int number) =>
        db.Versions.AsNoTracking().Include(v => v.Body).SingleOrDefaultAsync(v => v.Code == code && v.Number == number);

    private static VersionView View(ProcedureVersion v) => new(v.Number, v.Change.ToString(), v.DecisionNumber, v.EffectiveFrom, v.EffectiveTo, v.Content);

    /// <summary>The 404 for a procedure code the catalog does not hold, wherever a procedure is looked up by its code.</summary>
    internal static NotFoundProblem ProcedureNotFound(string code) => Problems.NotFound("Không tìm thấy thủ tục hành chính",
        detail: $"Không có thủ tục mã {code} trong danh mục.");
}
