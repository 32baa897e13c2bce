namespace Sahel.Diff.Claims;

/// <summary>
/// Round 37: an earlier event dated by a month or a season with its year and no day, in the forms the month-dated recall
/// (<c>ClaimContext.PastMonth</c>) did not read: the Arabic opener with its conjunction ("وفي مارس ٢٠٢٢، قتل …": the proclitic
/// "و" is not split from a word of three letters, so "وفي" was no "في"), the Arabic construct that dates an event noun with no
/// preposition of its own ("اشتباكات مايو ٢٠٢٢ … التي خلفت", "بهجمات مارس ٢٠٢٤"), and a season with its year ("صيف ٢٠٢٤", "summer 2024",
/// "l'été 2024"). Today's event is dated by its day ("le 2 février 2025", "يوم ١١ مايو ٢٠٢٥", "on June 14, 2025"); a month or a
/// season with a year and no day names another, earlier event, and the labelling rules say its figures are not the story's.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>"وفي", "وخلال": the openers "في"/"خلال" with the conjunction, which the proclitic readings leave whole.</summary>
    private static readonly HashSet<string> JoinedMonthOpeners = new(StringComparer.Ordinal) { "وفي", "وخلال", "فخلال", "ففي" };

    /// <summary>Arabic event nouns that take a date in the construct state, with no preposition: "هجوم مارس", "اشتباكات مايو".</summary>
    private static readonly HashSet<string> ArabicDatedEvents = new(StringComparer.Ordinal)
    {
        "هجوم", "هجمات", "هجمه", "اشتباكات", "معارك", "معركه", "مجزره", "مجازر", "احداث", "كمين", "غاره", "غارات", "اعتداء", "اعتداءات", "تفجير", "تفجيرات",
    };

    /// <summary>Seasons, as normalised ("été" is "ete": read only with a year after it, where the auxiliary never stands).</summary>
    private static readonly HashSet<string> Seasons = new(StringComparer.Ordinal)
    {
        "summer", "winter", "spring", "autumn", "ete", "hiver", "printemps", "automne", "صيف", "شتاء", "ربيع", "خريف",
    };

    /// <summary>Whether the word at <paramref name="i"/> is a month or a season dating an earlier event by its year, with no day.</summary>
    internal static bool DatedEarlierEvent(IReadOnlyList<ClaimWord> words, int i)
    {
        if (i + 1 >= words.Count || !ClaimContext.IsYear(words[i + 1]))
            return false;
        if (i > 0 && words[i - 1].Number is >= 1 and <= 31)
            return false;
        if (Seasons.Contains(words[i].Text))
            return true;
        if (!ClaimContext.Months.Contains(words[i].Text) || i == 0)
            return false;
        var before = words[i - 1].Text;
        // the event noun bare or behind one proclitic preposition or conjunction ("بهجمات", "وهجوم", "لأحداث"), which the
        // proclitic readings do not always split off a plural
        return JoinedMonthOpeners.Contains(before) || words[i - 1].Readings.Any(ArabicDatedEvents.Contains)
            || before.Length > 4 && before[0] is 'ب' or 'و' or 'ل' && ArabicDatedEvents.Contains(before[1..]);
    }
}
