using VanPhong.Feedback;
using VanPhong.Feedback.Data;
using VanPhong.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapFeedbackEndpoints();

await app.MigrateDatabaseAsync<FeedbackDb>();
await app.RunAsync();

namespace VanPhong.Feedback
{
    /// <summary>Anchor for WebApplicationFactory in the tests (several services share one test project).</summary>
    public sealed class Marker;
}
