using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Model;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Catalog.HandlingUnits;

/// <summary>
/// Phòng chủ trì giải quyết: the division of the Board that handles a procedure ("các phòng chuyên môn thực hiện giải
/// quyết TTHC" in the plan). It drafts and submits the procedure's internal procedure and reviews it; another division may
/// not (the same-unit rule). A newly published procedure gets the division its sector names in
/// <c>Catalog:HandlingUnits:BySector</c>; the office assigns or changes it.
/// </summary>
public sealed class HandlingUnitOptions
{
    /// <summary>A word of the sector (folded, without diacritics) → the division's unit code; the first match wins.</summary>
    public Dictionary<string, string> BySector { get; set; } = new()
    {
        ["dau tu"] = "QLDT",
        ["quy hoach"] = "QHXD",
        ["xay dung"] = "QHXD",
        ["moi truong"] = "TNMT",
        ["dat dai"] = "TNMT",
        ["tai nguyen"] = "TNMT",
        ["lao dong"] = "DNLD",
        ["viec lam"] = "DNLD",
        ["doanh nghiep"] = "DNLD",
    };

    public string? ForSector(string sector)
    {
        var folded = VietnameseText.Fold(sector);
        return BySector.FirstOrDefault(p => folded.Contains(VietnameseText.Fold(p.Key), StringComparison.Ordinal)).Value;
    }
}

public static partial class HandlingUnitsApi
{
    public sealed record AssignRequest(string? UnitCode);

    public sealed record Assignment(string ProcedureCode, string? HandlingUnit);

    public static RouteGroupBuilder MapHandlingUnits(this RouteGroupBuilder procedures)
    {
        procedures.MapPut("/{code}/handling-unit", AssignAsync).WithName("AssignHandlingUnit").RequireAuthorization(StaffPolicies.Office);
        return procedures;
    }

    private static async Task<Results<Ok<Assignment>, ValidationProblem, NotFoundProblem>> AssignAsync(string code, AssignRequest request, CatalogDb db)
    {
        var unit = request.UnitCode?.Trim();
        if (unit is null || !UnitCodePattern().IsMatch(unit))
        {
            return Problems.Invalid("unitCode", "Mã phòng chủ trì gồm 2–20 chữ in hoa không dấu hoặc chữ số (ví dụ QLDT).", title: "Phòng chủ trì chưa hợp lệ");
        }

        var procedure = await db.Procedures.SingleOrDefaultAsync(p => p.Code == code);
        if (procedure is null)
        {
            return Problems.NotFound("Không tìm thấy thủ tục hành chính", detail: $"Không có thủ tục mã {code}.");
        }

        procedure.HandlingUnit = unit;
        await db.SaveChangesAsync();
        return TypedResults.Ok(new Assignment(code, unit));
    }

    /// <summary>
    /// Null when the caller may act on the records of a procedure handled by <paramref name="handlingUnit"/> (its own
    /// division, or the office); otherwise the 403 problem that says who may.
    /// </summary>
    public static async Task<ForbiddenProblem?> RefusalAsync(ClaimsPrincipal user, string code, string? handlingUnit, IAuthorizationService authorization)
    {
        if (handlingUnit is not null && (await authorization.AuthorizeAsync(user, UnitResource.Of(handlingUnit), StaffPolicies.SameUnit)).Succeeded
            || handlingUnit is null && user.IsInRole(StaffRoles.OfficeStaff))
        {
            return null;
        }

        return Problems.Forbidden("Không thuộc phòng chủ trì",
            detail: handlingUnit is null
                ? $"Thủ tục {code} chưa được giao phòng chủ trì giải quyết; Văn phòng giao phòng chủ trì trước."
                : $"Thủ tục {code} do phòng {handlingUnit} chủ trì; chỉ phòng {handlingUnit} hoặc Văn phòng được thực hiện.");
    }

    [GeneratedRegex("^[A-Z0-9]{2,20}$")]
    private static partial Regex UnitCodePattern();
}
