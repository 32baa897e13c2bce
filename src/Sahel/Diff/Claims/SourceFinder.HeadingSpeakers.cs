namespace Sahel.Diff.Claims;

/// <summary>
/// Session 16, round 34: a live blog's or a title's line "SPEAKER: figure" whose speaker's phrase opens before the source the
/// vocabulary reads: a place naming it ("23:50 — Katsina police spokesman: 5 killed") or a head noun of whom it is ("قائد في قوة
/// المهام المدنية المشتركة: مقتل ٨", "An official at the emergency agency: 12 dead", "قيادة الشرطة في ولاية بورنو: ثمانية قتلى").
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Heads of a speaker's phrase before the body it belongs to (normalised: no accents, ة as ه).</summary>
    private static readonly HashSet<string> HeadingSpeakerHeads = new(StringComparer.Ordinal)
    {
        "official", "officials", "commander", "source", "sources", "officer", "head", "chief", "leader",
        "responsable", "responsables", "commandant", "chef", "officier",
        "مسوول", "مسوولون", "قايد", "مصدر", "مصادر", "قياده", "رييس", "ضابط",
    };

    /// <summary>Links between such a head and its body: "official at the", "responsable de la", "مسؤول في".</summary>
    private static readonly HashSet<string> HeadingSpeakerLinks = new(StringComparer.Ordinal)
    {
        "at", "in", "of", "from", "with", "the", "de", "du", "des", "d", "la", "le", "l", "au", "a", "في", "من", "ب", "لدى",
    };

    /// <summary>
    /// Whether the words from the line's start to <paramref name="source"/> are a ticker mark or a time stamp, then the opening of
    /// the source's own phrase: capitalised words naming it right before it, or an article, a head noun and one or two links.
    /// </summary>
    private static bool SpeakerPhraseBefore(IReadOnlyList<ClaimWord> words, int source)
    {
        var start = 0;
        while (start < source && (words[start].Number is not null || TickerWords.Contains(words[start].Text) || TimeStamp(words[start].Text)))
            start++;
        if (start == source)
            return false;
        // "Katsina police spokesman", "Borno State police": a place's name before the body, nothing else; not a preposition opening
        // a place ("In Niamey, the hospital:" names where, and the place itself is no speaker)
        if (Enumerable.Range(start, source - start).All(k => words[k].Capital && !ArabicScript.Starts(words[k].Text) && words[k].Number is null
                && !HeadingSpeakerLinks.Contains(words[k].Text) && words[k].Text is not ("on" or "en" or "dans" or "sur" or "to" or "near" or "pres")))
            return source - start <= 2;
        // "An official at the", "قائد في", "قيادة": one head of whom it is, after at most an article, before at most two links
        var head = words[start].Text is "a" or "an" or "un" or "une" ? start + 1 : start;
        return head < source && HeadingSpeakerHeads.Contains(words[head].Text) && source - head - 1 <= 2
            && Enumerable.Range(head + 1, source - head - 1).All(k => HeadingSpeakerLinks.Contains(words[k].Text));
    }
}
