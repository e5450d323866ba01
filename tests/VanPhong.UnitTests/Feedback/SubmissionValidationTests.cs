using VanPhong.Feedback.Intake;
using VanPhong.UnitTests.Files;
using static VanPhong.Feedback.Intake.IntakeRules;

namespace VanPhong.UnitTests.Feedback;

public sealed class SubmissionValidationTests
{
    private static readonly IntakeOptions Options = new();

    private static FeedbackRequest Valid() => new(
        "Reflection",
        "implementation-difficulty",
        "Hồ sơ cấp giấy phép lao động nộp ngày 01/10 đến nay vẫn chưa có kết quả.",
        new SubmitterRequest(null, "Trần Thị Bình", null, "45 Lê Thánh Tôn, Nha Trang", "0905123456", null),
        "1.014199",
        false,
        ConsentToProcessing: true);

    private static Dictionary<string, string[]> Errors(FeedbackRequest request) => Validate(request, Options, out _);

    [Fact]
    public void A_complete_submission_has_no_errors() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void Without_consent_to_the_privacy_notice_a_submission_is_refused() =>
        Assert.Contains("13/2023", Assert.Single(Errors(Valid() with { ConsentToProcessing = false })["consentToProcessing"]));

    [Fact]
    public void Consent_to_an_older_privacy_notice_is_asked_again() =>
        Assert.Contains("cập nhật", Assert.Single(Errors(Valid() with { PrivacyNoticeVersion = "2020-01-01" })["privacyNoticeVersion"]));

