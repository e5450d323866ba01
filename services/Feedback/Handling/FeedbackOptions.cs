namespace VanPhong.Feedback.Handling;

public sealed class FeedbackOptions
{
    public DeadlineOptions Deadlines { get; set; } = new();

    /// <summary>The agency's details on reply letters and answers.</summary>
    public AgencyOptions Agency { get; set; } = new();

    /// <summary>
    /// Working-day deadlines per step. Transfer out of authority within 05 working days is the decree's
    /// (Decree 20/2008 Art. 9.1.d, verified); the answer's 10 working days follow Ninh Bình QĐ 163/2025 Art. 19
    /// (a provincial rule, secondary source); publication after answering is not fixed by the texts we have:
    /// all three are configuration (Feedback:Deadlines).
    /// </summary>
    public sealed class DeadlineOptions
    {
        public int ClassifyWorkingDays { get; set; } = 5;

        public int AnswerWorkingDays { get; set; } = 10;

        public int PublishWorkingDays { get; set; } = 5;

        /// <summary>A step is "due soon" this many working days before its due date.</summary>
        public int DueSoonWorkingDays { get; set; } = 2;
    }

    public sealed class AgencyOptions
    {
        public string SuperiorAgency { get; set; } = "UBND tỉnh Khánh Hòa";

        public string Name { get; set; } = "Ban quản lý Khu kinh tế Vân Phong";

        public string NumberSuffix { get; set; } = "KKT-VP";

        public string Place { get; set; } = "Khánh Hòa";

        public string SignerTitle { get; set; } = "KT. Trưởng ban\nPhó Trưởng ban";

        /// <summary>Where PAKN are received (plan item VI.2): published on the public pages.</summary>
        public string Address { get; set; } = "Văn phòng Ban quản lý Khu kinh tế Vân Phong, số 09 Lê Thánh Tôn, phường Tây Nha Trang, tỉnh Khánh Hòa";

        public string Phone { get; set; } = "0258 3 822 991";

        public string Email { get; set; } = "vanphong@kkt-vanphong.example.vn";
    }
}
