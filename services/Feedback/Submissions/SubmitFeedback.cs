using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Feedback.Data;
using VanPhong.Messaging;

namespace VanPhong.Feedback.Submissions;

public sealed class FeedbackOptions
{
    public DeadlineOptions Deadlines { get; set; } = new();

    public sealed class DeadlineOptions
    {
        /// <summary>Working days to classify a PAKN; transfer out of authority within 05 working days (Decree 20/2008 Art. 9.1.d).</summary>
        public int ClassifyWorkingDays { get; set; } = 5;
    }
}

/// <summary>A citizen or business submits a PAKN through the public surface, without an account.</summary>
public static partial class SubmitFeedback
{
    public sealed record SubmitterRequest(string? Type, string? Name, string? Organisation, string? Address, string? Phone, string? Email);

    public sealed record Request(string? Kind, string? Category, string? Content, SubmitterRequest? Submitter, string? ProcedureCode, bool ConsentToPublish);

    public sealed record Receipt(
        string TrackingCode,
        string LookupKey,
        DateTimeOffset ReceivedAt,
        DateOnly ClassificationDueOn,
        string Status,
        string Message);

    public static RouteGroupBuilder MapSubmitFeedback(this RouteGroupBuilder publicGroup)
    {
        publicGroup.MapPost("/", HandleAsync)
            .WithName("SubmitFeedback")
            .WithSummary("Gửi phản ánh, kiến nghị về quy định hành chính")
            .ProducesValidationProblem();
        return publicGroup;
    }

