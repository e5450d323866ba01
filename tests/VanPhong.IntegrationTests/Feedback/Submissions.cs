using System.Net.Http.Json;

namespace VanPhong.IntegrationTests.Feedback;

/// <summary>Realistic PAKN submissions and the receipt the public endpoint answers with.</summary>
public static class Submissions
{
    public static object Valid(string name = "Lê Văn Cường", string? phone = "0912345678") => new
    {
        kind = "Reflection",
        category = "implementation-difficulty",
        // Each submission its own dossier number: the same content from the same phone is a duplicate.
        content = $"Hồ sơ số {Random.Shared.Next(100_000, 999_999)} đề nghị cấp giấy phép lao động cho người nước ngoài đã quá thời hạn giải quyết nhưng chưa có kết quả.",
        submitter = new { name, address = "15 Hùng Vương, thị xã Ninh Hòa, Khánh Hòa", phone },
        procedureCode = "1.014199",
        consentToPublish = true,
        consentToProcessing = true,
    };

    public static object ValidSubmission(string name = "Lê Văn Cường", string? phone = "0912345678") => Valid(name, phone);

    public static async Task<Receipt> ReadReceiptAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<Receipt>())!;

    public sealed record Receipt(string TrackingCode, string LookupKey, DateTimeOffset ReceivedAt, DateOnly ClassificationDueOn, string Status);
}
