namespace VanPhong.Text;

/// <summary>Vietnamese phone numbers compared by their digits, however they were written.</summary>
public static class PhoneNumbers
{
    /// <summary>
    /// The digits of a phone number in national form: "+84 (0) 912.345.678", "84912345678", "0084 912 345 678" and
    /// "0912 345 678" are all "0912345678". For comparing (the redactor, a data subject's lookup), not for validating.
    /// </summary>
    public static string National(string value)
    {
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("0084", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length >= 11)
        {
            var rest = digits[2..];
            return rest.StartsWith('0') ? rest : "0" + rest;
        }

        return digits;
    }
}