    private static async Task<Results<Created<Receipt>, ValidationProblem>> HandleAsync(
        Request request,
        FeedbackDb db,
        WorkingDayCalendar calendar,
        TimeProvider clock,
        IOptions<FeedbackOptions> options,
        CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Phản ánh, kiến nghị chưa hợp lệ",
                detail: "Vui lòng bổ sung hoặc sửa các thông tin được nêu và gửi lại.");
        }

        var now = clock.GetUtcNow();
        var receivedOn = VietnamTime.DateOf(now);
        var dueOn = calendar.AddWorkingDays(receivedOn, options.Value.Deadlines.ClassifyWorkingDays);
        var lookupKey = NewLookupKey();

        var strategy = db.Database.CreateExecutionStrategy();
        var feedback = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var trackingCode = await TrackingCodes.NextAsync(db, receivedOn.Year, cancellationToken);
            var created = FeedbackCase.Receive(
                trackingCode,
                HashLookupKey(lookupKey),
                Enum.Parse<FeedbackKind>(request.Kind!, ignoreCase: true),
                request.Category!,
                FeedbackChannel.Online,
                Normalize(request.Content)!,
                ToSubmitter(request.Submitter!),
                Normalize(request.ProcedureCode),
                request.ConsentToPublish,
                now.UtcDateTime,
                dueOn);
            db.Cases.Add(created);
            db.AddEvent(new FeedbackReceived(created.Id, created.TrackingCode, created.Category, created.Channel.ToString(),
                created.ProcedureCode, now, dueOn), clock);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return created;
        });

        var receipt = new Receipt(
            feedback.TrackingCode,
            lookupKey,
            now.ToOffset(VietnamTime.Offset),
            dueOn,
            feedback.Status.ToString(),
            $"Ban quản lý Khu kinh tế Vân Phong đã tiếp nhận phản ánh, kiến nghị của Quý vị. Mã tra cứu: {feedback.TrackingCode}. "
            + "Vui lòng giữ mã tra cứu và khóa tra cứu để theo dõi kết quả xử lý.");
        return TypedResults.Created($"/public/feedback/{feedback.TrackingCode}", receipt);
    }

    /// <summary>What Decree 20/2008 Art. 7 requires of a written PAKN: clear content and the submitter's name, address and contact.</summary>
    internal static Dictionary<string, string[]> Validate(Request request)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        if (!Enum.TryParse<FeedbackKind>(request.Kind, ignoreCase: true, out _) || int.TryParse(request.Kind, out _))
        {
            Add("kind", "Chọn loại: phản ánh (Reflection) hoặc kiến nghị (Recommendation).");
        }

        if (request.Category is null || !FeedbackCategories.All.ContainsKey(request.Category))
        {
            Add("category", "Chọn nội dung phản ánh, kiến nghị theo danh mục (Điều 5 Nghị định 20/2008/NĐ-CP).");
        }

        var content = Normalize(request.Content);
        if (content is null)
        {
            Add("content", "Nội dung phản ánh, kiến nghị không được để trống.");
        }
        else if (content.Length < 20)
        {
            Add("content", "Nội dung quá ngắn: vui lòng trình bày rõ vấn đề phản ánh, kiến nghị (ít nhất 20 ký tự).");
        }
        else if (content.Length > 10_000)
        {
            Add("content", "Nội dung dài quá 10.000 ký tự.");
        }

        var submitter = request.Submitter;
        if (submitter is null)
        {
            Add("submitter", "Vui lòng cho biết họ tên, địa chỉ và số điện thoại hoặc email: phản ánh, kiến nghị nặc danh không được tiếp nhận.");
            return errors;
        }

        var type = SubmitterType.Individual;
        if (submitter.Type is not null && (!Enum.TryParse(submitter.Type, ignoreCase: true, out type) || int.TryParse(submitter.Type, out _)))
        {
            Add("submitter.type", "Người gửi là cá nhân (Individual) hoặc tổ chức (Organisation).");
        }

        var name = Normalize(submitter.Name);
        if (name is null)
        {
            Add("submitter.name", "Vui lòng nhập họ và tên người gửi.");
        }
        else if (name.Length > 200)
        {
            Add("submitter.name", "Họ và tên dài quá 200 ký tự.");
        }

        if (type == SubmitterType.Organisation && Normalize(submitter.Organisation) is null)
        {
            Add("submitter.organisation", "Tổ chức gửi phản ánh, kiến nghị phải ghi rõ tên tổ chức.");
        }

        var address = Normalize(submitter.Address);
        if (address is null)
        {
            Add("submitter.address", "Vui lòng nhập địa chỉ liên hệ.");
        }
        else if (address.Length > 500)
        {
            Add("submitter.address", "Địa chỉ dài quá 500 ký tự.");
        }

        var phone = Normalize(submitter.Phone);
        var email = Normalize(submitter.Email);
        if (phone is null && email is null)
        {
            Add("submitter.phone", "Vui lòng nhập số điện thoại hoặc email để cơ quan liên hệ và trả lời.");
        }

        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            Add("submitter.phone", "Số điện thoại không đúng định dạng (ví dụ 0912345678 hoặc +84912345678).");
        }

        if (email is not null && (email.Length > 254 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            Add("submitter.email", "Địa chỉ email không đúng định dạng.");
        }

        var procedureCode = Normalize(request.ProcedureCode);
        if (procedureCode is not null && !ProcedureCodePattern().IsMatch(procedureCode))
        {
            Add("procedureCode", "Mã thủ tục hành chính không đúng định dạng (ví dụ 1.009645 hoặc 1.009645.H38).");
        }

        return errors;
    }

    private static Submitter ToSubmitter(SubmitterRequest request) => new()
    {
        Type = request.Type is null ? SubmitterType.Individual : Enum.Parse<SubmitterType>(request.Type, ignoreCase: true),
        Name = Normalize(request.Name)!,
        Organisation = Normalize(request.Organisation),
        Address = Normalize(request.Address)!,
        Phone = Normalize(request.Phone),
        Email = Normalize(request.Email),
    };

    /// <summary>Trimmed, NFC-normalised text, or null when blank: Vietnamese is stored in one Unicode form.</summary>
    internal static string? Normalize(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);

    private static string NewLookupKey()
    {
        // 10 characters from an alphabet without look-alikes (0/O, 1/I/L): about 50 bits, read out over the phone.
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        return string.Create(11, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = i == 5 ? '-' : alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }

    internal static string HashLookupKey(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim().ToUpperInvariant())));

    [GeneratedRegex(@"^(\+84|0)\d{9,10}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^\d\.\d{6}(\.[A-Z0-9]{2,4})?$")]
    private static partial Regex ProcedureCodePattern();
}
