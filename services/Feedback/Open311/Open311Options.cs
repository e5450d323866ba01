namespace VanPhong.Feedback.Open311;

/// <summary>The Open311 facade's configuration (section <c>Open311</c>).</summary>
public sealed class Open311Options
{
    /// <summary>
    /// GeoReport v2 §jurisdiction_id: "the jurisdiction's main website root url (without the www)". The endpoint serves
    /// only the Board, so clients may leave it out; a different one is answered 404.
    /// </summary>
    public string JurisdictionId { get; set; } = "bqlkkt-vanphong.khanhhoa.gov.vn";

    /// <summary>
    /// The public address of the gateway (e.g. https://dichvucong.kkt-vanphong.example.vn), written into the discovery
    /// document's endpoint url. Unset: the address the request came in by (the gateway's X-Forwarded-Host/Proto).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Discovery "contact": how to reach the people who run the API.</summary>
    public string Contact { get; set; } = "Văn phòng Ban quản lý Khu kinh tế Vân Phong: vanphong@kkt-vanphong.example.vn, 0258 3 822 991";

    /// <summary>Discovery "key_service": how an application gets an API key.</summary>
    public string KeyService { get; set; } =
        "Ứng dụng muốn gửi yêu cầu (POST requests) đề nghị Văn phòng Ban quản lý cấp khóa api_key qua vanphong@kkt-vanphong.example.vn, "
        + "ghi tên ứng dụng và đơn vị vận hành. Đọc dữ liệu (GET) không cần khóa.";
}
