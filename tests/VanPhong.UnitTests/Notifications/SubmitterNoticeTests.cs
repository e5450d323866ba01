using VanPhong.Feedback.Data;
using VanPhong.Feedback.Intake;
using VanPhong.Feedback.Notifications;
using VanPhong.Notifications;

namespace VanPhong.UnitTests.Notifications;

/// <summary>The notices' templates, their variables, and the channel a submission chooses.</summary>
public sealed class SubmitterNoticeTests
{
    private static FeedbackRequest Submission(string? phone, string? email, string? notifyBy) => new(
        "Reflection",
        "implementation-difficulty",
        "Hồ sơ cấp giấy phép lao động nộp ngày 01/10 đến nay vẫn chưa có kết quả.",
        new SubmitterRequest(null, "Trần Thị Bình", null, "45 Lê Thánh Tôn, Nha Trang", phone, email),
        null,
        false,
        ConsentToProcessing: true,
        NotifyBy: notifyBy);

    [Fact]
    public void Every_variable_is_filled_and_every_brace_is_gone() =>
        Assert.Equal("PAKN PAKN-2026-000001 đến hạn 03/08/2026.", SubmitterNotices.Render("PAKN {ma} đến hạn {han_moi}.",
            new Dictionary<string, string?> { ["ma"] = "PAKN-2026-000001", ["han_moi"] = "03/08/2026" }));

    [Fact]
    public void A_variable_without_a_value_is_left_empty_not_shown_in_braces() =>
        Assert.Equal("Lý do: .", SubmitterNotices.Render("Lý do: {ly_do}.", new Dictionary<string, string?>()));

    [Fact]
    public void Variables_a_notice_does_not_offer_are_named_whatever_their_spelling() =>
        Assert.Equal(["co_quan", "Ma", "ngày"], SubmitterNotices.Unknown(SubmitterNotice.Received, "{ma} {co_quan} {Ma} {ngày} {khoa_tra_cuu}"));

    [Fact]
    public void Every_default_template_uses_only_its_notices_variables_and_every_sms_fits()
    {
        foreach (var ((notice, channel), text) in SubmitterNotices.Defaults)
        {
            Assert.Empty(SubmitterNotices.Unknown(notice, text.Subject));
            Assert.Empty(SubmitterNotices.Unknown(notice, text.Body));
            if (channel == NotificationChannels.Sms)
            {
                Assert.InRange(SmsSegments.Count(SubmitterNotices.Render(text.Body, SubmitterNotices.Samples(notice))), 1, SmsSegments.Max);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(text.Subject));
            }
        }

        Assert.Equal(Enum.GetValues<SubmitterNotice>().Length * 2, SubmitterNotices.Defaults.Count);
    }

    [Fact]
    public void A_notice_is_named_in_urls_by_its_slug_both_ways()
    {
        Assert.Equal("not-accepted", SubmitterNotices.Slug(SubmitterNotice.NotAccepted));
        Assert.All(Enum.GetValues<SubmitterNotice>(), n => Assert.Equal(n, SubmitterNotices.FromSlug(SubmitterNotices.Slug(n))));
        Assert.Null(SubmitterNotices.FromSlug("notaccepted"));
    }

    [Theory]
    [InlineData(null, "a@example.vn", null, NotifyBy.Email)]
    [InlineData("0912345678", null, null, NotifyBy.None)]
    [InlineData("0912345678", "a@example.vn", "sms", NotifyBy.Sms)]
    [InlineData(null, "a@example.vn", "None", NotifyBy.None)]
    public void Without_a_choice_an_email_address_means_email_and_none_means_none(string? phone, string? email, string? chosen, NotifyBy expected) =>
        Assert.Equal(expected, IntakeRules.NotificationChoice(Submission(phone, email, chosen)));

    [Theory]
    [InlineData("+84 (0) 912.345.678")]
    [InlineData("(091) 234 5678")]
    [InlineData("0084 38 123 4567")]
    public void A_mobile_number_written_with_brackets_spaces_or_84_can_take_sms(string phone) =>
        Assert.DoesNotContain("notifyBy", IntakeRules.Validate(Submission(phone, null, "Sms"), new IntakeOptions(), out _).Keys);

    [Theory]
    [InlineData("(0258) 3 822 123", null, "Sms", "di động")]
    [InlineData(null, "a@example.vn", "Sms", "di động")]
    [InlineData("0912345678", null, "Email", "email")]
    [InlineData("0912345678", null, "Fax", "Email (thư điện tử), Sms (tin nhắn) hoặc None")]
    [InlineData("0912345678", null, "1", "Email (thư điện tử), Sms (tin nhắn) hoặc None")]
    public void A_channel_without_the_contact_it_needs_is_refused_in_vietnamese(string? phone, string? email, string chosen, string says) =>
        Assert.Contains(says, Assert.Single(IntakeRules.Validate(Submission(phone, email, chosen), new IntakeOptions(), out _)["notifyBy"]));
}
