using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Identity.Connect;
using VanPhong.Identity.Data;
using VanPhong.Messaging;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Identity.Units;

/// <summary>Đơn vị: every member of staff reads the list; administrators add and change units (never delete: deactivate).</summary>
public static partial class UnitsApi
{
    public sealed record UnitView(string Code, string Name, string Kind, string? Email, bool IsActive);

    public sealed record UnitRequest(string? Code, string? Name, string? Kind, string? Email, bool? IsActive);

    public static RouteGroupBuilder MapUnitsApi(this RouteGroupBuilder identity)
    {
        var units = identity.MapGroup("/units").WithTags("Đơn vị");
        units.MapGet("/", async (IdentityDb db, CancellationToken ct) =>
                TypedResults.Ok((await db.Units.AsNoTracking().OrderBy(u => u.Code).ToListAsync(ct)).Select(View).ToList()))
            .WithName("ListUnits")
            .RequireAuthorization(StaffPolicies.Staff);
        units.MapPost("/", CreateAsync).WithName("CreateUnit").RequireAuthorization(StaffPolicies.Administration);
        units.MapPut("/{code}", UpdateAsync).WithName("UpdateUnit").RequireAuthorization(StaffPolicies.Administration);
        return identity;
    }

    private static async Task<Results<Created<UnitView>, ValidationProblem>> CreateAsync(UnitRequest request, IdentityDb db, TimeProvider clock)
    {
        var errors = Validate(request, requireCode: true);
        if (errors.IsEmpty && await db.Units.AnyAsync(u => u.Code == request.Code))
        {
            errors.Add("code", $"Mã đơn vị '{request.Code}' đã tồn tại.");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Thông tin đơn vị chưa hợp lệ");
        }

        var unit = new OrganisationUnit
        {
            Code = request.Code!,
            Name = request.Name!.Trim(),
            Kind = Enum.Parse<UnitKind>(request.Kind!, ignoreCase: true),
            Email = request.Email?.Trim(),
            IsActive = request.IsActive ?? true,
        };
        db.Units.Add(unit);
        db.AddEvent(unit.ToEvent(clock), clock);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/identity/units/{unit.Code}", View(unit));
    }

    private static async Task<Results<Ok<UnitView>, NotFoundProblem, ValidationProblem>> UpdateAsync(string code, UnitRequest request, IdentityDb db, TimeProvider clock)
    {
        var unit = await db.Units.FindAsync(code);
        if (unit is null)
        {
            return Problems.NotFound();
        }

        var errors = Validate(request with { Name = request.Name ?? unit.Name, Kind = request.Kind ?? unit.Kind.ToString() }, requireCode: false);
        if (errors.Any)
        {
            return errors.ToProblem("Thông tin đơn vị chưa hợp lệ");
        }

        unit.Name = request.Name?.Trim() ?? unit.Name;
        unit.Kind = request.Kind is null ? unit.Kind : Enum.Parse<UnitKind>(request.Kind, ignoreCase: true);
        unit.Email = request.Email?.Trim() ?? unit.Email;
        unit.IsActive = request.IsActive ?? unit.IsActive;
        db.AddEvent(unit.ToEvent(clock), clock);
        await db.SaveChangesAsync();
        return TypedResults.Ok(View(unit));
    }

    private static ValidationErrors Validate(UnitRequest request, bool requireCode)
    {
        var errors = new ValidationErrors();
        if (requireCode && (request.Code is null || !CodePattern().IsMatch(request.Code)))
        {
            errors.Add("code", "Mã đơn vị gồm 2–20 chữ in hoa không dấu hoặc chữ số (ví dụ QLDT).");
        }

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add("name", "Vui lòng nhập tên đơn vị.");
        }

        if (!Enum.TryParse<UnitKind>(request.Kind, ignoreCase: true, out _) || int.TryParse(request.Kind, out _))
        {
            errors.Add("kind", "Loại đơn vị: Office, OneStopDesk, Division hoặc Leadership.");
        }

        return errors;
    }

    private static UnitView View(OrganisationUnit u) => new(u.Code, u.Name, u.Kind.ToString(), u.Email, u.IsActive);

    [GeneratedRegex("^[A-Z0-9]{2,20}$")]
    private static partial Regex CodePattern();
}
