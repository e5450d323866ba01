using VanPhong.ServiceDefaults;

namespace VanPhong.UnitTests.English;

public sealed class EnglishMessagesTests
{
    [Fact]
    public void A_fixed_message_has_its_English_twin()
    {
        Assert.Equal("Online level: Full, Partial or None.", EnglishMessages.For("Mức độ trực tuyến: Full (toàn trình), Partial (một phần) hoặc None."));
        Assert.Equal("Please enter the sender's full name.", EnglishMessages.For("Vui lòng nhập họ và tên người gửi."));
    }

    [Fact]
    public void A_message_with_a_variable_part_keeps_it_in_English()
    {
        Assert.Equal("There is no procedure with code 1.000000 in force. Please check the code or search by the procedure's name.",
            EnglishMessages.For("Không có thủ tục mã 1.000000 đang có hiệu lực. Vui lòng kiểm tra lại mã hoặc tra cứu theo tên thủ tục."));
        Assert.Equal("The file \"a b.exe\" is larger than 10 MB.", EnglishMessages.For("Tệp \"a b.exe\" lớn hơn 10 MB."));
    }

    [Fact]
    public void A_message_without_a_twin_is_said_to_have_none()
    {
        Assert.Null(EnglishMessages.For("Một câu chưa có bản tiếng Anh."));
        Assert.Null(EnglishMessages.For(null));
    }
}
