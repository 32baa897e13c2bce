using System.Text.RegularExpressions;
using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// One sentence split into normalised words (<see cref="TextNormalizer"/>: case, accents, Arabic letter variants and
/// digits folded, elisions split) that remember where they were written, so a claim can quote the words as written.
/// </summary>
internal sealed partial class ClaimSentence
{
    private ClaimSentence(string text, List<ClaimWord> words)
    {
        Text = text;
        Words = words;
    }

    public string Text { get; }
    public IReadOnlyList<ClaimWord> Words { get; }

    /// <summary>
    /// The text between word <paramref name="before"/> and a later word <paramref name="after"/>: the spaces and the
    /// punctuation that words drop (commas, colons, semicolons), which tell clauses, asides and lists apart.
    /// </summary>
    public ReadOnlySpan<char> Between(int before, int after) => Text.AsSpan(Words[before].End, Words[after].Start - Words[before].End);

    /// <summary>A comma, Latin or Arabic, between word <paramref name="k"/> and the word before it: a clause, an aside or a list item ends there.</summary>
    public bool CommaBefore(int k) => k > 0 && Between(k - 1, k).IndexOfAny(",،") >= 0;

    /// <summary>
    /// Round 20: word <paramref name="k"/> is written with a fatha before its final "ين" ("سائقَين", "مهندسَين"): the dual, which
    /// the normalised word (its vowels dropped) cannot tell from the sound plural "سائقِين".
    /// </summary>
    public bool VowelledDual(int k)
    {
        // the sukun on the ya ("مهرّبَيْن") or the nun is a reading aid, not part of the ending
        var raw = Text.Substring(Words[k].Start, Words[k].End - Words[k].Start).Replace("\u0652", "", StringComparison.Ordinal);
        return raw.Length >= 4 && raw.EndsWith("\u064E\u064A\u0646", StringComparison.Ordinal);
    }

    /// <summary>The words from <paramref name="first"/> to <paramref name="last"/> as written.</summary>
    public string Quote(int first, int last)
    {
        first = Math.Max(0, first);
        last = Math.Min(Words.Count - 1, last);
        if (first > last)
            return "";
        var start = Words[first].Start;
        var end = Words[last].End;
        // Keep a closing quote or bracket the span ends inside of: «complètement détruit».
        while (end < Text.Length && Text[end] is '»' or '"' or '”' or '’' or ')' or '%')
            end++;
        while (start > 0 && Text[start - 1] is '«' or '"' or '“' or '(')
            start--;
        // French guillemets stand apart from their words ("« neutralisés »"): keep a pair whole.
        var span = Text.AsSpan(start, end - start);
        if (span.Count('«') > span.Count('»') && Text.IndexOf('»', end) is var close and >= 0 && close - end <= 2)
            end = close + 1;
        else if (span.Count('»') > span.Count('«') && start > 0 && Text.LastIndexOf('«', start - 1) is var open and >= 0 && start - open <= 2)
            start = open;
        return Text[start..end];
    }

    /// <summary>Sentences of a title or plain text: split at . ! ? ؟ ; and line breaks, but not inside "1.400" or "U.N.".</summary>
    public static IEnumerable<ClaimSentence> Split(string text)
    {
        foreach (var piece in SentenceEnd().Split(text))
        {
            var trimmed = piece.Trim();
            if (trimmed.Length > 0)
                yield return Parse(trimmed);
        }
    }

    public static ClaimSentence Parse(string text)
    {
        var words = new List<ClaimWord>();
        foreach (Match raw in RawWord().Matches(text))
        {
            var token = Normalise(raw.ValueSpan) ?? Normalise(raw.Value);
            if (token is not { } first)
                continue;
            var normalised = first.Text;
            var previous = words.Count > 0 ? words[^1] : null;
            // "1 400", "1.400", "1,400", "١٬٤٠٠": a thousands group continues the number before it.
            if (previous is { Number: { } value and < 1000 } && previous.End - previous.Start <= 3 && IsThousandsGroup(text, previous.End, raw))
            {
                words[^1] = previous with { Text = (value * 1000 + int.Parse(normalised, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture), End = raw.Index + raw.Length };
                continue;
            }
            words.Add(new ClaimWord(normalised, raw.Index, raw.Index + raw.Length) { Upper = first.Upper, Capital = first.Capital });
        }
        return new ClaimSentence(text, words);
    }

    /// <summary>
    /// A word of ASCII letters and digits as <see cref="TextNormalizer.TokenizeDetailed"/> reads it (lower case, one
    /// token), without its Unicode decomposition; null for any other word.
    /// </summary>
    private static Token? Normalise(ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty || raw.ContainsAnyExcept(AsciiWordChars))
            return null;
        var upper = !raw.ContainsAnyInRange('a', 'z');
        var first = raw[0];
        return new Token(raw.ToString().ToLowerInvariant(), upper && raw.Length > 1, first is < 'a' or > 'z');
    }

