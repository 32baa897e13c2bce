using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Session 7, who speaks for a group: a group's own outlet is the group's voice. "Amaq reported that fighters of the
/// Islamic State killed 12 soldiers", "selon Az-Zallaqa", "وقالت وكالة أعماق إن…" tell the group's claim, not a media
/// report blaming it.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Outlets that belong to one group (normalised words): Amaq and al-Naba to the Islamic State, az-Zallaqa to JNIM.</summary>
    private static readonly Dictionary<string, string> GroupOutlets = new(StringComparer.Ordinal)
    {
        ["amaq"] = "islamic-state", ["اعماق"] = "islamic-state", ["عماق"] = "islamic-state", ["naba"] = "islamic-state", ["النبا"] = "islamic-state",
        ["zallaqa"] = "jnim", ["zallaqah"] = "jnim", ["zallaka"] = "jnim", ["الزلاقه"] = "jnim", ["زلاقه"] = "jnim",
    };

    /// <summary>The Islamic State's affiliates, whose claims Amaq carries under their own names.</summary>
    private static readonly HashSet<string> IslamicStateFamily = new(StringComparer.Ordinal) { "islamic-state", "issp", "iswap" };

    /// <summary>
    /// Attributions to a group's own outlet, turned into the group's: the group the sentence names of the outlet's family
    /// ("Amaq said ISSP fighters…" is ISSP's), else the outlet's owner.
    /// </summary>
    /// <remarks>Session 10: <see cref="SourceFinder.Find"/> reads them so too, so a figure Amaq gives is the group's (a toll source).</remarks>
    internal static List<SourceFinder.Found> OutletsAsTheirGroups(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions)
    {
        if (!attributions.Exists(a => a.Attribution.Kind == SourceKind.Media))
            return attributions;
        List<SourceFinder.Found>? changed = null;
        for (var k = 0; k < attributions.Count; k++)
        {
            var found = attributions[k];
            if (found.Attribution.Kind != SourceKind.Media || OutletOwner(sentence, found) is not { } owner)
                continue;
            var group = mentions.FirstOrDefault(m => m.Kind == SourceKind.ArmedGroup && m.Name is not null
                && (m.Name == owner || owner == "islamic-state" && IslamicStateFamily.Contains(m.Name)))?.Name ?? owner;
            changed ??= [.. attributions];
            changed[k] = found with { Attribution = found.Attribution with { Kind = SourceKind.ArmedGroup, Name = group } };
        }
        return changed ?? attributions;
    }

    /// <summary>The group whose outlet an attribution names, in its words or the two after it ("وكالة" before "أعماق").</summary>
    private static string? OutletOwner(ClaimSentence sentence, SourceFinder.Found found)
    {
        var words = sentence.Words;
        foreach (var word in TextNormalizer.Tokenize(found.Attribution.Text))
            if (GroupOutlets.TryGetValue(word, out var owner))
                return owner;
        for (var k = found.First; k < words.Count && k <= found.Last + 2; k++)
            if (GroupOutlets.TryGetValue(words[k].Text, out var owner) || words[k].Readings.Any(r => GroupOutlets.ContainsKey(r)) && GroupOutlets.TryGetValue(words[k].Readings.First(GroupOutlets.ContainsKey), out owner))
                return owner;
        return null;
    }
}
