namespace Sahel.Diff.Claims;

/// <summary>
/// Session 13, round 25: the denial of a charge that names whom it accuses ("rejected the accusations against the army and
/// the VDP", "a rejeté les accusations selon lesquelles des VDP auraient tué", "نفت الاتهامات الموجهة لقوات الجيش", "نفت
/// الاتهامات التي وجهتها الجبهة للجيش"). The one who denies is often a ministry or a government speaking for its forces, so the
/// actor of the denial is the accused named in the charge's complement, each of them when joined; the charge's maker, named
/// after "made by", "portées par", "التي وجهتها", blames them. Two writers of three (dev13, dev14) label so, and dev12's.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Words that open whom a charge accuses: "against", "contre", "selon lesquelles", "that", "ضد", "الموجهة إلى".</summary>
    private static readonly HashSet<string> ChargeAgainst = new(StringComparer.Ordinal)
    {
        "against", "that", "contre", "envers", "lesquelles", "lesquels", "laquelle", "lequel", "que", "qu", "ضد", "الموجهه", "الموجه", "الى", "الي",
    };

    /// <summary>The force's bodies a charge may name before the force itself: "forces", "القوات".</summary>
    private static readonly HashSet<string> ChargedForces = new(StringComparer.Ordinal) { "forces", "units", "unites", "قوات", "القوات", "وحدات" };

    /// <summary>The words of a chain before the charge's maker that say it is its maker, not any complement ("des", "من").</summary>
    private static readonly HashSet<string> ChargeMakerVerbs = new(StringComparer.Ordinal)
    {
        "by", "made", "levelled", "leveled", "par", "portees", "formulees", "lancees", "وجهتها", "وجهها", "وجهوها", "قبل",
    };

    /// <summary>
    /// The charge a denial at <paramref name="last"/> answers, within a dozen words after it: the actors it accuses (those joined
    /// to the first one named in its complement) and its maker, when named after a maker's verb. Empty when no charge is named
    /// or it names no one accused.
    /// </summary>
    private static (List<SourceFinder.Mention> Accused, SourceFinder.Mention? Maker) ChargeOf(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> mentions, List<SourceFinder.Mention> actors, int last)
    {
        var end = Math.Min(words.Count, last + 16);
        for (var k = last + 1; k < end; k++)
        {
            if (!AccusationNouns.Contains(words[k].Text) && !words[k].Readings.Any(AccusationNouns.Contains))
                continue;
            // "the accusations made by the FLA against the army", "الاتهامات التي وجهتها الجبهة للجيش": past the maker
            var from = k + 1;
            var j = from;
            while (j < words.Count && j - k <= 4 && AccusationMakers.Contains(words[j].Text))
                j++;
            SourceFinder.Mention? maker = null;
            if (Enumerable.Range(from, j - from).Any(p => ChargeMakerVerbs.Contains(words[p].Text)) && mentions.FirstOrDefault(m => m.First == j || m.First == j + 1 && CleftArticles.Contains(words[j].Text)) is { } made)
                (maker, from) = (made, made.Last + 1);
            var accused = actors.Where(m => m.First >= from && m.First - k <= 10 && m != maker).OrderBy(m => m.First)
                .FirstOrDefault(m => Enumerable.Range(k + 1, m.First - k - 1).Any(p => ChargeAgainst.Contains(words[p].Text) && m.First - p <= 3
                        // right after the word that opens it, not past another complement ("abuse against civilians by the army")
                        && Enumerable.Range(p + 1, m.First - p - 1).All(q => CleftArticles.Contains(words[q].Text) || words[q].Text is "of" or "that" or "selon"
                            // the force's men: "against Malian troops", "لقوات الجيش"
                            || words[q].Readings.Any(r => ForceMen.Contains(r) || ChargedForces.Contains(r))))
                    // the Arabic preposition on the accused itself: "للجيش", "لقوات الجيش"
                    || words[m.First].Text.StartsWith('ل') && words[m.First].Readings.Any(r => r != words[m.First].Text));
            return accused is null ? ([], null) : (Coordinated(words, actors, accused), maker);
        }
        return ([], null);
    }
}
