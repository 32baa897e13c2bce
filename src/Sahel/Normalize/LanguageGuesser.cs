namespace Sahel.Normalize;

/// <summary>
/// Tells Arabic, French and English apart, the three languages of Sahel coverage, from a headline or summary:
/// Arabic by script, French and English by their commonest function words. Says nothing when unsure, because
/// a wrong language is worse than none.
/// </summary>
public static class LanguageGuesser
{
    private static readonly HashSet<string> French = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "dans", "pour", "sur", "par", "au", "aux",
        "avec", "qui", "que", "selon", "après", "contre", "ont", "été", "une", "entre", "près", "lors", "ses", "leur",
    };

    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "in", "to", "a", "is", "was", "were", "for", "on", "by", "with", "from", "at", "after",
        "said", "says", "near", "killed", "against", "an", "as", "its", "their", "has", "have", "according",
    };

    public static string? Guess(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        int arabic = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF')
                arabic++;
            else if (char.IsLetter(c))
                latin++;
        }
        if (arabic > latin)
            return "ar";
        int french = 0, english = 0;
        foreach (var word in text.Split((char[])[' ', ',', '.', ';', ':', '!', '?', '"', '(', ')', '\'', '’', '«', '»'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (French.Contains(word))
                french++;
            if (English.Contains(word))
                english++;
        }
        if (french >= 2 && french > english * 2)
            return "fr";
        if (english >= 2 && english > french * 2)
            return "en";
        return null;
    }
}
