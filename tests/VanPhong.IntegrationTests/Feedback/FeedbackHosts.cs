using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Feedback;

/// <summary>The feedback service and the reporting service on one broker, as in production, for one test class.</summary>
public sealed class FeedbackHosts : IAsyncLifetime
{
    public FeedbackHosts(SharedBroker broker)
    {
        Feedback = new(ResourceNames.FeedbackDb, broker.Uri, services: s => s.AddSingleton<TimeProvider>(Clock));
        Reporting = new(ResourceNames.ReportingDb, broker.Uri);
    }

    /// <summary>The feedback service's clock; a test that needs a particular day sets it.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public ServiceHost<VanPhong.Feedback.Marker> Feedback { get; }

    public ServiceHost<VanPhong.Reporting.Marker> Reporting { get; }

    public HttpClient FeedbackClient { get; private set; } = null!;

    public HttpClient ReportingClient { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        // Reporting first: its queue must exist before feedback publishes.
        ReportingClient = Reporting.CreateClient();
        FeedbackClient = Feedback.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await Feedback.DisposeAsync();
        await Reporting.DisposeAsync();
    }

    public static object ValidSubmission(string name = "Lê Văn Cường", string? phone = "0912345678") => new
    {
        kind = "Reflection",
        category = "implementation-difficulty",
        content = "Hồ sơ đề nghị cấp giấy phép lao động cho người nước ngoài đã quá thời hạn giải quyết nhưng chưa có kết quả.",
        submitter = new { name, address = "15 Hùng Vương, thị xã Ninh Hòa, Khánh Hòa", phone },
        procedureCode = "1.014199",
        consentToPublish = true,
    };

    public static async Task<JsonReceipt> ReadReceiptAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonReceipt>())!;

    public sealed record JsonReceipt(string TrackingCode, string LookupKey, DateTimeOffset ReceivedAt, DateOnly ClassificationDueOn, string Status);
}