    [Theory]
    [InlineData("(0258) 3 822 123", "02583822123")]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("+84 (0) 912.345.678", "0912345678")]
    [InlineData("0084-912-345-678", "0912345678")]
    [InlineData("0912345678", "0912345678")]
    public void A_phone_number_has_one_spelling_however_it_was_written(string written, string stored) =>
        Assert.Equal(stored, NormalizePhone(written));

    [Fact]
    public void An_anonymous_submission_is_refused() =>
        Assert.Contains("nặc danh", Assert.Single(Errors(Valid() with { Submitter = null })["submitter"]));

    [Fact]
    public void A_submission_without_phone_or_email_is_refused() =>
        Assert.Contains("submitter.phone", Errors(Valid() with { Submitter = Valid().Submitter! with { Phone = " ", Email = null } }).Keys);

    [Fact]
    public void An_email_alone_is_enough_contact() =>
        Assert.Empty(Errors(Valid() with { Submitter = Valid().Submitter! with { Phone = null, Email = "binh@example.vn" } }));

    [Theory]
    [InlineData("12345")]
    [InlineData("09051234567890")]
    [InlineData("phone")]
    public void A_malformed_phone_is_refused(string phone) =>
        Assert.Contains("submitter.phone", Errors(Valid() with { Submitter = Valid().Submitter! with { Phone = phone } }).Keys);

    [Fact]
    public void A_phone_written_with_spaces_is_accepted() =>
        Assert.Empty(Errors(Valid() with { Submitter = Valid().Submitter! with { Phone = "0905 123 456" } }));

    [Fact]
    public void An_organisation_must_give_its_name() =>
        Assert.Contains("submitter.organisation", Errors(Valid() with { Submitter = Valid().Submitter! with { Type = "Organisation" } }).Keys);

    [Theory]
    [InlineData(null)]
    [InlineData("complaint")]
    public void The_category_must_come_from_the_decree(string? category) =>
        Assert.Contains("category", Errors(Valid() with { Category = category }).Keys);

    [Theory]
    [InlineData("<script>alert('x')</script> hồ sơ cấp phép chậm quá hạn")]
    [InlineData("Hồ sơ chậm <img src=x onerror=alert(1)> quá hạn nhiều ngày")]
    [InlineData("Xem thêm tại javascript:alert(1) về thủ tục cấp phép")]
    public void Markup_in_the_content_is_refused(string content) =>
        Assert.Contains("HTML", Assert.Single(Errors(Valid() with { Content = content })["content"]));

    [Fact]
    public void Content_must_state_the_problem() => Assert.Contains("content", Errors(Valid() with { Content = "Chậm." }).Keys);

    [Theory]
    [InlineData("1.009645")]
    [InlineData("1.009645.H38")]
    public void Procedure_codes_in_the_national_format_are_accepted(string code) => Assert.Empty(Errors(Valid() with { ProcedureCode = code }));

    [Fact]
    public void A_malformed_procedure_code_is_refused() => Assert.Contains("procedureCode", Errors(Valid() with { ProcedureCode = "TTHC-12" }).Keys);

    [Fact]
    public void Attachments_are_checked_by_content_not_by_name()
    {
        var exe = Convert.ToBase64String([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00]);
        var pdf = Convert.ToBase64String("%PDF-1.7\n"u8.ToArray());
        var errors = Errors(Valid() with { Attachments = [new("ho-so.pdf", exe), new("bien-nhan.pdf", pdf)] });
        Assert.Contains("không phải PDF", Assert.Single(errors["attachments[0]"]));
        Assert.False(errors.ContainsKey("attachments[1]"));
    }

    [Fact]
    public void Too_many_or_too_large_attachments_are_refused()
    {
        var pdf = Convert.ToBase64String("%PDF-1.7\n"u8.ToArray());
        Assert.Contains("attachments", Errors(Valid() with { Attachments = [.. Enumerable.Repeat(new AttachmentRequest("a.pdf", pdf), 4)] }).Keys);
        var big = Convert.ToBase64String([.. "%PDF"u8, .. new byte[Options.MaxAttachmentBytes]]);
        Assert.Contains("lớn hơn", Assert.Single(Errors(Valid() with { Attachments = [new("lon.pdf", big)] })["attachments[0]"]));
    }

    [Fact]
    public void A_docx_that_inflates_to_100_MiB_is_refused_with_the_reason()
    {
        var bomb = Convert.ToBase64String(Zips.HundredMegabyteDocx);

        var error = Assert.Single(Errors(Valid() with { Attachments = [new("don.docx", bomb)] })["attachments[0]"]);

        Assert.Equal("Tệp \"don.docx\" không được nhận: Mục \"word/document.xml\" trong tệp nén giải nén ra 100 MB, vượt giới hạn 20 MB mỗi mục.", error);
    }

    [Fact]
    public void A_zip_merely_holding_a_word_folder_is_no_docx()
    {
        var fake = Convert.ToBase64String(Zips.Of(("word/document.xml", "<w:document/>"u8.ToArray())));

        Assert.Contains("không phải PDF, JPEG, PNG hoặc DOCX", Assert.Single(Errors(Valid() with { Attachments = [new("don.docx", fake)] })["attachments[0]"]));
    }

    [Fact]
    public void An_attachment_is_stored_under_a_safe_name_with_the_extension_of_its_content()
    {
        var pdf = Convert.ToBase64String("%PDF-1.7\n"u8.ToArray());

        Validate(Valid() with { Attachments = [new("..\\..\\trang-chu.html", pdf)] }, Options, out var attachments);

        Assert.Equal("trang-chu.pdf", Assert.Single(attachments).FileName);
    }

    [Fact]
    public void Complaints_and_denunciations_are_pointed_to_their_own_channel()
    {
        var refusal = Refuse("Tôi tố cáo cán bộ Bộ phận Một cửa đã nhận tiền khi tiếp nhận hồ sơ của tôi.");
        Assert.Equal("complaint-or-denunciation", refusal!.Reason);
        Assert.Contains("Luật Tố cáo", refusal.Detail);
        Assert.Equal("complaint-or-denunciation", Refuse("Đơn khiếu nại về quyết định thu hồi giấy chứng nhận đầu tư")!.Reason);
    }

    [Fact]
    public void Content_not_about_administrative_regulations_is_not_accepted() =>
        Assert.Equal("not-about-regulations", Refuse("Đường trước nhà tôi bị ngập nước mỗi khi trời mưa to, rất bất tiện.")!.Reason);

    [Fact]
    public void Content_not_in_Vietnamese_is_not_accepted() =>
        Assert.Equal("not-vietnamese", Refuse("The investment certificate procedure takes far too long and the forms are unclear.")!.Reason);

    [Theory]
    [InlineData("Thủ tục cấp giấy phép lao động cho người nước ngoài bị chậm so với thời hạn quy định.")]
    [InlineData("Ho so dang ky dau tu cua cong ty toi nop da lau nhung chua duoc giai quyet, de nghi co quan xem xet")]
    public void A_PAKN_about_a_procedure_is_accepted_with_or_without_diacritics(string content) => Assert.Null(Refuse(content));
}
