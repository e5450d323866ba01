using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Reporting;

public static class ReportFixtures
{
    /// <summary>A generated report (as the office) for a period; returns its id.</summary>
    public static async Task<Guid> GenerateAsync(Platform platform, object? period = null)
    {
        var office = await platform.ClientForAsync(TestUsers.Office);
        var response = await office.PostAsJsonAsync($"{RoutePrefixes.Reports}/periodic", period ?? new { kind = "Quarter", year = 2026, number = 4 });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Generating a report failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report").GetProperty("id").GetGuid();
    }

    public const string DossierHeader = "Mã hồ sơ,Mã TTHC,Hình thức nộp,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Trạng thái,Lý do trễ hạn,Số hóa,Thanh toán trực tuyến,Phiếu xin lỗi,Đơn vị xử lý";

    /// <summary>A dossier code of the Board (agency code 000.00.15.H34) received on <paramref name="on"/>, with a random sequence number.</summary>
    public static string DossierCode(DateOnly on, int? sequence = null) => $"000.00.15.H34-{on:yyMMdd}-{sequence ?? Random.Shared.Next(1, 10000):0000}";

    /// <summary>One per-dossier export with a single dossier returned on time, as an office would upload it.</summary>
    public static async Task<string> ImportDossierAsync(Platform platform, DateOnly received)
    {
        var office = await platform.ClientForAsync(TestUsers.Office);
        var code = DossierCode(received);
        var csv = DossierHeader + "\n" + $"{code},1.009645,Trực tuyến,{received:dd/MM/yyyy},{received.AddDays(5):dd/MM/yyyy},{received.AddDays(5):dd/MM/yyyy},Đã trả kết quả,,Có,Không,Không,QLDT\n";
        var response = await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/records/import", new StringContent(csv), TestContext.Current.CancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Importing a dossier failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return code;
    }

    public static string Csv(string code, int online = 3, int direct = 1) =>
        "ma_tthc,truc_tuyen,truc_tiep,buu_chinh,ky_truoc,truoc_han,dung_han,qua_han,dang_trong_han,dang_qua_han,so_hoa_ho_so,so_hoa_ket_qua\n"
        + $"{code},{online},{direct},0,0,{online},{direct},0,0,0,0,0\n";
}
