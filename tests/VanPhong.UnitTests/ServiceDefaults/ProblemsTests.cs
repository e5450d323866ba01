using Microsoft.AspNetCore.Http;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.UnitTests.ServiceDefaults;

/// <summary>The shared problem answers that used to be repeated by hand keep the titles they had.</summary>
public sealed class ProblemsTests
{
    [Fact]
    public void A_bare_404_is_titled_as_the_status_code_page_titled_it()
    {
        var problem = Problems.NotFound();

        Assert.Equal(StatusCodes.Status404NotFound, problem.StatusCode);
        Assert.Equal("Không tìm thấy", problem.ProblemDetails.Title);
        Assert.Null(problem.ProblemDetails.Detail);
    }

    [Fact]
    public void A_refusal_inside_a_handler_is_a_typed_403_with_the_one_title()
    {
        ForbiddenProblem problem = StaffSecurity.Forbidden("Chỉ đơn vị chủ trì (QLDT) mới báo cáo tiến độ nhiệm vụ I.1.");

        Assert.Equal(StatusCodes.Status403Forbidden, problem.StatusCode);
        Assert.Equal("Không có quyền thực hiện thao tác này", problem.ProblemDetails.Title);
        Assert.Equal("Chỉ đơn vị chủ trì (QLDT) mới báo cáo tiến độ nhiệm vụ I.1.", problem.ProblemDetails.Detail);
    }
}
