using VanPhong.Calendar;
using VanPhong.Plans.Data;
using VanPhong.Plans.Model;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Plans.Progress;

/// <summary>
/// The evidence of a report (a document's number and date, or a file checked by its content) read from the request, and
/// the report row written with it; shared by the lead unit's report and a coordinating unit's contribution.
/// </summary>
internal static class ProgressEvidence
{
    internal sealed record Evidence(string? Number, DateOnly? Date, string? Description, EvidenceFile? File);

    public static Evidence? Read(ReportProgress.EvidenceRequest? request, ValidationErrors errors, ZipLimits packages)
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
                errors.Add("evidence.documentDate", $"Ngày văn bản \"{request.DocumentDate}\" không đúng định dạng (dd/MM/yyyy hoặc yyyy-MM-dd).");
            }
        }

        var number = string.IsNullOrWhiteSpace(request.DocumentNumber) ? null : request.DocumentNumber.Trim();
        if (number is not null && date is null && !errors.Has("evidence.documentDate"))
        {
            errors.Add("evidence.documentDate", "Vui lòng ghi ngày của văn bản làm minh chứng.");
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
                errors.Add("evidence.contentBase64", "Tệp đính kèm không đúng mã hóa base64.");
                return null;
            }

            var detected = EvidenceRules.Detect(content, packages);
            if (detected.Refusal is { } refusal)
            {
                errors.Add("evidence.contentBase64", refusal);
            }
            else if (detected.ContentType is not { } type)
            {
                errors.Add("evidence.contentBase64", "Chỉ nhận tệp PDF, JPEG, PNG, DOCX hoặc XLSX (kiểm tra theo nội dung tệp).");
            }
            else
            {
                // The extension is the one of the content: "bao-cao.html" holding a PDF is stored and served as bao-cao.pdf.
                file = new EvidenceFile { FileName = FileNames.Stored(request.FileName, FileTypes.Extension(type), "minh-chung"), ContentType = type, Content = content };
            }
        }

        return number is null && file is null ? null : new Evidence(number, date, request.Description?.Trim(), file);
    }

    public static ProgressReport NewReport(PlanItem item, ProgressKind kind, string unit, System.Security.Claims.ClaimsPrincipal user, DateTimeOffset now, string narrative, Evidence? evidence, PlansDb db)
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
