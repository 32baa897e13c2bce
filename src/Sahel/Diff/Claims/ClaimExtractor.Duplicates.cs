namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    /// <summary>
    /// "killed 41 civilians" in the title and "at least 41 civilians were killed" in the text: one figure, told
    /// more exactly in the text. A title figure goes when a text figure of the same kind holds its value and
    /// the two do not name different sources.
    /// </summary>
    private static List<TollClaim> WithoutRepeatedTitleFigures(List<TollClaim> tolls, HashSet<TollClaim> fromTitle)
    {
        var kept = new List<TollClaim>(tolls);
        foreach (var title in tolls.Where(fromTitle.Contains))
        {
            // "Community radio: eleven traders seized" over "according to the transporters' union … seized eleven traders": the
            // outlet's own headline repeats the figure the text gives its source for.
            if (title.Source is { Kind: SourceKind.Media, Name: null } && kept.Exists(t => !fromTitle.Contains(t) && t.Kind == title.Kind && t.Count.Min == title.Count.Min && t.Count.Max == title.Count.Max
                && t.Source?.Kind is not (null or SourceKind.Media or SourceKind.Unattributed)))
            {
                kept.RemoveAt(kept.FindIndex(t => ReferenceEquals(t, title)));
                continue;
            }
            // (session 8: a headline's "men", "people" is the text's "villagers" told generally)
            var text = kept.FirstOrDefault(t => !fromTitle.Contains(t) && t.Kind == title.Kind && t.Count.Qualifier != title.Count.Qualifier
                && (t.Victims == title.Victims || t.Victims is null || title.Victims is null or "people")
                && (title.Count.Min == t.Count.Min || title.Count.Max is { } max && max == t.Count.Max || title.Count.Qualifier == "exact" && t.Count.Min <= title.Count.Min && title.Count.Min <= (t.Count.Max ?? int.MaxValue)
                    // "plusieurs victimes civiles" over "huit civils tués": a headline's vague count the text gives in figures
                    || title.Count.Qualifier is "several" or "dozens" or "hundreds" && t.Count.Qualifier is not ("several" or "dozens" or "hundreds") && title.Count.Min <= t.Count.Min && t.Count.Min <= (title.Count.Max ?? int.MaxValue))
                && ((title.Source?.Kind ?? SourceKind.Unattributed) == SourceKind.Unattributed || (t.Source?.Kind ?? SourceKind.Unattributed) == SourceKind.Unattributed || SameSource(title.Source, t.Source)));
            if (text is null)
            {
                // "Niger says 44 worshippers killed…, blames Islamic State" over "Niger's government said 44 civilians were killed",
                // "Togo says army lost five men" over "…, the government said": one figure, and the headline's takes the source
                // the text gives it, whoever the headline names near it (the labelling rules). Both sources named, they differ.
                if ((title.Source?.Kind ?? SourceKind.Unattributed) != SourceKind.Unattributed && kept.Exists(t => !fromTitle.Contains(t) && t.Kind == title.Kind
                    && (t.Victims == title.Victims || t.Victims is null || title.Victims is null) && Retells(title.Count, t.Count)
                    && (t.Source?.Kind ?? SourceKind.Unattributed) != SourceKind.Unattributed))
                    kept.RemoveAt(kept.FindIndex(t => ReferenceEquals(t, title)));
                continue;
            }
            kept.RemoveAt(kept.FindIndex(t => ReferenceEquals(t, title)));
            if ((text.Source?.Kind ?? SourceKind.Unattributed) == SourceKind.Unattributed && title.Source is not null)
                kept[kept.FindIndex(t => ReferenceEquals(t, text))] = text with { Source = title.Source };
        }
        return kept;
    }

    /// <summary>The text's count tells the headline's: the same bounds, or "100 killed" told as "more than 100".</summary>
    private static bool Retells(NumberRange title, NumberRange text) =>
        title.Min == text.Min && title.Max == text.Max
        || title.Qualifier == "exact" && text.Qualifier is "more-than" or "at-least" && text.Min is { } min && (min == title.Min || min == title.Min + 1);

    // A title and its text usually repeat the figure ("l'armée annonce cinq soldats tués" / "cinq soldats ont été tués"):
    // one claim per kind, victims, count and source, keeping the most specific.
    /// <remarks>A headline figure that took its source from the lead gives way to the text's telling of it, as an unattributed one does.</remarks>
    private static List<TollClaim> Deduplicate(List<TollClaim> tolls, HashSet<TollClaim> sourcedByLead)
    {
        var kept = new List<TollClaim>();
        foreach (var toll in tolls)
        {
            // session 14, round 28: "people" is victims told generally ("deux étrangers" in the title, "deux ressortissants" in the
            // text; "three men … say they were captured" after "holding 3 soldiers"): the same figure as one of named victims
            var same = kept.FindIndex(k => k.Kind == toll.Kind && k.Count.Min == toll.Count.Min && k.Count.Max == toll.Count.Max
                && k.Count.Qualifier == toll.Count.Qualifier && SameSource(k.Source, toll.Source)
                && (k.Victims == toll.Victims || k.Victims is null or "people" || toll.Victims is null or "people"));
            if (same < 0)
            {
                // "at least 20 soldiers killed - sources" in the title, "according to a security source" in the text: one figure, the named source.
                var vaguer = kept.FindIndex(k => k.Kind == toll.Kind && k.Count == toll.Count with { Text = k.Count.Text } && (k.Victims == toll.Victims || k.Victims is null)
                    && (k.Source?.Kind ?? SourceKind.Unattributed) == SourceKind.Unattributed && toll.Source?.Kind is not (null or SourceKind.Unattributed));
                if (vaguer >= 0)
                    kept[vaguer] = toll;
                else if (!kept.Any(k => k.Kind == toll.Kind && k.Count == toll.Count with { Text = k.Count.Text } && (k.Victims == toll.Victims || toll.Victims is null)
                    && toll.Source?.Kind is null or SourceKind.Unattributed))
                    kept.Add(toll);
            }
            else if (kept[same].Victims is null or "people" && toll.Victims is not (null or "people") || sourcedByLead.Contains(kept[same]) && !sourcedByLead.Contains(toll) && (toll.Victims is not (null or "people") || kept[same].Victims is null or "people"))
                kept[same] = toll;
        }
        return kept;
    }

    // "l'armée" in the title and "l'armée burkinabè" in the text, "Islamic State" and "its Sahel Province": one source.
    // Two armed groups stay apart when both are named.
    private static bool SameSource(Attribution? a, Attribution? b) =>
        (a?.Kind ?? SourceKind.Unattributed) == (b?.Kind ?? SourceKind.Unattributed)
        && (a?.Kind != SourceKind.ArmedGroup || a.Name is null || b?.Name is null || a.Name == b.Name);
}
