namespace VanPhong.Text;

/// <summary>
/// The two languages of the public surface: Vietnamese, the official language every record is kept in, and English for
/// investors. The reader's choice comes from <c>?lang=</c> when given, else from <c>Accept-Language</c> (highest weight
/// wins, the first listed on a tie); anything else reads Vietnamese.
/// </summary>
public static class Bilingual
{
    public const string Vietnamese = "vi";

    public const string English = "en";

    public static string Pick(string? lang, string? acceptLanguage)
    {
        if (Known(lang) is { } chosen)
        {
            return chosen;
        }

        string? best = null;
        var bestWeight = 0.0;
        foreach (var part in (acceptLanguage ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(20))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            var weight = 1.0;
            foreach (var parameter in pieces.Skip(1))
            {
                if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(parameter[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q))
                {
                    weight = q;
                }
            }

            if (Known(pieces[0]) is { } language && weight > bestWeight)
            {
                best = language;
                bestWeight = weight;
            }
        }

        return best ?? Vietnamese;
    }

    /// <summary>"en", "en-GB", "EN" → en; "vi", "vi-VN" → vi; anything else → null.</summary>
    public static string? Known(string? tag)
    {
        var primary = tag?.Split('-', 2)[0].Trim();
        return string.Equals(primary, English, StringComparison.OrdinalIgnoreCase) ? English
            : string.Equals(primary, Vietnamese, StringComparison.OrdinalIgnoreCase) ? Vietnamese
            : null;
    }
}
