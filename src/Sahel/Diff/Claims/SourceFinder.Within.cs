namespace Sahel.Diff.Claims;

/// <summary>
/// Session 13, round 25: the bare "source" placed inside an institution ("une source au sein de la mission", "a source at the
/// hospital", "مصدر في مستشفى المدينة") is that institution's anonymous voice, as an office holder of it is: it takes the
/// institution's kind. Only institutions a place cannot be confused with (a hospital, a UN mission, an NGO; the army's inside
/// source is an anonymous military one, `security` by the README's table): "une source à Bamako" stays no one's.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>The words that may stand between the bare source and its institution: prepositions of place and articles.</summary>
    private static readonly HashSet<string> WithinWords = new(StringComparer.Ordinal)
    {
        "in", "at", "within", "inside", "from", "the", "a", "au", "sein", "de", "du", "des", "la", "le", "l", "d", "dans", "في", "داخل", "من",
    };

    private static void SourcesWithin(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (bare, institution) = (mentions[k], mentions[k + 1]);
            if (bare is not { Kind: SourceKind.Unattributed, Name: null } || bare.First != bare.Last || words[bare.First].Text is not ("source" or "مصدر" or "مصدرا")
                || institution.Kind is not (SourceKind.Hospital or SourceKind.Un or SourceKind.Ngo or SourceKind.Army)
                // a preposition of place right after the source ("Source: Nigerian Army" is a label naming the army itself)
                || institution.First <= bare.Last + 1 || institution.First - bare.Last > 5
                || words[bare.Last + 1].Text is not ("in" or "at" or "within" or "inside" or "from" or "au" or "dans" or "في" or "داخل" or "من")
                || !Enumerable.Range(bare.Last + 1, institution.First - bare.Last - 1).All(g => WithinWords.Contains(words[g].Text)))
                continue;
            var kind = institution.Kind == SourceKind.Army ? SourceKind.Security : institution.Kind;
            mentions[k] = new Mention(kind, institution.Kind == SourceKind.Army ? null : institution.Name, bare.First, institution.Last, bare.Self);
            mentions.RemoveAt(k + 1);
        }
    }
}
