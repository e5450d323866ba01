using Microsoft.AspNetCore.Mvc.RazorPages;
using VanPhong.Calendar;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Statistics;

/// <summary>
/// Thống kê công khai: the quarterly figures of the year — PAKN received, answered and on time, dossiers on time, the
/// plan's KPIs against its targets — as charts drawn on the server, each with a text description and the same figures in a table.
/// </summary>
public sealed class IndexModel(ReportingClient reporting, TimeProvider clock) : PageModel
{
    public YearStatistics? Statistics { get; private set; }

    public ApiProblem? Problem { get; private set; }

    public int Year { get; private set; }

    public int ThisYear { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        ThisYear = VietnamTime.Today(clock).Year;
        Year = year ?? ThisYear;
        var result = await reporting.GetStatisticsAsync(Year, ct);
        Statistics = result.Value;
        Problem = result.Problem;
        if (Problem is not null)
        {
            Response.StatusCode = Problem.Status;
        }
    }

    public static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
