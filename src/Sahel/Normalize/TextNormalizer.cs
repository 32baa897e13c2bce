using System.Globalization;
using System.Text;

namespace Sahel.Normalize;

/// <summary>
/// The form in which French, Arabic and English text is compared: NFKC/NFKD folding, lower case, Latin accents
/// removed, Arabic diacritics and tatweel removed, alef forms unified (أ إ آ ٱ → ا), ى → ي, ة → ه, Persian and
/// Arabic-Indic digits to ASCII, گ/ڭ/ک folded. Apostrophes and hyphens separate words, which splits French
/// elisions (l'attaque → l attaque) and spellings like Aguel'hoc the same way in text and gazetteer.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text) => string.Join(' ', Tokenize(text));

    public static IReadOnlyList<string> Tokenize(string text) => TokenizeDetailed(text).Select(t => t.Text).ToList();

    /// <summary>Tokens with whether the original was written in capitals (FAN, ANT: abbreviations, not words).</summary>
    public static List<Token> TokenizeDetailed(string text)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
            return tokens;
        // ASCII is its own NFKD form, and the vectorised check is much cheaper than ICU's (every story, every run).
        var decomposed = System.Text.Ascii.IsValid(text) || text.IsNormalized(NormalizationForm.FormKD) ? text : text.Normalize(NormalizationForm.FormKD);
        var word = new StringBuilder(16);
        var upper = true;
        var capital = false;
        foreach (var c in decomposed)
        {
            var folded = Fold(c);
            if (folded == '\0')
                continue; // a mark: accent, tashkeel, tatweel, hamza
            if (folded == ' ')
            {
                Flush();
                continue;
            }
            if (char.IsLetter(c) && !char.IsUpper(c))
                upper = false;
            if (word.Length == 0)
                capital = char.IsUpper(c) || !char.IsAsciiLetter(c) && !(c is >= 'À' and <= 'ɏ');
            word.Append(folded);
        }
        Flush();
        return tokens;

        void Flush()
        {
            if (word.Length > 0)
                tokens.Add(new Token(word.ToString(), upper && word.Length > 1, capital));
            word.Clear();
            upper = true;
            capital = false;
        }
    }

    /// <summary>The folded character, '\0' to drop it, ' ' for a separator.</summary>
    private static char Fold(char c)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            return c;
        if (c is >= 'A' and <= 'Z')
            return (char)(c + 32);
        switch (c)
        {
            case 'أ' or 'إ' or 'آ' or 'ٱ': return 'ا';
            case 'ى' or 'ی': return 'ي';
            case 'ة': return 'ه';
            case 'گ' or 'ڭ' or 'ڨ': return 'ق';
            case 'ک': return 'ك';
            case 'ـ': return '\0';
            case 'ß': return 's';
            case 'œ': return 'o';
            case 'æ': return 'a';
        }
        if (c is >= '٠' and <= '٩')
            return (char)('0' + (c - '٠'));
        if (c is >= '۰' and <= '۹')
            return (char)('0' + (c - '۰'));
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            return '\0';
        if (char.IsLetterOrDigit(c))
            return char.ToLowerInvariant(c);
        return ' ';
    }
}

/// <summary>
/// A normalised word; whether it was written in capitals (FAN); whether it began with a capital letter, or is
/// in a script without case (Arabic), which tells the town of Say from the verb.
/// </summary>
public readonly record struct Token(string Text, bool Upper, bool Capital = true);
