namespace Sahel.Diff.Claims;

/// <summary>
/// Session 17, round 36: bare soldiers joined to a self-defence militia as the doers an accuser names ("tués par des VDP et des
/// militaires", "killed by VDP militias and soldiers", "قتلوا على أيدي متطوعي الدفاع عن الوطن وجنود"). The militia is named and
/// its name does not name the soldiers' force (a militia is no army), so the soldiers are the story's army, as when they stand
/// alone (<see cref="WithBareSoldiers"/>); and the militia's head noun after its name ("VDP militias") does not break the pair.
/// Three writers label both the militia and the army so (dev12, dev19, dev21). A national or foreign force named in the
/// sentence names the soldiers itself: nothing is added then.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>The head nouns of a militia's men after its name: "VDP militias", "the CJTF militiamen", "les VDP miliciens".</summary>
    private static readonly HashSet<string> MilitiaHeads = new(StringComparer.Ordinal)
    {
        "militia", "militias", "militiamen", "militiaman", "milice", "milices", "miliciens", "milicien", "ميليشيات", "ميليشيا",
    };

    /// <summary>The words that join the soldiers to the militia: "and", "et des", "and the", "و".</summary>
    private static readonly HashSet<string> SoldierPairJoiners = new(StringComparer.Ordinal) { "and", "et", "the", "des", "les", "de", "و" };

    /// <summary>
    /// Whether the sentence names a force of its own for its bare soldiers: a named army mention that is not a self-defence
    /// militia (<see cref="ArmyReferences.SelfDefenceMilitias"/>).
    /// </summary>
    private static bool NamesTheSoldiersForce(List<SourceFinder.Mention> actors) =>
        actors.Exists(m => m.Kind == SourceKind.Army && m.Name is { } name && !ArmyReferences.SelfDefenceMilitias.Contains(name));

    /// <summary>
    /// <paramref name="actors"/> with each self-defence militia's mention stretched over its head noun after the name, and the
    /// bare soldiers joined right after it ("and soldiers", "et des militaires", "وجنود") read as the story's army; the list itself
    /// when the sentence has no such pair, names a force for the soldiers, or the soldiers are counted in a toll.
    /// </summary>
    private static List<SourceFinder.Mention> WithSoldiersBesideAMilitia(ClaimSentence sentence, List<TollFinder.Found> tolls, List<SourceFinder.Mention> actors, string? storyArmy)
    {
        if (storyArmy is null || !actors.Exists(m => m.Name is { } n && ArmyReferences.SelfDefenceMilitias.Contains(n)) || NamesTheSoldiersForce(actors))
            return actors;
        var words = sentence.Words;
        List<SourceFinder.Mention>? result = null;
        foreach (var militia in actors.Where(m => m.Name is { } n && ArmyReferences.SelfDefenceMilitias.Contains(n)).ToList())
        {
            var last = militia.Last + 1 < words.Count && MilitiaHeads.Contains(words[militia.Last + 1].Text) ? militia.Last + 1 : militia.Last;
            for (var j = last + 1; j < words.Count && j - last <= 3; j++)
            {
                var word = words[j].Text;
                var joined = Enumerable.Range(last + 1, j - last - 1).Any(k => words[k].Text is "and" or "et" or "و")
                    && Enumerable.Range(last + 1, j - last - 1).All(k => SoldierPairJoiners.Contains(words[k].Text));
                var arabic = j == last + 1 && word.Length > 1 && word[0] == 'و' && BareSoldiers.Contains(word[1..]);
                if (!(joined && BareSoldiers.Contains(word) || arabic))
                {
                    if (!SoldierPairJoiners.Contains(word))
                        break;
                    continue;
                }
                if (tolls.Exists(t => t.First <= j && j <= t.Last) || j + 1 < words.Count && Complements.Contains(words[j + 1].Text)
                    || actors.Exists(m => m != militia && m.First <= j && j <= m.Last && m.Name is not null && m.Name != storyArmy))
                    break;
                result ??= [.. actors];
                result.Remove(militia);
                result.Add(militia with { Last = last });
                if (!actors.Exists(m => m.First <= j && j <= m.Last))
                    result.Add(new SourceFinder.Mention(SourceKind.Army, storyArmy, j, j, false));
                break;
            }
        }
        if (result is null)
            return actors;
        result.Sort((a, b) => a.First.CompareTo(b.First));
        return result;
    }
}