    private static readonly System.Buffers.SearchValues<char> AsciiWordChars = System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// Any other word: the tokens <see cref="TextNormalizer"/> makes of it, joined; null when it makes none.
    /// Accented and Arabic words repeat from story to story and their Unicode decomposition is the costliest step
    /// of reading a sentence, so the answers are kept, up to <see cref="CachedWords"/> words per process.
    /// </summary>
    private static Token? Normalise(string raw)
    {
        if (Normalised.TryGetValue(raw, out var cached))
            return cached;
        var tokens = TextNormalizer.TokenizeDetailed(raw);
        Token? token = tokens.Count switch
        {
            0 => null,
            1 => tokens[0],
            _ => tokens[0] with { Text = string.Concat(tokens.Select(t => t.Text)) },
        };
        if (Normalised.Count < CachedWords)
            Normalised.TryAdd(raw, token);
        return token;
    }

    private const int CachedWords = 100_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Token?> Normalised = new(StringComparer.Ordinal);

    private static bool IsThousandsGroup(string text, int previousEnd, Match raw) =>
        raw.Index == previousEnd + 1 && text[previousEnd] is ' ' or '.' or ',' or '\u066C' or '\u00A0' or '\u202F'
        && raw.Length == 3 && raw.Value.All(char.IsDigit);

    // Not a sentence end: a point after a single capital ("U.N.", "M. Diallo"), after an English month abbreviation or
    // "No" before a number ("Jan. 9", "Sept. 3", "No. 3"), or after a title before a name ("Gen. Tiani", "Lt. Col.
    // Traoré"): agency datelines and ranks are written so, and a split there leaves the figure's speaker in another
    // sentence. "in early Dec. The army said" still ends at the point.
    [GeneratedRegex(@"(?<!\b\p{Lu})(?!(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No))\.\s+\d)(?!(?<=\b(?:Gen|Lt|Col|Capt|Maj|Sgt|Cpl|Brig|Dr|Mr|Mrs|Ms|Gov|Sen|Rep))\.\s+\p{Lu})[.!?؟;…]+(?=\s|$)|[\r\n]+|(?<=\p{Ll}{2})\.(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    // Letters, marks, digits and format characters (ZWNJ) make a word; apostrophes and hyphens separate, as in TextNormalizer.
    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}\p{Cf}]+")]
    private static partial Regex RawWord();
}

/// <summary>A normalised word and where it was written in its sentence.</summary>
internal sealed record ClaimWord(string Text, int Start, int End)
{
    private string[]? _readings;

    /// <summary>The normalised word; setting it (also in a <c>with</c> copy) forgets its readings.</summary>
    public string Text
    {
        get;
        init
        {
            field = value;
            _readings = null;
        }
    } = Text;

    /// <summary>The word and its readings without Arabic proclitics (<see cref="ArabicProclitics"/>), read once.</summary>
    public string[] Readings => _readings ??= Text.Length < 3 || Text[0] is < '\u0600' or > '\u06FF' ? [Text] : ArabicProclitics.Readings(Text).ToArray();

    /// <summary>Written in capitals (FLA, UN): short names in capitals are not the ordinary words "un" or "fan".</summary>
    public bool Upper { get; init; }
    public bool Capital { get; init; }

    public Token Token => new(Text, Upper, Capital);

    /// <summary>The value of a number written in digits, also with Arabic "and" attached (و٢٧).</summary>
    public int? Number
    {
        get
        {
            var digits = Text.Length > 1 && Text[0] == 'و' ? Text.AsSpan(1) : Text.AsSpan();
            return digits.Length is > 0 and <= 9 && digits.IndexOfAnyExceptInRange('0', '9') < 0
                ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
        }
    }
}
