namespace Sahel.Diff.Claims;

internal sealed partial class SourceFinder
{
    /// <summary>
    /// A state's own toll named by its country and a possessive: "residents dispute Niger's toll of four", "Mali's official
    /// figure", "Chad's death toll". The country speaks here as its government does ("Bamako", "Niamey" already do), and
    /// the phrase attributes on its own, as "the official toll" does. A country named otherwise ("in Niger", "Niger's army")
    /// is left to the other readings.
    /// </summary>
    private static void CountryTolls(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        for (var k = 0; k + 2 < words.Count; k++)
        {
            if (!StateNames.Contains(words[k].Text) || words[k + 1].Text != "s" || mentions.Exists(m => m.First <= k && k <= m.Last))
                continue;
            var noun = k + 2 < words.Count && words[k + 2].Text is "official" or "own" or "death" ? k + 3 : k + 2;
            if (noun < words.Count && StateTollNouns.Contains(words[noun].Text))
                mentions.Add(new Mention(SourceKind.Government, null, k, noun, true));
        }
    }

    /// <summary>Country names of the region, normalised (adjectives are not possessed: "the Malian toll" is rare and vague).</summary>
    private static readonly HashSet<string> StateNames = new(StringComparer.Ordinal)
    {
        "mali", "niger", "burkina", "faso", "chad", "nigeria", "mauritania", "benin", "togo", "algeria", "cameroon", "sudan", "libya",
    };

    private static readonly HashSet<string> StateTollNouns = new(StringComparer.Ordinal) { "toll", "tally", "figure", "figures", "count" };
}
