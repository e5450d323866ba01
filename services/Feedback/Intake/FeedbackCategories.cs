namespace VanPhong.Feedback.Intake;

/// <summary>The content a PAKN may have, Decree 20/2008 Art. 5, as stable codes with their Vietnamese names.</summary>
public static class FeedbackCategories
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["implementation-difficulty"] = "Khó khăn, vướng mắc trong thực hiện quy định hành chính (chậm trễ, gây phiền hà, không thực hiện hoặc thực hiện không đúng)",
        ["unrealistic"] = "Quy định hành chính không phù hợp với thực tế",
        ["inconsistent"] = "Quy định hành chính không đồng bộ, không thống nhất",
        ["unlawful"] = "Quy định hành chính không hợp pháp",
        ["treaty-conflict"] = "Quy định hành chính trái với điều ước quốc tế mà Việt Nam đã ký kết hoặc gia nhập",
        ["other"] = "Vấn đề khác liên quan đến quy định hành chính",
        ["solution-proposal"] = "Phương án xử lý đối với những phản ánh nêu trên",
        ["new-regulation-initiative"] = "Sáng kiến ban hành mới quy định hành chính",
    };
}
