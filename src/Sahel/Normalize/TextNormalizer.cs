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
        if (string.IsNullOrEmpty(text))
            return [];
        var tokens = new List<Token>(text.Length / 6 + 4);
        // ASCII is its own NFKD form, and the vectorised check is much cheaper than ICU's (every story, every run).
        var decomposed = System.Text.Ascii.IsValid(text) || text.IsNormalized(NormalizationForm.FormKD) ? text : text.Normalize(NormalizationForm.FormKD);
        var word = decomposed.Length <= 512 ? stackalloc char[decomposed.Length] : new char[decomposed.Length];
        var length = 0;
        var upper = true;
        var capital = false;
        var words = TokenStrings.Instance;
        foreach (var c in decomposed)
        {
            var folded = Fold(c);
            if (folded == '\0')
                continue; // a mark: accent, tashkeel, tatweel, hamza
            if (folded == ' ')
            {
                if (length > 0)
                    tokens.Add(new Token(words.Get(word[..length]), upper && length > 1, capital));
                length = 0;
                upper = true;
                capital = false;
                continue;
            }
            if (char.IsLetter(c) && !char.IsUpper(c))
                upper = false;
            if (length == 0)
                capital = char.IsUpper(c) || !char.IsAsciiLetter(c) && !(c is >= 'À' and <= 'ɏ');
            word[length++] = folded;
        }
        if (length > 0)
            tokens.Add(new Token(words.Get(word[..length]), upper && length > 1, capital));
        return tokens;
    }

    /// <summary>
    /// One string per distinct word, per thread: news repeats its words (and a sweep its copies), so most
    /// tokens of a story are words already seen, and allocating each again was most of tokenising's cost.
    /// Bounded, so an endless stream of new words cannot grow it without end.
    /// </summary>
    private sealed class TokenStrings
    {
        private const int MaxWords = 100_000;
        [ThreadStatic] private static TokenStrings? _instance;
        private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        private TokenStrings() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

        public static TokenStrings Instance => _instance ??= new TokenStrings();

        public string Get(ReadOnlySpan<char> word)
        {
            if (_lookup.TryGetValue(word, out var known))
                return known;
            if (_words.Count >= MaxWords)
                _words.Clear();
            var text = word.ToString();
            _words[text] = text;
            return text;
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
