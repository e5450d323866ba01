using Microsoft.AspNetCore.Http.HttpResults;
using VanPhong.Feedback.Data;
using VanPhong.Messaging;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Handling.Steps;

/// <summary>Kết thúc: the office closes an answered (or published) PAKN.</summary>
public static class CloseStep
{
    public static async Task<Results<Ok<FeedbackRow>, NotFoundProblem>> HandleAsync(Guid id, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        var (feedback, problem) = await CaseAccess.LoadForChangeAsync(db, id, http);
        if (feedback is null)
        {
            return problem!;
        }

        db.AddEvent(feedback.Close(CaseAccess.ActorOf(http.User), clock.GetUtcNow()), clock);
        await db.SaveChangesAsync();
        return CaseAccess.Done(http, feedback, clock);
    }
}
