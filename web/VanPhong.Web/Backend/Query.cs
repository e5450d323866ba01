namespace VanPhong.Web.Backend;

/// <summary>A query string from name/value pairs; empty values are left out.</summary>
public static class Query
{
    public static string Of(params (string Name, string? Value)[] pairs)
    {
        var present = pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!.Trim())}").ToList();
        return present.Count == 0 ? "" : "?" + string.Join("&", present);
    }
}
