namespace Sahel.Normalize;

/// <summary>
/// Integers written with digits in any script (١٢ = 12), with French thousands separators ("1 400", "1.400").
/// Words ("une vingtaine", "عشرات") are the claims stage's business.
/// </summary>
public static class NumberExtractor
{
    public static HashSet<int> Extract(string? text)
    {
        var numbers = new HashSet<int>();
        if (string.IsNullOrEmpty(text))
            return numbers;
        var value = 0L;
        var digits = 0;
        var groupDigits = -1; // digits since the last thousands separator, -1 outside a grouped number
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= '٠' and <= '٩' ? c - '٠' : c is >= '۰' and <= '۹' ? c - '۰' : -1;
            if (digit >= 0)
            {
                value = Math.Min(value * 10 + digit, int.MaxValue);
                digits++;
                if (groupDigits >= 0)
                    groupDigits++;
                continue;
            }
            // "1 400" and "1.400": a separator followed by exactly three digits continues the number.
            if (digits is > 0 and <= 3 && groupDigits is -1 or 3 && c is ' ' or '.' or '\u00A0' or '\u202F'
                && i + 3 < text.Length + 1 && ThreeDigitsAt(text, i + 1))
            {
                groupDigits = 0;
                continue;
            }
            if (digits > 0)
                numbers.Add((int)value);
            value = 0;
            digits = 0;
            groupDigits = -1;
        }
        return numbers;
    }

    private static bool ThreeDigitsAt(string text, int start)
    {
        var count = 0;
        for (var i = start; i < text.Length && (char.IsDigit(text[i])); i++)
            count++;
        return count == 3;
    }
}
