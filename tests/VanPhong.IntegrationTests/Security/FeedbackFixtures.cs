using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Security;

public static class FeedbackFixtures
{
    public static readonly string PdfBase64 = Convert.ToBase64String("%PDF-1.4\n%âãÏÓ\n1 0 obj\n"u8.ToArray());

    /// <summary>A PAKN with a PDF attachment, assigned to QLDT; returns its id and the attachment's.</summary>
    public static async Task<(Guid Id, Guid Attachment)> WithAttachmentAsync(Platform platform)
    {
        var submitted = await FeedbackFlow.InStatusAsync(platform, "Assigned", new
        {
            kind = "Reflection",
            category = "implementation-difficulty",
            content = $"Hồ sơ số {Random.Shared.Next()} xin cấp giấy chứng nhận đăng ký đầu tư bị yêu cầu nộp thêm giấy tờ ngoài quy định.",
            submitter = new { name = "Lâm Thị Hạnh", address = "Ninh Hòa, Khánh Hòa", phone = "09" + Random.Shared.Next(10_000_000, 99_999_999) },
            consentToProcessing = true,
            attachments = new[] { new { fileName = "bien-nhan.pdf", contentBase64 = PdfBase64 } },
        });
        var office = await platform.ClientForAsync(TestUsers.Office);
        var detail = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Feedback}/{submitted.Id}");
        return (submitted.Id, detail.GetProperty("attachments")[0].GetProperty("id").GetGuid());
    }
}
