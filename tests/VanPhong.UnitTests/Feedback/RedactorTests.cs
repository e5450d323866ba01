using VanPhong.Feedback.Data;
using VanPhong.Feedback.Publication;

namespace VanPhong.UnitTests.Feedback;

/// <summary>Personal data is removed from what is published, with realistic Vietnamese text.</summary>
public sealed class RedactorTests
{
    [Fact]
    public void The_submitters_own_details_and_other_personal_data_are_removed()
    {
        var submitter = new Submitter { Name = "Nguyễn Thị Hồng Nhung", Address = "27 Yersin, phường Vạn Thạnh, Nha Trang", Phone = "0912345678", Email = "hongnhung.kh@gmail.com" };
        const string question =
            "Tôi là Nguyễn Thị Hồng Nhung, CCCD số 056190001234, địa chỉ 27 Yersin, phường Vạn Thạnh, Nha Trang, điện thoại 0912 345 678, email hongnhung.kh@gmail.com. "
            + "Ngày 05/9/2023 tôi nộp hồ sơ cấp giấy phép xây dựng cho Công ty TNHH Đầu tư Hải Âu (mã số thuế 4201234567) nhưng ông Trần Văn Tám ở bộ phận một cửa "
            + "yêu cầu bổ sung giấy tờ không có trong Quyết định công bố TTHC. CMND cũ của tôi là 225123456. Liên hệ thêm số 0258.3822.991.";

        var redacted = Redactor.Redact(question, submitter);

        foreach (var secret in new[] { "Nguyễn Thị Hồng Nhung", "056190001234", "27 Yersin", "0912 345 678", "hongnhung.kh@gmail.com", "4201234567", "Trần Văn Tám", "225123456", "0258.3822.991" })
        {
            Assert.DoesNotContain(secret, redacted.Text);
        }

        Assert.Contains("giấy phép xây dựng", redacted.Text);
        Assert.Contains("Công ty TNHH Đầu tư Hải Âu", redacted.Text);
        Assert.Contains("Quyết định công bố TTHC", redacted.Text);
        Assert.Contains("05/9/2023", redacted.Text);
        Assert.Contains("ông [họ tên]", redacted.Text);
        Assert.Contains("mã số thuế [mã số thuế]", redacted.Text);
        Assert.Equal(new HashSet<string> { "email", "số điện thoại", "địa chỉ", "họ tên", "mã số thuế", "số CMND/CCCD" }, redacted.Removed.ToHashSet());
    }

    [Fact]
    public void Legal_citations_amounts_and_dates_are_kept()
    {
        const string answer = "Căn cứ khoản 2 Điều 38 Luật Đầu tư 2020 và Nghị định số 31/2021/NĐ-CP ngày 26/3/2021, thời hạn cấp Giấy chứng nhận đăng ký đầu tư là 15 ngày; lệ phí 600.000 đồng.";
        Assert.Equal(answer, Redactor.Redact(answer).Text);
    }

    [Fact]
    public void A_tax_code_with_a_branch_suffix_and_a_street_with_a_house_number_are_removed()
    {
        // The whole address phrase — house number, street and residential group — is one mark.
        var redacted = Redactor.Redact("Chi nhánh có mã 0101234567-001 đặt tại số 15 đường Hùng Vương, Tổ dân phố 3.");
        Assert.Equal("Chi nhánh có mã [mã số thuế] đặt tại [địa chỉ].", redacted.Text);
        Assert.Equal(new HashSet<string> { "mã số thuế", "địa chỉ" }, redacted.Removed.ToHashSet());
    }

    [Fact]
    public void The_submitters_name_and_address_are_found_without_diacritics_and_in_any_case()
    {
        var submitter = new Submitter { Name = "Nguyễn Thị Ánh Tuyết", Address = "27 Yersin, phường Vạn Thạnh, Nha Trang", Phone = "0912345678", Email = "AnhTuyet.KH@gmail.com" };
        var redacted = Redactor.Redact(
            "Hồ sơ của nguyen thi anh tuyet (NGUYỄN THỊ ÁNH TUYẾT) gửi về 27 Yersin, phuong Van Thanh, Nha Trang; gọi +84 912.345.678 hoặc anhtuyet.kh@GMAIL.com.", submitter);
        Assert.Equal("Hồ sơ của [họ tên] ([họ tên]) gửi về [địa chỉ]; gọi [số điện thoại] hoặc [email].", redacted.Text);
    }

    [Fact]
    public void A_capitalised_title_inside_a_name_is_part_of_the_name()
    {
        // "Anh" is also a title ("anh" = elder brother): inside a name it must not split it, leaving part of it published.
        Assert.Equal("Hồ sơ của [họ tên] và của bà [họ tên].", Redactor.Redact("Hồ sơ của Trần Thị Anh Thư và của bà Nguyen Thi Anh Tuyet.").Text);
    }
}
