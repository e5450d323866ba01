using VanPhong.Security;

namespace VanPhong.Feedback.Data;

/// <summary>Vị trí: where the problem a PAKN reports is (WGS84 degrees, and/or an address as written).</summary>
public sealed class Location
{
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    [PersonalData]
    public string? Address { get; set; }

    public string? Zipcode { get; set; }
}
