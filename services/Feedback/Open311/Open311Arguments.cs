namespace VanPhong.Feedback.Open311;

/// <summary>
/// What every Open311 route checks before it answers, and the errors it gives: the format the URL ends in (.xml or
/// .json; an unknown one is answered in XML, the format the specification requires) and the jurisdiction_id, which
/// may be left out because this server serves one jurisdiction.
/// </summary>
internal static class Open311Arguments
{
    /// <summary>The answer in the format asked for, once the format is one of the two and the jurisdiction (if given) is this server's.</summary>
    public static IResult Read(string format, string? jurisdiction, Open311Options options, Func<Open311Format, IResult> answer) =>
        Parse(format) is not { } f ? UnknownFormat(format)
        : WrongJurisdiction(f, jurisdiction, options) ?? answer(f);

    public static IResult? WrongJurisdiction(Open311Format format, string? jurisdiction, Open311Options options) =>
        string.IsNullOrWhiteSpace(jurisdiction) || string.Equals(jurisdiction.Trim(), options.JurisdictionId, StringComparison.OrdinalIgnoreCase)
            ? null
            : Open311Result.Error(format, StatusCodes.Status404NotFound, $"jurisdiction_id {jurisdiction} không có: máy chủ này chỉ phục vụ {options.JurisdictionId}.");

    public static Open311Format? Parse(string format) => format switch
    {
        "xml" => Open311Format.Xml,
        "json" => Open311Format.Json,
        _ => null,
    };

    public static Open311Result UnknownFormat(string format) =>
        Open311Result.Error(Open311Format.Xml, StatusCodes.Status404NotFound, $"Không có định dạng {format}: dùng .xml hoặc .json.");
}
