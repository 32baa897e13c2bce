namespace Sahel.Diff.Claims;

internal sealed partial class SourceFinder
{
    /// <summary>
    /// Whether the cue at <paramref name="cue"/> stands inside a quotation that closes later in the sentence and is attributed
    /// right after it ("« L'armée a répondu vigoureusement, tuant 30 terroristes », a déclaré le ministère", "\"The army responded,
    /// killing 30,\" the ministry said"): the quotation is what the later speaker says, its own verbs are words of it.
    /// </summary>
    /// <remarks>
    /// Session 14, round 29. Only a quotation opened before the cue and closed after it, followed within four words by a verb
    /// of saying (the attribution that closes it); a quotation that opens the sentence's speech after its speaker ("Le ministre a
    /// déclaré : « … »") has no verb after it and keeps its cues.
    /// </remarks>
    private static bool QuotedAndAttributedAfter(ClaimSentence sentence, int cue)
    {
        var text = sentence.Text;
        var words = sentence.Words;
        var at = words[cue].Start;
        if (!InsideQuotation(text.AsSpan(0, at)))
            return false;
        var close = text.AsSpan(words[cue].End).IndexOfAny(['»', '”', '"']);
        if (close < 0)
            return false;
        close += words[cue].End;
        var after = cue + 1;
        while (after < words.Count && words[after].Start < close)
            after++;
        for (var k = after; k < words.Count && k <= after + 4; k++)
            if (PhraseMatch.At(words, k, SourceVocabulary.Verbs) is not null)
                return true;
        return false;
    }

    /// <summary>
    /// Session 16, round 33: whether <paramref name="found"/> stands inside a quotation that closes before the back reference at
    /// <paramref name="reference"/> ("« Les forces armées ont neutralisé sept assaillants », a-t-il déclaré", "\"The army killed
    /// seven,\" he said", "« … », selon lui"): the quotation is what the pronoun's speaker says, so a name in it is no antecedent
    /// of the pronoun, as round 28 made it no subject of a named speaker's verb after it (QuoteCloses).
    /// </summary>
    public static bool QuotedBefore(ClaimSentence sentence, Found found, int reference) => QuotedBefore(sentence, found.First, found.Last, reference);

    /// <summary>Whether the words <paramref name="first"/>..<paramref name="last"/> stand inside a quotation that closes before the word at <paramref name="reference"/>.</summary>
    private static bool QuotedBefore(ClaimSentence sentence, int first, int last, int reference)
    {
        var words = sentence.Words;
        if (first < 0 || last >= reference || reference >= words.Count)
            return false;
        var text = sentence.Text;
        if (!InsideQuotation(text.AsSpan(0, words[first].Start)))
            return false;
        var end = words[last].End;
        return end <= words[reference].Start && text.AsSpan(end, words[reference].Start - end).IndexOfAny(['»', '”', '"']) >= 0;
    }

    /// <summary>Whether a quotation is open at the end of <paramref name="before"/>: « or “ not closed yet, or an odd count of straight quotes.</summary>
    private static bool InsideQuotation(ReadOnlySpan<char> before) =>
        before.LastIndexOf('«') > before.LastIndexOf('»') || before.LastIndexOf('“') > before.LastIndexOf('”') || before.Count('"') % 2 == 1;
}
