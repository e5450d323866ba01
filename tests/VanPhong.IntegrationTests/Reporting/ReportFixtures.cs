using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.IntegrationTests.Infrastructure;

namespace VanPhong.IntegrationTests.Reporting;

public static class ReportFixtures
{
    /// <summary>A generated report (as the office) for a period; returns its id.</summary>
    public static async Task<Guid> GenerateAsync(Platform platform, object? period = null)
    {
        var office = await platform.ClientForAsync(TestUsers.Office);
        var response = await office.PostAsJsonAsync("/api/reports/periodic", period ?? new { kind = "Quarter", year = 2026, number = 4 });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Generating a report failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report").GetProperty("id").GetGuid();
    }

    public static string Csv(string code, int online = 3, int direct = 1) =>
        "ma_tthc,truc_tuyen,truc_tiep,buu_chinh,ky_truoc,truoc_han,dung_han,qua_han,dang_trong_han,dang_qua_han,so_hoa_ho_so,so_hoa_ket_qua\n"
        + $"{code},{online},{direct},0,0,{online},{direct},0,0,0,0,0\n";
}
