using System.Text.Json;
using Microsoft.AspNetCore.Http;
using VanPhong.ServiceDefaults;

namespace VanPhong.UnitTests.ServiceDefaults;

/// <summary>
/// The field messages of a 400 (<see cref="ValidationErrors"/>): the answer lists fields in the order they were first
/// named and each field's messages in the order they were said, as the hand-built dictionaries it replaced did.
/// </summary>
public sealed class ValidationErrorsTests
{
    [Fact]
    public void Fields_keep_the_order_they_were_first_named_and_messages_the_order_they_were_added()
    {
        var errors = new ValidationErrors()
            .Add("year", "Năm kế hoạch không hợp lệ.")
            .Add("title", "Kế hoạch phải có tên.")
            .Add("year", "Năm phải từ 2000 đến 2100.");

        var byField = errors.ToDictionary();

        Assert.Equal(["year", "title"], byField.Keys);
        Assert.Equal(["Năm kế hoạch không hợp lệ.", "Năm phải từ 2000 đến 2100."], byField["year"]);
        Assert.Equal(["Kế hoạch phải có tên."], byField["title"]);
    }

    [Fact]
    public void Set_replaces_what_was_said_of_a_field_and_keeps_its_place()
    {
        var errors = new ValidationErrors()
            .Add("percent", "Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100.")
            .Add("narrative", "Vui lòng mô tả kết quả thực hiện.")
            .Set("percent", "Nhiệm vụ hoàn thành phải đạt 100%.")
            .Set("evidence", "Vui lòng đính kèm minh chứng.");

        var byField = errors.ToDictionary();

        Assert.Equal(["percent", "narrative", "evidence"], byField.Keys);
        Assert.Equal(["Nhiệm vụ hoàn thành phải đạt 100%."], byField["percent"]);
    }

    [Fact]
    public void No_message_is_empty_and_one_message_is_not()
    {
        var none = new ValidationErrors();
        var one = ValidationErrors.Of("code", "Mã đơn vị đã tồn tại.");

        Assert.True(none.IsEmpty);
        Assert.False(none.Any);
        Assert.False(none.Has("code"));
        Assert.False(one.IsEmpty);
        Assert.True(one.Any);
        Assert.True(one.Has("code"));
        Assert.False(one.Has("Code"));
    }

    [Fact]
    public void Another_check_s_messages_follow_field_by_field_with_or_without_a_prefix()
    {
        var cost = new ValidationErrors().Add("before", "Thời gian và chi phí không được âm.").Add("before.dossiersPerYear", "Số hồ sơ/năm không được âm.");
        var content = new ValidationErrors().Add("name", "Thiếu tên thủ tục.").Add("dossier", "Phải nêu thành phần hồ sơ.");

        var errors = new ValidationErrors()
            .Add("year", "Vui lòng nhập năm rà soát.")
            .Add(cost)
            .Add("items[2]", content);

        Assert.Equal(["year", "before", "before.dossiersPerYear", "items[2].name", "items[2].dossier"], errors.ToDictionary().Keys);
        Assert.Equal(["Thiếu tên thủ tục."], errors.ToDictionary()["items[2].name"]);
    }

    [Fact]
    public void The_dictionary_is_a_copy_a_caller_cannot_change_the_messages_through()
    {
        var errors = ValidationErrors.Of("page", "Số trang từ 1 đến 100.000.");

        errors.ToDictionary()["page"] = ["Khác."];
        errors.ToDictionary().Remove("page");

        Assert.Equal(["Số trang từ 1 đến 100.000."], errors.ToDictionary()["page"]);
    }

    [Fact]
    public void The_problem_is_the_validation_problem_the_endpoints_answered_before()
    {
        var before = TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["unitCode"] = ["Đơn vị 'X' không tồn tại."], ["roles"] = ["Mỗi tài khoản phải có ít nhất một vai trò."] },
            title: "Thông tin tài khoản chưa hợp lệ");

        var now = new ValidationErrors()
            .Add("unitCode", "Đơn vị 'X' không tồn tại.")
            .Add("roles", "Mỗi tài khoản phải có ít nhất một vai trò.")
            .ToProblem("Thông tin tài khoản chưa hợp lệ");

        Assert.Equal(StatusCodes.Status400BadRequest, now.StatusCode);
        Assert.Equal(before.ContentType, now.ContentType);
        Assert.Equal(Json(before.ProblemDetails), Json(now.ProblemDetails));
    }

    [Fact]
    public void The_problem_carries_a_detail_when_given_and_no_title_when_none()
    {
        var withDetail = ValidationErrors.Of("rows", "Dòng 3: thiếu số liệu.").ToProblem("Số liệu hồ sơ chưa nhập được", detail: "1 lỗi; không dòng nào được nhập.");
        var untitled = ValidationErrors.Of("page", "Số trang từ 1 đến 100.000.").ToProblem();

        Assert.Equal("1 lỗi; không dòng nào được nhập.", withDetail.ProblemDetails.Detail);
        Assert.Equal(
            Json(TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["Số trang từ 1 đến 100.000."] }).ProblemDetails),
            Json(untitled.ProblemDetails));
    }

    [Fact]
    public void One_field_s_problem_is_the_same_from_Problems_Invalid()
    {
        var before = TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["Vui lòng nêu lý do."] }, title: "Chưa thể hủy nhiệm vụ");

        Assert.Equal(Json(before.ProblemDetails), Json(Problems.Invalid("reason", "Vui lòng nêu lý do.", title: "Chưa thể hủy nhiệm vụ").ProblemDetails));
    }

    /// <summary>As the answer writes it: the runtime type, so the validation problem's <c>errors</c> are in it.</summary>
    private static string Json(Microsoft.AspNetCore.Mvc.ProblemDetails problem) => JsonSerializer.Serialize(problem, problem.GetType(), JsonSerializerOptions.Web);
}
