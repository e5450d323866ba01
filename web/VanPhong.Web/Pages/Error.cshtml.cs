using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace VanPhong.Web.Pages;

/// <summary>The page for an error or a bare status code, in Vietnamese; it never shows an exception.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Đã có lỗi xảy ra";

    public string Detail { get; private set; } = "Hệ thống chưa xử lý được yêu cầu. Vui lòng thử lại sau ít phút.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Detail) = code switch
        {
            404 => ("Không tìm thấy trang", "Địa chỉ này không có trên cổng thông tin. Vui lòng kiểm tra lại đường dẫn."),
            403 => ("Không có quyền truy cập", "Tài khoản của Quý vị không được dùng chức năng này."),
            429 => ("Quý vị gửi quá nhiều yêu cầu", "Vui lòng đợi một phút rồi thử lại."),
            400 => ("Yêu cầu không hợp lệ", "Trang đã hết hạn hoặc dữ liệu gửi lên không hợp lệ. Vui lòng tải lại trang và thử lại."),
            _ => (Title, Detail),
        };
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code.Value;
        }
    }
}
