using VanPhong.Calendar;
using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.InternalProcedures;

/// <summary>The rules about a procedure's processing time that the internal procedure is checked against.</summary>
public static class ProcessingTimes
{
    /// <summary>The legal processing time in working days: as published when counted in working days; a period in calendar days through the calendar's rule.</summary>
    public static int LegalWorkingDays(ProcedureContent content) =>
        content.WorkingDays ? content.ProcessingDays : WorkingDayCalendar.WorkingDaysInCalendarDays(content.ProcessingDays);
}
