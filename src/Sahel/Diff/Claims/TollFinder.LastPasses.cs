namespace Sahel.Diff.Claims;

/// <summary>The last passes over the figures found: vague counts that repeat a figure or decline to give one dropped, the rest ordered and their victims filled in.</summary>
internal static partial class TollFinder
{
    // "put the toll at more than forty, saying many bodies had been buried", "documented 60 deaths, many of them at markets",
    // "عدد القتلى يتجاوز الستين، مشيرا إلى أن بعض الجثث": a vague count after a figure of the same kind in the same sentence is a part
    // of it or the same dead told again, not a toll of its own ("and several others", "وعدد آخر" still add to it).
    private static void DropRepeatedVague(IReadOnlyList<ClaimWord> words, List<Found> found)
    {
        found.RemoveAll(f => f.Count.Qualifier == "several" && !(f.Last + 1 < words.Count && OtherWords.Contains(words[f.Last + 1].Text)) && !Added(words, f.First)
            && !Enumerable.Range(f.First, f.Last - f.First + 1).Any(k => OtherWords.Contains(words[k].Text) || words[k].Readings.Any(OtherWords.Contains))
            && found.Exists(g => g.Last < f.First && g.Kind == f.Kind && g.Count.Qualifier != "several" && (g.Victims == f.Victims || g.Victims is null || f.Victims is null)
                // round 28: the attackers' dead after a figure not of attackers are the other side's ("سبعة قتلى في صفوفنا وتحييد عدد من
                // المهاجمين", "we lost seven men and neutralised several assailants"), not the same dead told again
                && !(f.Victims == "attackers" && g.Victims != "attackers")));
    }

    // session 8: "quelques pertes en vies humaines sans donner de chiffre", "some casualties, without giving figures", "دون تحديد
    // عددهم": a vague count the speaker declines to put a figure on is no toll.
    private static void DropVagueWithoutFigure(IReadOnlyList<ClaimWord> words, List<Found> found)
    {
        if (found.Exists(f => f.Count.Qualifier == "several") && Enumerable.Range(0, words.Count).Any(k => PhraseMatch.At(words, k, NoFigure) is not null))
            found.RemoveAll(f => f.Count.Qualifier == "several");
    }

    // The figures in the order of the sentence, each one's victims filled in from the words around it when none were read.
    private static List<Found> OrderedWithVictims(IReadOnlyList<ClaimWord> words, List<Found> found)
    {
        var ordered = StableSort.ByFirst(found, f => f.First);
        for (var k = 0; k < ordered.Count; k++)
        {
            if (ordered[k].Victims is null && Elliptical(words, ordered.Take(k), ordered[k].First, Math.Min(words.Count - 1, ordered[k].Last + 2), ordered[k].Kind) is { } victims)
                ordered[k] = ordered[k] with { Victims = victims };
        }
        // round 24: "11 morts et 7 blessés dans nos rangs", "أربعة شهداء وخمسة جرحى في صفوف القوات": who both were, said once after the last
        for (var k = ordered.Count - 2; k >= 0; k--)
            if (ordered[k].Victims is null && SharedAfter(words, ordered[k], ordered[k + 1]) is { } shared)
                ordered[k] = ordered[k] with { Victims = shared };
        return ordered;
    }
}
