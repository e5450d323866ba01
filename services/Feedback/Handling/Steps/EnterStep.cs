using Microsoft.AspNetCore.Http.HttpResults;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Intake;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Handling.Steps;

/// <summary>Vào sổ by the one-stop desk: a PAKN received by post, phone, e-mail, in person or from the national portal.</summary>
public static class EnterStep
{
    /// <param name="ReceivedOn">The day the PAKN reached the Board: today when omitted; an earlier day (a letter entered the
    /// next morning) only with <paramref name="BackdateReason"/>, which goes to the audit log — the deadlines run from it.</param>
    public sealed record StaffEntry(FeedbackRequest Feedback, string? Channel, string? ReceivedOn, string? BackdateReason = null);

    public static async Task<Results<Created<Receipt>, ValidationProblem, ConflictProblem, RefusedIntakeProblem>> HandleAsync(StaffEntry entry, HttpContext http, FeedbackIntake intake, TimeProvider clock)
    {
        var errors = new ValidationErrors();
        if (entry.Feedback is null)
        {
            // A body without "feedback" (or with its name misspelt) binds to null, whatever the record says.
            errors.Add("feedback", "Thiếu nội dung phản ánh, kiến nghị (trường feedback).");
        }

        if (!Enum.TryParse<FeedbackChannel>(entry.Channel, ignoreCase: true, out var channel) || channel == FeedbackChannel.Online || int.TryParse(entry.Channel, out _))
        {
            errors.Add("channel", "Kênh tiếp nhận: Post (bưu chính), Phone (điện thoại), Email, InPerson (trực tiếp) hoặc NationalPortal (Cổng DVC quốc gia).");
        }

        DateOnly? receivedOn = null;
        if (entry.ReceivedOn is not null)
        {
            if (DateOnly.TryParseExact(entry.ReceivedOn, ["yyyy-MM-dd", "dd/MM/yyyy"], out var day))
            {
                receivedOn = day;
            }
            else
            {
                errors.Add("receivedOn", $"Ngày tiếp nhận \"{entry.ReceivedOn}\" không đúng định dạng (dd/MM/yyyy hoặc yyyy-MM-dd).");
            }
        }

        var received = OfficialDates.Decide(receivedOn, entry.BackdateReason, http.User, VietnamTime.Today(clock), "receivedOn", "backdateReason", "Ngày tiếp nhận",
            StaffRoles.OfficeStaff, StaffRoles.OneStopStaff);
        foreach (var (field, messages) in received.Errors ?? [])
        {
            if (!errors.Has(field))
            {
                foreach (var message in messages)
                {
                    errors.Add(field, message);
                }
            }
        }

        if (errors.Any || entry.Feedback is null)
        {
            return errors.ToProblem("Phản ánh, kiến nghị chưa hợp lệ");
        }

        // An official decides whether a paper or phone PAKN is accepted (classification), so no automatic refusal here;
        // for a phone call the official who wrote it down is recorded (Art. 7.2).
        return PublicIntakeApi.ToResult(await intake.ReceiveAsync(entry.Feedback, channel, new DeskEntry(http.User, received), applyAcceptanceRules: false, idempotencyKey: null, http.RequestAborted));
    }
}
