namespace VanPhong.Catalog.Model;

/// <summary>Cách thức thực hiện: how a dossier may be submitted.</summary>
public sealed record DeliveryMethods(bool Direct, bool Postal, bool Online);

/// <summary>Thành phần hồ sơ: one document of the dossier.</summary>
public sealed record DossierComponent(string Name, int Originals, int Copies, bool Mandatory, string? FormTemplate);

/// <summary>Phí, lệ phí: a fee or charge per dossier, in đồng.</summary>
public sealed record Fee(string Name, long Amount, string? Note);

/// <summary>Căn cứ pháp lý: the document that regulates the procedure.</summary>
public sealed record LegalBasis(string Number, DateOnly? Date, string Issuer, string Title);

/// <summary>Mức độ dịch vụ công trực tuyến (Nghị định 42/2022): toàn trình, một phần, or not online.</summary>
public static class OnlineLevels
{
    public const string Full = "Full";
    public const string Partial = "Partial";
    public const string None = "None";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Full] = "Toàn trình",
        [Partial] = "Một phần",
        [None] = "Không trực tuyến",
    };
}

/// <summary>
/// Everything a publication decision says about a procedure (NĐ 63/2010 Art. 8.2 as amended; TT 02/2017):
/// name, sector, level and agency, who may apply, conditions, steps, methods, dossier, processing time, fees,
/// result, legal basis, online level, postal service (BCCI), online payment, one-stop desk.
/// </summary>
public sealed record ProcedureContent(
    string Name,
    string? NameEn,
    string Sector,
    string Level,
    string ImplementingAgency,
    string Applicants,
    string? Conditions,
    IReadOnlyList<string> Steps,
    DeliveryMethods Methods,
    IReadOnlyList<DossierComponent> Dossier,
    int ProcessingDays,
    bool WorkingDays,
    IReadOnlyList<Fee> Fees,
    string? FeeExemptions,
    string Result,
    IReadOnlyList<LegalBasis> LegalBases,
    string OnlineLevel,
    bool PostalService,
    bool OnlinePayment,
    bool OneStop,
    string Place)
{
    /// <summary>"15 ngày làm việc" / "35 ngày".</summary>
    public string ProcessingTimeText => $"{ProcessingDays:00} {(WorkingDays ? "ngày làm việc" : "ngày")}";
}

/// <summary>Field names and their Vietnamese labels, in the order a publication decision lists them.</summary>
public static class ProcedureFields
{
    public static readonly IReadOnlyList<(string Field, string Label)> All =
    [
        (nameof(ProcedureContent.Name), "Tên thủ tục"),
        (nameof(ProcedureContent.NameEn), "Tên tiếng Anh"),
        (nameof(ProcedureContent.Sector), "Lĩnh vực"),
        (nameof(ProcedureContent.Level), "Cấp thực hiện"),
        (nameof(ProcedureContent.ImplementingAgency), "Cơ quan thực hiện"),
        (nameof(ProcedureContent.Applicants), "Đối tượng thực hiện"),
        (nameof(ProcedureContent.Conditions), "Yêu cầu, điều kiện"),
        (nameof(ProcedureContent.Steps), "Trình tự thực hiện"),
        (nameof(ProcedureContent.Methods), "Cách thức thực hiện"),
        (nameof(ProcedureContent.Dossier), "Thành phần, số lượng hồ sơ"),
        (nameof(ProcedureContent.ProcessingDays), "Thời hạn giải quyết (ngày)"),
        (nameof(ProcedureContent.WorkingDays), "Tính theo ngày làm việc"),
        (nameof(ProcedureContent.Fees), "Phí, lệ phí"),
        (nameof(ProcedureContent.FeeExemptions), "Miễn, giảm phí"),
        (nameof(ProcedureContent.Result), "Kết quả thực hiện"),
        (nameof(ProcedureContent.LegalBases), "Căn cứ pháp lý"),
        (nameof(ProcedureContent.OnlineLevel), "Mức độ dịch vụ công trực tuyến"),
        (nameof(ProcedureContent.PostalService), "Tiếp nhận, trả kết quả qua bưu chính công ích"),
        (nameof(ProcedureContent.OnlinePayment), "Thanh toán trực tuyến"),
        (nameof(ProcedureContent.OneStop), "Tiếp nhận, trả kết quả tại Bộ phận Một cửa"),
        (nameof(ProcedureContent.Place), "Địa điểm thực hiện"),
    ];
}
