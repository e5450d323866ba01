using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Model;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Catalog.Decisions.Reading;

/// <summary>
/// The office uploads the province's decision; what it says becomes a draft publication decision with the flags of its
/// reading, to be corrected (<c>PUT /decisions/{id}</c>) and applied like one recorded by hand.
/// </summary>
public static class DecisionReadingApi
{
    public static RouteGroupBuilder MapDecisionReading(this RouteGroupBuilder procedures)
    {
        // No Accepts metadata: routing would answer a content type outside it with a bare 415, and the kind is read from the content anyway.
        procedures.MapPost("/decisions/read", ReadAsync).WithName("ReadPublicationDecision").RequireAuthorization(StaffPolicies.Office);
        return procedures;
    }

    private static async Task<Results<Created<DecisionsApi.DecisionView>, TooLargeProblem, BadRequestProblem, ConflictProblem, ProblemHttpResult>> ReadAsync(HttpRequest request, string? fileName, CatalogDb db, IOptions<DecisionReadingOptions> options, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var content = await ReadBodyAsync(request, limits.MaxBytes, cancellationToken);
        if (content is null)
        {
            return Problems.TooLarge("Tệp quá lớn",
                detail: $"Tệp quyết định tối đa {limits.MaxBytes / 1024 / 1024} MB.");
        }

        if (content.Length == 0)
        {
            return Problems.BadRequest("Không đọc được quyết định", detail: "Tệp gửi lên trống.");
        }

        DecisionSource source;
        try
        {
            source = DecisionDocument.Open(content, limits);
        }
        catch (DecisionDocumentException refused)
        {
            // The reader's refusal carries its own status, so it stays an untyped problem inside the union.
            return TypedResults.Problem(statusCode: refused.Status, title: refused.Title, detail: refused.Message);
        }

        DecisionReading reading;
        try
        {
            reading = DecisionReader.Read(source.Lines);
        }
        catch (OverflowException)
        {
            // A run of digits too long for any article, day count, copy count or amount: not a decision to read.
            return Problems.BadRequest("Không đọc được quyết định",
                detail: "Văn bản có một con số quá lớn (số điều, số ngày, số bản hoặc số tiền): kiểm tra lại tệp.");
        }

        if (reading.Number is { Length: > 50 })
        {
            return Problems.BadRequest("Không đọc được quyết định",
                detail: "Số quyết định đọc được dài quá 50 ký tự: kiểm tra lại dòng \"Số: …\" của văn bản.");
        }
        if (!reading.LooksLikeADecision)
        {
            return Problems.BadRequest("Không đọc được quyết định",
                detail: "Không tìm thấy số quyết định hay thủ tục hành chính nào trong tệp: đây không phải quyết định công bố thủ tục hành chính.");
        }

        if (reading.Number is { } number && await db.Decisions.AnyAsync(d => d.Number == number, cancellationToken))
        {
            return Problems.Conflict("Quyết định đã được ghi nhận",
                detail: $"Quyết định {number} đã được ghi nhận (bản nháp hoặc đã áp dụng): sửa bản đã có thay vì đọc lại.");
        }

        var decision = Draft(reading, source.Kind, FileNames.Stored(fileName, Extension(source.Kind), "quyet-dinh"));
        db.Decisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/procedures/decisions/{decision.Id}", DecisionsApi.View(decision));
    }

    /// <summary>
    /// The draft as read. What was not read stays visibly unread — a number that names itself as such (the number is
    /// unique), the first day of the calendar for a date — behind its open flag, which keeps the draft from being applied.
    /// </summary>
    private static PublicationDecision Draft(DecisionReading reading, string kind, string fileName)
    {
        var decision = new PublicationDecision { Status = DecisionStatus.Draft, SourceKind = kind, SourceFileName = fileName };
        decision.Number = reading.Number ?? $"{DecisionsApi.UnreadNumber} {decision.Id.ToString("N")[^12..]}";
        decision.Date = reading.Date ?? default;
        decision.Signer = reading.Signer ?? "";
        decision.Issuer = reading.Issuer ?? "";
        decision.EffectiveDate = reading.EffectiveDate ?? reading.Date ?? default;
        decision.Title = reading.Title is { Length: > 1000 } long_ ? long_[..1000] : reading.Title;
        decision.Items = [.. reading.Items];
        decision.Flags = [.. reading.Flags];
        return decision;
    }

    private static string Extension(string kind) => kind switch
    {
        DecisionDocument.Docx => ".docx",
        DecisionDocument.Pdf => ".pdf",
        _ => ".txt",
    };

    /// <summary>The body, or null as soon as it is longer than <paramref name="max"/>: no more than that is ever held.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long max, CancellationToken cancellationToken)
    {
        if (request.ContentLength > max)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
