namespace Sahel.Diff.Claims;

/// <summary>
/// Round 35: the parts of a figure listed after a colon ("un bilan de douze morts : neuf civils et trois policiers", "Twelve people
/// were killed: nine civilians and three police officers"). The colon opens the same breakdown as the dashes of
/// <see cref="DashPart"/> and "dont/including": its counts are parts of the figure before it, read after it, never its verb's count.
/// </summary>
internal static partial class NumberPhrases
{
    /// <summary>Words between a figure and its colon: its people, auxiliaries and the toll word ("people were killed", "morts").</summary>
    private const int MaxWordsToColon = 6;

    /// <summary>Whether the count at <paramref name="word"/> stands in a list of parts after a colon (see <see cref="ColonPart"/>).</summary>
    private static bool InColonPart(ClaimSentence sentence, int word)
    {
        for (var open = Math.Max(1, word - 12); open <= word; open++)
            if (ColonPart(sentence, open) is { } close && word < close)
                return true;
        return false;
    }

    /// <summary>
    /// Where a list of parts opened by a colon at <paramref name="open"/> ends, else null: a count (the whole) at most six words
    /// before the colon with no punctuation or other count between; after it, two items or more, each a count or an article and
    /// its people, joined by "and/et/و" or commas, with no toll word of their own ("38 killed: 21 wounded and 17 abducted" are
    /// figures), up to the sentence's end, a semicolon, a bracket or a comma that opens no item (", selon le gouvernement");
    /// and the items add up to the whole. A list that does not add up is no breakdown ("the toll: 12 dead, 9 wounded").
    /// </summary>
    private static int? ColonPart(ClaimSentence sentence, int open)
    {
        var words = sentence.Words;
        if (open < 2 || open >= words.Count || sentence.Between(open - 1, open).IndexOf(':') < 0)
            return null;
        var totalAt = Enumerable.Range(Math.Max(0, open - MaxWordsToColon), Math.Min(MaxWordsToColon, open)).LastOrDefault(k => ValueOf(words[k]) is not null, -1);
        if (totalAt < 0 || ValueOf(words[totalAt]) is not { } whole || whole < 2
            || Enumerable.Range(totalAt + 1, open - totalAt - 1).Any(k => sentence.Between(k - 1, k).IndexOfAny(",;()«»\"،؛") >= 0))
            return null;
        var sum = 0;
        var items = 0;
        var item = true; // the next word opens an item
        var close = words.Count;
        for (var k = open; k < words.Count && k <= open + 16; k++)
        {
            if (k > open && sentence.Between(k - 1, k).IndexOfAny(";()") >= 0)
            {
                close = k;
                break;
            }
            if (PhraseMatch.Is(words[k], ClaimVocabulary.TollWords))
                return null;
            var joint = words[k].Text is "and" or "et" or "و";
            if (joint || k > open && sentence.CommaBefore(k))
            {
                item = true;
                if (joint)
                    continue;
            }
            if (!item)
                continue;
            // the Arabic joint is written onto the next count ("وثلاثة")
            var text = words[k].Text.Length > 1 && words[k].Text[0] == 'و' && ValueOf(words[k]) is null ? words[k].Text[1..] : words[k].Text;
            if ((words[k].Number ?? (ClaimVocabulary.Cardinals.TryGetValue(text, out var v) ? v : null)) is { } value)
                sum += value;
            else if (text is "a" or "an" or "un" or "une")
                sum++;
            else if (sentence.CommaBefore(k) && items >= 2)
            {
                // a comma that opens no item ends the list: ", selon le gouvernement", ", the army said"
                close = k;
                break;
            }
            else
                return null;
            items++;
            item = false;
        }
        if (close == words.Count && words.Count - open > 16)
            return null;
        return items >= 2 && sum == whole ? close : null;
    }
}
