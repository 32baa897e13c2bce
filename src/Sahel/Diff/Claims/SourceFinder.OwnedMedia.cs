namespace Sahel.Diff.Claims;

/// <summary>
/// Session 19, round 42: a group's own medium described by the words a medium takes (its period, its being official, its
/// propaganda role) between it and its owner: "صحيفة النبأ الأسبوعية التابعة لتنظيم الدولة", "القناة الرسمية لجبهة تحرير
/// أزواد", "قناة تابعة للتنظيم" (the indefinite of "التابعة"), "the Islamic State group's weekly al-Naba newsletter", "l'organe
/// de propagande hebdomadaire du JNIM". Round 25's <c>OwnsMedium</c> read the owner right after the medium (past "of", "du",
/// "التابعة" or an Arabic "ل") or right before its "'s"; a medium's adjective between them cut the link, so the medium spoke as
/// an outlet (`media`) or as no one, not as the group that owns it (the README's row: a group's outlet is `armed-group`).
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>
    /// Adjectives of a medium (normalised): its period, its being official or its owner's, its role. Not a place or a
    /// language: "the group's Arabic-language channel" is rare, and a place adjective may name another owner's country.
    /// </summary>
    private static readonly HashSet<string> MediumAdjectives = new(StringComparer.Ordinal)
    {
        "weekly", "daily", "official", "online", "propaganda",
        "hebdomadaire", "quotidien", "quotidienne", "officiel", "officielle", "officiels", "officielles", "propagande", "mediatique",
        "الاسبوعيه", "الاسبوعي", "اليوميه", "اليومي", "الرسميه", "الرسمي", "الدعائيه",
        // the indefinite of "التابعة": "قناة تابعة للتنظيم"
        "تابعه", "تابع",
    };

    /// <summary>
    /// Whether <paramref name="group"/> owns <paramref name="medium"/> past at most three adjectives of a medium: after it ("…
    /// الأسبوعية التابعة لتنظيم", "… الرسمية لجبهة", "… hebdomadaire du JNIM") or before it, past the group's "'s" ("the Islamic
    /// State group's weekly al-Naba newsletter").
    /// </summary>
    private static bool OwnsMediumPastItsAdjectives(IReadOnlyList<ClaimWord> words, Mention group, Mention medium)
    {
        if (group.First > medium.Last)
        {
            var gap = Enumerable.Range(medium.Last + 1, group.First - medium.Last - 1).ToList();
            var adjectives = gap.TakeWhile(k => MediumAdjectives.Contains(words[k].Text)).Count();
            if (adjectives == 0 || adjectives > 3)
                return false;
            var rest = gap.Skip(adjectives).ToList();
            return rest.Count <= 2 && rest.All(k => OwnedBy.Contains(words[k].Text)) && (rest.Count > 0 || words[group.First].Text.StartsWith('ل'));
        }
        // the group, "group"/"organisation" maybe, its "'s", then up to three adjectives of a medium before it ("weekly", "official");
        // not a capitalised word between: that is the medium's own name, read as a mention of its own
        var s = Enumerable.Range(group.Last + 1, Math.Max(0, Math.Min(2, medium.First - group.Last - 1))).FirstOrDefault(k => words[k].Text == "s", -1);
        if (s < 0 || s > group.Last + 1 && words[group.Last + 1].Text is not ("group" or "organisation" or "organization" or "movement"))
            return false;
        var between = Enumerable.Range(s + 1, Math.Max(0, medium.First - s - 1)).ToList();
        return between.Count is > 0 and <= 3 && between.All(k => MediumAdjectives.Contains(words[k].Text) && !words[k].Capital);
    }
}
