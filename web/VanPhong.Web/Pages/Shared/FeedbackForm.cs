using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages;

/// <summary>
/// The fields of a PAKN (Decree 20/2008 Art. 7), shared by the citizen's form and the one-stop desk's entry of a
/// PAKN received by post, phone, e-mail or in person. The feedback service decides what is valid.
/// </summary>
public sealed class FeedbackForm
{
    public string? Kind { get; set; } = "Reflection";
    public string? Category { get; set; }
    public string? ProcedureCode { get; set; }
    public string? Content { get; set; }
    public string? SubmitterType { get; set; } = "Individual";
    public string? Name { get; set; }
    public string? Organisation { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool ConsentToPublish { get; set; }

    /// <summary>Email, Sms or None; empty lets the service choose (e-mail when an address is given, otherwise none).</summary>
    public string? NotifyBy { get; set; }

    /// <summary>Agreement to the privacy notice the page showed (Decree 13/2023), and that notice's version.</summary>
    public bool ConsentToProcessing { get; set; }
    public string? PrivacyNoticeVersion { get; set; }

    /// <summary>The request body the feedback service takes, with the chosen files in base64.</summary>
    public async Task<object> ToRequestAsync(IEnumerable<IFormFile> files, CancellationToken ct)
    {
        var attachments = new List<object>();
        foreach (var file in files.Where(f => f.Length > 0))
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            attachments.Add(new { fileName = Path.GetFileName(file.FileName), contentBase64 = Convert.ToBase64String(buffer.ToArray()) });
        }

        return new
        {
            kind = Kind,
            category = Category,
            content = Content,
            procedureCode = string.IsNullOrWhiteSpace(ProcedureCode) ? null : ProcedureCode.Trim(),
            consentToPublish = ConsentToPublish,
            consentToProcessing = ConsentToProcessing,
            privacyNoticeVersion = string.IsNullOrWhiteSpace(PrivacyNoticeVersion) ? null : PrivacyNoticeVersion,
            notifyBy = string.IsNullOrWhiteSpace(NotifyBy) ? null : NotifyBy,
            submitter = new { type = SubmitterType, name = Name, organisation = Organisation, address = Address, phone = Phone, email = Email },
            attachments,
        };
    }
}

/// <summary>What the fields partial needs: the values, the service's problem, the categories.</summary>
public sealed record FeedbackFields(FeedbackForm Input, ApiProblem? Problem, IReadOnlyList<CategoryView> Categories, bool FilesDropped);
