namespace Sahel.Diff.Claims;

/// <summary>
/// Lists that tell again the people of a count just before them, set off by dashes or commas ("three people - two guards
/// and a nurse - were killed", "deux hommes, leur chauffeur et un gendarme"): their counts are parts, not figures of their own.
/// </summary>
internal static partial class NumberPhrases
{
    private static bool DashAt(ClaimSentence sentence, int word)
    {
        if (word <= 0 || word >= sentence.Words.Count)
            return false;
        var between = sentence.Between(word - 1, word);
        return between.IndexOfAny("–—") >= 0 || between.IndexOf('-') >= 0 && between.Trim().Length < between.Length;
    }

    private static bool InCommaPart(ClaimSentence sentence, int word)
    {
        for (var open = Math.Max(2, word - 12); open <= word; open++)
            if (!DashAt(sentence, open) && CommaPart(sentence, open) is { } close && word < close)
                return true;
        return false;
    }

    /// <summary>Whether the word at <paramref name="word"/> stands in a list set off by dashes after a count (see <see cref="DashPart"/>).</summary>
    private static bool InDashPart(ClaimSentence sentence, int word)
    {
        for (var open = Math.Max(1, word - 12); open <= word; open++)
            if (DashPart(sentence, open) is { } close && word < close)
                return true;
        return false;
    }

    /// <summary>
    /// Session 9, round 16: where a list set off by dashes right after a count and its people ends ("three people - two guards and a
    /// nurse - were killed", "trois personnes – deux gardes et une infirmière – ont été tuées"), when <paramref name="open"/> is its
    /// first word: a count within three words before the dash, a closing dash within twelve words; else null.
    /// </summary>
    public static int? DashPart(ClaimSentence sentence, int open)
    {
        var words = sentence.Words;
        if (!DashAt(sentence, open) && CommaPart(sentence, open) is { } listed)
            return listed;
        if (!DashAt(sentence, open) || !Enumerable.Range(Math.Max(0, open - 3), Math.Min(3, open)).Any(k => words[k].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[k].Text)))
            return null;
        for (var k = open + 1; k < words.Count && k <= open + 12; k++)
            if (DashAt(sentence, k))
                return k;
        return null;
    }

    /// <summary>
    /// Round 18: the same list set off by commas ("Three staff members, a teacher and two guards, were killed", "a coûté la vie à
    /// deux hommes, leur chauffeur et un gendarme."): after a count and its people, the items joined by "and"/"et" up to a closing
    /// comma or the sentence's end, when they add up to the count (each item its count, or one after an article or a possessive).
    /// A list that does not add up is of figures of their own ("three soldiers, two civilians and a child").
    /// </summary>
    private static int? CommaPart(ClaimSentence sentence, int open)
    {
        var words = sentence.Words;
        if (open < 2 || !sentence.CommaBefore(open) || words[open - 1].Number is not null)
            return null;
        var totalAt = Enumerable.Range(Math.Max(0, open - 3), Math.Min(3, open)).LastOrDefault(k => ValueOf(words[k]) is not null, -1);
        // round 20: past the total's noun and its complement ("Deux membres de notre personnel, un infirmier et une sage-femme,")
        if (totalAt < 0)
            totalAt = Enumerable.Range(Math.Max(0, open - 6), Math.Min(3, Math.Max(0, open - 3))).LastOrDefault(k => ValueOf(words[k]) is not null
                && k + 2 < open && words[k + 2].Text is "de" or "du" or "des" or "d" or "of" or "from"
                && Enumerable.Range(k + 1, open - k - 1).All(j => words[j].Number is null && !PhraseMatch.Is(words[j], ClaimVocabulary.TollWords)), -1);
        if (totalAt < 0 || ValueOf(words[totalAt]) is not { } whole || whole < 2)
            return null;
        var close = words.Count;
        for (var k = open + 1; k < words.Count && k <= open + 12; k++)
            if (sentence.CommaBefore(k) || sentence.Between(k - 1, k).IndexOfAny(";:()") >= 0)
            {
                close = k;
                break;
            }
        if (close == words.Count && words.Count - open > 12)
            return null;
        // round 23: "38 civilians killed, 21 wounded and 17 abducted": items with a toll word of their own are figures of their own,
        // whatever they add up to
        if (Enumerable.Range(open, close - open).Any(k => PhraseMatch.Is(words[k], ClaimVocabulary.TollWords)))
            return null;
        var sum = 0;
        var joined = false;
        var item = true; // the next word opens an item
        for (var k = open; k < close; k++)
        {
            if (words[k].Text is "and" or "et")
            {
                (joined, item) = (true, true);
                continue;
            }
            if (k > open && sentence.CommaBefore(k))
                item = true;
            if (!item)
                continue;
            if (ValueOf(words[k]) is { } value)
                sum += value;
            else if (words[k].Text is "a" or "an" or "un" or "une" or "leur" or "their" or "his" or "her" or "its" or "son" or "sa" or "the" or "le" or "la" or "l")
                sum++;
            else
                return null;
            item = false;
        }
        // "three soldiers, two civilians and a child": items of another kind of people than the total's are figures of their own
        string? KindAt(int k) => PhraseMatch.At(words, k, ClaimVocabulary.VictimWords)?.Value is { } kind and not "people" ? kind : null;
        var totalKind = Enumerable.Range(totalAt + 1, Math.Min(3, open - totalAt - 1)).Select(KindAt).FirstOrDefault(v => v is not null);
        if (totalKind is not null && Enumerable.Range(open, close - open).Any(k => KindAt(k) is { } other && other != totalKind))
            return null;
        return joined && sum == whole ? close : null;
    }

    private static int? ValueOf(ClaimWord word) => word.Number ?? (ClaimVocabulary.Cardinals.TryGetValue(word.Text, out var value) ? value : null);
}
