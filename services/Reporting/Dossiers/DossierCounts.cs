using Microsoft.EntityFrameworkCore;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Reports;
using VanPhong.Reporting.Units;
using VanPhong.Text;

namespace VanPhong.Reporting.Dossiers;

/// <summary>The figures of one group of dossiers in a period, counted as Biểu 06/VPCP/KSTT (TT 01/2020) counts them.</summary>
public sealed record DossierCountRow(
    string Key, string Name,
    int Received, int Online, int Direct, int Postal, int CarriedOver,
    int Resolved, int Early, int OnTime, int Late, int LateWithApology,
    int Pending, int PendingWithin, int PendingOverdue, int OverdueWithApology,
    int RefusedOrWithdrawn, int Digitised, int PaidOnline,
    double? OnlineRate, double? OnTimeRate, double? DigitisedRate);

/// <summary>Every breakdown of a period's dossiers, with the rule they were counted by.</summary>
public sealed record DossierBreakdown(
    DateOnly From, DateOnly To, DateOnly AsOf, DossierCountRow Total,
    IReadOnlyList<DossierCountRow> ByProcedure, IReadOnlyList<DossierCountRow> ByUnit, IReadOnlyList<DossierCountRow> ByChannel, IReadOnlyList<DossierCountRow> ByMonth,
    double OnlineTarget, bool? OnlineTargetMet, string Rule);

/// <summary>
/// Counts per-dossier records for a period, as Biểu 06 of TT 01/2020 counts:
/// received in the period (by channel) and carried over from before it; resolved in the period — early when the
/// result was returned before the due day (ngày hẹn trả), on time on the due day, late after it (TT 01/2018 Art. 13.1:
/// shorter than, equal to, longer than the time allowed; the appointment day is the time allowed); still pending at
/// the cut-off, within the deadline when the due day is not before the cut-off; refused or withdrawn dossiers are
/// neither resolved nor pending. Digitised: dossiers of the period (received + carried over) digitised.
/// </summary>
public static class DossierCounts
{
    public const string Rule =
        "Tiếp nhận trong kỳ: ngày tiếp nhận trong kỳ; từ kỳ trước: tiếp nhận trước kỳ, chưa trả kết quả tại ngày đầu kỳ. "
        + "Đã giải quyết: trả kết quả trong kỳ — trước hạn khi ngày trả trước ngày hẹn trả, đúng hạn khi trả đúng ngày hẹn trả, quá hạn khi trả sau ngày hẹn trả "
        + "(Điều 13 khoản 1 Thông tư 01/2018/TT-VPCP: ngắn hơn, bằng, dài hơn thời gian quy định). "
        + "Đang giải quyết: chưa trả kết quả tại ngày chốt số liệu — trong hạn khi ngày hẹn trả không trước ngày chốt, quá hạn khi đã qua ngày hẹn trả. "
        + "Hồ sơ bị từ chối hoặc công dân rút không tính vào đã giải quyết, đang giải quyết. "
        + "Tỷ lệ trực tuyến = hồ sơ nộp trực tuyến / hồ sơ tiếp nhận trong kỳ; tỷ lệ số hóa = hồ sơ được số hóa / (tiếp nhận trong kỳ + từ kỳ trước).";

    /// <summary>The day a dossier left the desk: its result returned, or (refused, withdrawn) the day given or the day it was received.</summary>
    public static DateOnly? ClosedOn(DossierRecord r) =>
        r.ReturnedOn ?? (r.Status is DossierStatus.Refused or DossierStatus.Withdrawn ? r.ReceivedOn : null);

    /// <summary>The records that count in a period: received by its end and not closed before its start.</summary>
    public static async Task<List<DossierRecord>> InPeriodAsync(ReportingDb db, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await db.DossierRecords.AsNoTracking().Where(r => r.ReceivedOn <= to && (r.ReturnedOn == null || r.ReturnedOn >= from)).ToListAsync(ct))
        .Where(r => ClosedOn(r) is not { } closed || closed >= from).ToList();

    public static async Task<bool> AnyAsync(ReportingDb db, DateOnly from, DateOnly to, CancellationToken ct) =>
        await db.DossierRecords.AnyAsync(r => r.ReceivedOn <= to && (r.ReturnedOn == null || r.ReturnedOn >= from), ct);

