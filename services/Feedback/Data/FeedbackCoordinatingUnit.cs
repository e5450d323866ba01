namespace VanPhong.Feedback.Data;

/// <summary>Đơn vị phối hợp: one unit that works with the lead unit on a PAKN.</summary>
public sealed class FeedbackCoordinatingUnit
{
    public string UnitCode { get; set; } = "";

    /// <summary>Its place in the order the office assigned the units.</summary>
    public int Position { get; set; }
}
