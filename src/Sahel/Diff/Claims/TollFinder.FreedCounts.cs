namespace Sahel.Diff.Claims;

/// <summary>
/// Round 31: hostages set free are no toll (the labelling rules), whatever pass read their count. The pairing of a count with its
/// toll word drops a count right after a liberation verb (<see cref="Freed"/>), but the counts read by the later passes were not
/// asked: a count joined to a freed one ("حررت ست نساء وثلاثة أطفال كانوا محتجزين", "freed six women and three children held by
/// them"), and a part of a freed whole ("freed 20 hostages, including five women", "libéré 20 otages, dont cinq femmes", "حررت
/// عشرين مختطفا، بينهم خمس نساء"). Three writers of round 31 (dev17, dev19, dev20) read such counts as kidnappings.
/// </summary>
internal static partial class TollFinder
{
    private static void DropFreed(ClaimSentence sentence, List<Found> found)
    {
        var words = sentence.Words;
        var freed = new List<Found>();
        foreach (var f in StableSort.ByFirst(found, f => f.First))
        {
            if (f.Kind != TollKind.Kidnapped)
                continue;
            if (FreedRightBefore(words, f.First) || freed.Exists(g => JoinedAfterFreed(words, g, f)) || PartOfFreedWhole(words, f))
                freed.Add(f);
        }
        if (freed.Count > 0)
            found.RemoveAll(freed.Contains);
    }

    /// <summary>A liberation verb at most three words before the count, with no clause joint or other count between, not asked for.</summary>
    private static bool FreedRightBefore(IReadOnlyList<ClaimWord> words, int at)
    {
        for (var d = 1; d <= 3 && at - d >= 0; d++)
        {
            var k = at - d;
            if (Liberation(words, k))
                return !Demanded(words, k);
            if (ClauseJoints.Contains(words[k].Text) || words[k].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[k].Text) || PhraseMatch.Is(words[k], ClaimVocabulary.TollWords))
                return false;
        }
        return false;
    }

    /// <summary>The count joined by "and"/"et"/"و" right after a freed count ("six women and three children"): freed with it.</summary>
    private static bool JoinedAfterFreed(IReadOnlyList<ClaimWord> words, Found freed, Found f) =>
        f.First > freed.Last && f.First - freed.Last <= 2
        && (words[f.First].Text.StartsWith('و') || words[f.First - 1].Text is "and" or "et" or "و");

    /// <summary>
    /// A part ("including five", "dont cinq", "بينهم خمس") of a whole told just before it (the part word before the part's count,
    /// the whole's count within four words before the part word) that a liberation verb right before the whole sets free.
    /// </summary>
    private static bool PartOfFreedWhole(IReadOnlyList<ClaimWord> words, Found part)
    {
        // (the part's figure may span its whole's noun: "hostages, including five")
        var marker = Enumerable.Range(Math.Max(0, part.First - 2), Math.Min(part.Last, words.Count - 1) + 1 - Math.Max(0, part.First - 2))
            .LastOrDefault(k => (AsideOpeners.Contains(words[k].Text) || words[k].Text is "dont" or "including") && k + 1 < words.Count
                && Enumerable.Range(k + 1, Math.Min(2, words.Count - k - 1)).Any(j => StartsCount(words[j])), -1);
        if (marker < 1)
            return false;
        for (var w = marker - 1; w >= 0 && w >= marker - 4; w--)
            if (StartsCount(words[w]))
                return FreedRightBefore(words, w);
        return false;
    }
}