    public static DossierCountRow Count(string key, string name, IEnumerable<DossierRecord> records, DateOnly from, DateOnly to, DateOnly asOf)
    {
        int received = 0, online = 0, direct = 0, postal = 0, carried = 0, early = 0, onTime = 0, late = 0, lateApology = 0;
        int within = 0, overdue = 0, overdueApology = 0, refused = 0, digitised = 0, paid = 0;
        foreach (var r in records)
        {
            var closed = ClosedOn(r);
            if (r.ReceivedOn > to || closed < from)
            {
                continue;
            }

            if (r.ReceivedOn >= from)
            {
                received++;
                switch (r.Channel)
                {
                    case DossierChannel.Online: online++; break;
                    case DossierChannel.Direct: direct++; break;
                    default: postal++; break;
                }

                paid += r.PaidOnline ? 1 : 0;
            }
            else
            {
                carried++;
            }

            digitised += r.Digitised ? 1 : 0;
            if (r.Status is DossierStatus.Refused or DossierStatus.Withdrawn && closed <= to)
            {
                refused++;
            }
            else if (r.Status == DossierStatus.Returned && r.ReturnedOn is { } returned && returned <= to)
            {
                if (returned < r.DueOn)
                {
                    early++;
                }
                else if (returned == r.DueOn)
                {
                    onTime++;
                }
                else
                {
                    late++;
                    lateApology += r.ApologyIssued ? 1 : 0;
                }
            }
            else if (r.DueOn >= asOf)
            {
                within++;
            }
            else
            {
                overdue++;
                overdueApology += r.ApologyIssued ? 1 : 0;
            }
        }

        var resolved = early + onTime + late;
        return new DossierCountRow(key, name, received, online, direct, postal, carried, resolved, early, onTime, late, lateApology,
            within + overdue, within, overdue, overdueApology, refused, digitised, paid,
            ReportSources.Percent(online, received), ReportSources.Percent(early + onTime, resolved), ReportSources.Percent(digitised, received + carried));
    }

    public static DossierBreakdown Breakdown(
        IReadOnlyList<DossierRecord> records, DateOnly from, DateOnly to, DateOnly asOf, IReadOnlyDictionary<string, string> procedureNames, UnitDirectory units, double onlineTarget)
    {
        var total = Count("", "Tổng cộng", records, from, to, asOf);
        var byProcedure = records.GroupBy(r => r.ProcedureCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Count(g.Key, procedureNames.GetValueOrDefault(g.Key) ?? procedureNames.GetValueOrDefault(g.Key.Length > 8 ? g.Key[..8] : g.Key) ?? g.Key, g, from, to, asOf)).ToList();
        var byUnit = records.GroupBy(r => UnitOf(r, units)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Count(g.Key, g.Key == "" ? "Chưa xác định đơn vị" : units.NameOf(g.Key), g, from, to, asOf)).ToList();
        var byChannel = Enum.GetValues<DossierChannel>().Select(c => Count(c.ToString(), ChannelName(c), records.Where(r => r.Channel == c), from, to, asOf)).ToList();
        var byMonth = new List<DossierCountRow>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var (start, end) = (month < from ? from : month, month.AddMonths(1).AddDays(-1) > to ? to : month.AddMonths(1).AddDays(-1));
            byMonth.Add(Count($"{month:yyyy-MM}", $"Tháng {month.Month}/{month.Year}", records, start, end, end < asOf ? end : asOf));
        }

        return new DossierBreakdown(from, to, asOf, total, byProcedure, byUnit, byChannel, byMonth, onlineTarget,
            total.OnlineRate is { } rate ? rate >= onlineTarget : null, Rule);
    }

    /// <summary>The unit a dossier's export names, as a unit code when it is one of the Board's (by code or name), otherwise as written.</summary>
    public static string UnitOf(DossierRecord r, UnitDirectory units)
    {
        if (string.IsNullOrWhiteSpace(r.Unit))
        {
            return "";
        }

        var folded = VietnameseText.Fold(r.Unit);
        return units.Active.FirstOrDefault(u => VietnameseText.Fold(u.Code) == folded || VietnameseText.Fold(u.Name) == folded)?.Code ?? r.Unit;
    }

    public static string ChannelName(DossierChannel c) => c switch
    {
        DossierChannel.Online => "Trực tuyến",
        DossierChannel.Direct => "Trực tiếp",
        _ => "Bưu chính",
    };

    /// <summary>The records as the per-procedure figures of Biểu 06, so that the report's dossier section reads one shape whichever source it has.</summary>
    public static List<DossierStatistic> AsStatistics(IReadOnlyList<DossierRecord> records, DateOnly from, DateOnly to, DateOnly asOf) =>
        records.GroupBy(r => r.ProcedureCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var c = Count(g.Key, g.Key, g, from, to, asOf);
            return new DossierStatistic
            {
                ProcedureCode = g.Key, PeriodFrom = from, PeriodTo = to,
                ReceivedOnline = c.Online, ReceivedDirect = c.Direct, ReceivedPostal = c.Postal, CarriedOver = c.CarriedOver,
                ResolvedEarly = c.Early, ResolvedOnTime = c.OnTime, ResolvedLate = c.Late,
                PendingWithinDeadline = c.PendingWithin, PendingOverdue = c.PendingOverdue, DigitisedDossiers = c.Digitised,
            };
        }).Where(s => s.ReceivedInPeriod + s.CarriedOver > 0).ToList();
}
