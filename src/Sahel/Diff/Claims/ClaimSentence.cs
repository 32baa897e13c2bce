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
            var tokens = TextNormalizer.TokenizeDetailed(raw.Value);
            if (tokens.Count == 0)
                continue;
            var normalised = string.Concat(tokens.Select(t => t.Text));
            var previous = words.Count > 0 ? words[^1] : null;
            // "1 400", "1.400", "1 400": a thousands group continues the number before it.
            if (previous is { Number: { } value and < 1000 } && previous.End - previous.Start <= 3 && IsThousandsGroup(text, previous.End, raw))
            {
                words[^1] = previous with { Text = (value * 1000 + int.Parse(normalised, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture), End = raw.Index + raw.Length };
                continue;
            }
            words.Add(new ClaimWord(normalised, raw.Index, raw.Index + raw.Length) { Upper = tokens[0].Upper, Capital = tokens[0].Capital });
        }
        return new ClaimSentence(text, words);
    }

    private static bool IsThousandsGroup(string text, int previousEnd, Match raw) =>
        raw.Index == previousEnd + 1 && text[previousEnd] is ' ' or '.' or '\u00A0' or '\u202F'
        && raw.Length == 3 && raw.Value.All(char.IsDigit);

    [GeneratedRegex(@"(?<!\b\p{Lu})[.!?؟;…]+(?=\s|$)|[\r\n]+|(?<=\p{Ll}{2})\.(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    // Letters, marks, digits and format characters (ZWNJ) make a word; apostrophes and hyphens separate, as in TextNormalizer.
    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}\p{Cf}]+")]
    private static partial Regex RawWord();
}

/// <summary>A normalised word and where it was written in its sentence.</summary>
internal sealed record ClaimWord(string Text, int Start, int End)
{
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
