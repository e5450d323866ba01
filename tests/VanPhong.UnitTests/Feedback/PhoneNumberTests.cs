using VanPhong.Text;

namespace VanPhong.UnitTests.Feedback;

/// <summary>One number, however it is written, is one number for the redactor and for a data subject's lookup.</summary>
public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("0912 345 678")]
    [InlineData("0912.345.678")]
    [InlineData("(091) 234-5678")]
    [InlineData("+84 912 345 678")]
    [InlineData("+84 (0) 912 345 678")]
    [InlineData("84912345678")]
    [InlineData("0084 912 345 678")]
    public void Every_spelling_of_a_mobile_number_is_its_national_form(string written) =>
        Assert.Equal("0912345678", PhoneNumbers.National(written));

    [Fact]
    public void A_landline_keeps_its_area_code() => Assert.Equal("02583822123", PhoneNumbers.National("(0258) 3 822 123"));
}
