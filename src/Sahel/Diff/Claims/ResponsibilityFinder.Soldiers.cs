namespace Sahel.Diff.Claims;

/// <summary>
/// Session 12, round 24: soldiers named bare as the doers of killings someone else tells ("Prosecutors said four soldiers
/// executed ten detainees", "une ONG affirme que vingt villageois ont été exécutés par des soldats", "قالت منظمة إن جنودا
/// أعدموا ١٢ مدنيا") are the men of the army the story is about, as a bare "the army" is (<see cref="ArmyReferences"/>): that
/// army is blamed. Read only for a blame by result, only when the story has an army, never for the soldiers counted among
/// the dead ("four soldiers were killed"), nor soldiers whose own force is named beside them.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>The bare plural nouns of soldiers (normalised).</summary>
    private static readonly HashSet<string> BareSoldiers = new(StringComparer.Ordinal)
    {
        "soldiers", "troops", "soldats", "militaires", "troupes", "جنود", "جنودا", "عسكريون", "عسكريين",
    };

    /// <summary>
    /// <paramref name="actors"/> with each bare noun of soldiers outside every toll and every name read as the story's army
    /// (<paramref name="storyArmy"/>); the list itself when there is none.
    /// </summary>
    private static List<SourceFinder.Mention> WithBareSoldiers(ClaimSentence sentence, List<TollFinder.Found> tolls, List<SourceFinder.Mention> actors, string? storyArmy)
    {
        if (storyArmy is null || actors.Exists(m => m.Kind == SourceKind.Army && m.Name is not null))
            return actors;
        var words = sentence.Words;
        List<SourceFinder.Mention>? added = null;
        for (var k = 0; k < words.Count; k++)
        {
            if (!BareSoldiers.Contains(words[k].Text) || actors.Exists(m => m.First <= k && k <= m.Last) || tolls.Exists(t => t.First <= k && k <= t.Last)
                // "soldiers of the Malian army", "des soldats de l'opération": their own force follows
                || k + 1 < words.Count && Complements.Contains(words[k + 1].Text))
                continue;
            (added ??= [.. actors]).Add(new SourceFinder.Mention(SourceKind.Army, storyArmy, k, k, false));
        }
        if (added is null)
            return actors;
        added.Sort((a, b) => a.First.CompareTo(b.First));
        return added;
    }
}
