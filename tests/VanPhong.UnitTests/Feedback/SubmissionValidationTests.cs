using VanPhong.Feedback.Submissions;
using static VanPhong.Feedback.Submissions.SubmitFeedback;

namespace VanPhong.UnitTests.Feedback;

public sealed class SubmissionValidationTests
{
    private static Request Valid() => new(
        "Reflection",
        "implementation-difficulty",
        "Hồ sơ cấp giấy phép lao động nộp ngày 01/10 đến nay vẫn chưa có kết quả.",
        new SubmitterRequest(null, "Trần Thị Bình", null, "45 Lê Thánh Tôn, Nha Trang", "0905123456", null),
        "1.014199",
        false);

    [Fact]
    public void A_complete_submission_has_no_errors() => Assert.Empty(Validate(Valid()));

    [Fact]
    public void An_anonymous_submission_is_refused()
    {
        var errors = Validate(Valid() with { Submitter = null });
        Assert.Contains("nặc danh", Assert.Single(errors["submitter"]));
    }

    [Fact]
    public void A_submission_without_phone_or_email_is_refused()
    {
        var errors = Validate(Valid() with { Submitter = Valid().Submitter! with { Phone = " ", Email = null } });
        Assert.Contains("submitter.phone", errors.Keys);
    }

    [Fact]
    public void An_email_alone_is_enough_contact() =>
        Assert.Empty(Validate(Valid() with { Submitter = Valid().Submitter! with { Phone = null, Email = "binh@example.vn" } }));

    [Theory]
    [InlineData("12345")]
    [InlineData("09051234567890")]
    [InlineData("phone")]
    public void A_malformed_phone_is_refused(string phone) =>
        Assert.Contains("submitter.phone", Validate(Valid() with { Submitter = Valid().Submitter! with { Phone = phone } }).Keys);

    [Fact]
    public void An_organisation_must_give_its_name()
    {
        var errors = Validate(Valid() with { Submitter = Valid().Submitter! with { Type = "Organisation" } });
        Assert.Contains("submitter.organisation", errors.Keys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("complaint")]
    public void The_category_must_come_from_the_decree(string? category) =>
        Assert.Contains("category", Validate(Valid() with { Category = category }).Keys);

    [Theory]
    [InlineData("0")]
    [InlineData("Complaint")]
    public void The_kind_is_a_reflection_or_a_recommendation(string kind) =>
        Assert.Contains("kind", Validate(Valid() with { Kind = kind }).Keys);

    [Fact]
    public void Content_must_state_the_problem() =>
        Assert.Contains("content", Validate(Valid() with { Content = "Chậm." }).Keys);

    [Theory]
    [InlineData("1.009645")]
    [InlineData("1.009645.H38")]
    public void Procedure_codes_in_the_national_format_are_accepted(string code) =>
        Assert.Empty(Validate(Valid() with { ProcedureCode = code }));

    [Fact]
    public void A_malformed_procedure_code_is_refused() =>
        Assert.Contains("procedureCode", Validate(Valid() with { ProcedureCode = "TTHC-12" }).Keys);

    [Fact]
    public void Text_is_stored_in_one_Unicode_form()
    {
        const string decomposed = "Nguye\u0302\u0303n";
        Assert.Equal("Nguyễn", Normalize(decomposed));
        Assert.Null(Normalize("   "));
    }
}
