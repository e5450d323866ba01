using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Model;
using VanPhong.Catalog.Procedures;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Catalog.English;

/// <summary>
/// The office records the English text of a procedure (GET/PUT /api/procedures/{code}/english), naming the version it
/// translates; the public catalog shows it to readers who prefer English.
/// </summary>
public static partial class EnglishTextsApi
{
    public sealed record RecordRequest(int? TranslatesVersion, EnglishText? Text);

    /// <summary>What the office reads before writing: the Vietnamese in force, the English recorded (if any) and whether it is out of date.</summary>
    public sealed record EnglishRecord(
        string Code, int CurrentVersion, int? TranslatesVersion, bool Outdated, string? RecordedBy, DateTime? RecordedAt,
        EnglishText Text, ProcedureContent Vietnamese, IReadOnlyList<string> Untranslated);

    private const int MaxText = 4000;

    public static RouteGroupBuilder MapEnglishTexts(this RouteGroupBuilder procedures)
    {
        procedures.MapGet("/{code}/english", GetAsync).WithName("GetProcedureEnglish").RequireAuthorization(StaffPolicies.Staff);
        procedures.MapPut("/{code}/english", RecordAsync).WithName("RecordProcedureEnglish").RequireAuthorization(StaffPolicies.Office);
        return procedures;
    }

    private static async Task<Results<Ok<EnglishRecord>, NotFoundProblem>> GetAsync(string code, CatalogDb db)
    {
        var procedure = await db.Procedures.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code);
        return procedure is null ? ProceduresApi.ProcedureNotFound(code) : TypedResults.Ok(await RecordOfAsync(db, procedure));
    }

    private static async Task<Results<Ok<EnglishRecord>, NotFoundProblem, ValidationProblem>> RecordAsync(string code, RecordRequest request, CatalogDb db, HttpContext http, TimeProvider clock)
    {
        var procedure = await db.Procedures.SingleOrDefaultAsync(p => p.Code == code);
        if (procedure is null)
        {
            return ProceduresApi.ProcedureNotFound(code);
        }

        var current = (await db.Versions.AsNoTracking().Include(v => v.Body).SingleAsync(v => v.ProcedureId == procedure.Id && v.Number == procedure.CurrentVersion)).Content;
        var translates = request.TranslatesVersion ?? procedure.CurrentVersion;
        var text = Clean(request.Text ?? new EnglishText());
        var errors = Validate(text, current);
        if (translates < 1 || translates > procedure.CurrentVersion)
        {
            errors.Add("translatesVersion", $"Phiên bản được dịch từ 1 đến {procedure.CurrentVersion} (phiên bản hiện hành).");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Bản tiếng Anh chưa hợp lệ");
        }

        var english = await db.EnglishTexts.SingleOrDefaultAsync(e => e.ProcedureId == procedure.Id);
        if (english is null)
        {
            english = new ProcedureEnglish { ProcedureId = procedure.Id, Code = procedure.Code };
            db.EnglishTexts.Add(english);
        }

        english.TranslatesVersion = translates;
        english.Json = JsonSerializer.Serialize(text, CatalogJson.Options);
        english.RecordedBy = http.User.Identity?.Name ?? "";
        english.RecordedAt = clock.GetUtcNow().UtcDateTime;
        db.AddAuditEntry(http.User, clock, "english-recorded", nameof(ProcedureEnglish), code, new { translatesVersion = translates });
        await db.SaveChangesAsync();
        return TypedResults.Ok(await RecordOfAsync(db, procedure));
    }

    private static async Task<EnglishRecord> RecordOfAsync(CatalogDb db, Procedure procedure)
    {
        var vietnamese = (await db.Versions.AsNoTracking().Include(v => v.Body).SingleAsync(v => v.ProcedureId == procedure.Id && v.Number == procedure.CurrentVersion)).Content;
        var english = await db.EnglishTexts.AsNoTracking().SingleOrDefaultAsync(e => e.ProcedureId == procedure.Id);
        var merged = EnglishMerge.Merge(vietnamese, english, procedure.CurrentVersion);
        return new EnglishRecord(procedure.Code, procedure.CurrentVersion, english?.TranslatesVersion, merged.Outdated, english?.RecordedBy, english?.RecordedAt,
            english?.Text ?? new EnglishText(), vietnamese, merged.Untranslated);
    }

    /// <summary>Blank fields become "no English yet"; the rest is trimmed.</summary>
    private static EnglishText Clean(EnglishText t)
    {
        static string? C(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        static IReadOnlyList<string?>? L(IReadOnlyList<string?>? list) => list?.Select(C).ToList();
        return new EnglishText(C(t.Name), C(t.Level), C(t.ImplementingAgency), C(t.Applicants), C(t.Conditions), L(t.Steps), L(t.Dossier),
            t.Fees?.Select(f => f is null ? null : new EnglishFee(C(f.Name), C(f.Note))).ToList(), C(t.FeeExemptions), C(t.Result), L(t.LegalBases), C(t.Place));
    }

    private static ValidationErrors Validate(EnglishText t, ProcedureContent vi)
    {
        var errors = new ValidationErrors();
        void Check(string field, string? value)
        {
            if (value is null)
            {
                return;
            }

            if (value.Length > MaxText)
            {
                errors.Add(field, "Dài quá 4.000 ký tự.");
            }
            else if (Markup().IsMatch(value))
            {
                errors.Add(field, "Không được chứa mã HTML hoặc mã lệnh; vui lòng chỉ nhập văn bản.");
            }
        }

        void List(string field, IReadOnlyList<string?>? items, int count)
        {
            if (items is null)
            {
                return;
            }

            if (items.Count > count)
            {
                errors.Add(field, $"Bản tiếng Việt có {count} mục; bản tiếng Anh không được nhiều hơn.");
                return;
            }

            for (var i = 0; i < items.Count; i++)
            {
                Check($"{field}[{i}]", items[i]);
            }
        }

        Check("name", t.Name);
        Check("level", t.Level);
        Check("implementingAgency", t.ImplementingAgency);
        Check("applicants", t.Applicants);
        Check("conditions", t.Conditions);
        Check("feeExemptions", t.FeeExemptions);
        Check("result", t.Result);
        Check("place", t.Place);
        List("steps", t.Steps, vi.Steps.Count);
        List("dossier", t.Dossier, vi.Dossier.Count);
        List("legalBases", t.LegalBases, vi.LegalBases.Count);
        if (t.Fees is { } fees)
        {
            if (fees.Count > vi.Fees.Count)
            {
                errors.Add("fees", $"Bản tiếng Việt có {vi.Fees.Count} mục; bản tiếng Anh không được nhiều hơn.");
            }
            else
            {
                for (var i = 0; i < fees.Count; i++)
                {
                    Check($"fees[{i}].name", fees[i]?.Name);
                    Check($"fees[{i}].note", fees[i]?.Note);
                }
            }
        }

        return errors;
    }

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z!][^>]*>|javascript\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}
