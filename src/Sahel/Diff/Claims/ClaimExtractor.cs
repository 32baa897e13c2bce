using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// The claims of one story, sentence by sentence: figures (<see cref="TollFinder"/>), whom they are attributed
/// to (<see cref="SourceFinder"/>), claims of responsibility (<see cref="ResponsibilityFinder"/>). A figure takes
/// the attribution nearest to it in its sentence, else the last one before it in the story, else the title's.
/// Pattern-based and language-independent: the vocabularies hold French, English and Arabic side by side, so a
/// mislabelled feed language costs nothing.
/// </summary>
public static partial class ClaimExtractor
{
    /// <summary>Claims of a title and its text (plain text or HTML), using the shipped actors lexicon.</summary>
    public static StoryClaims Extract(string title, string? text, string? lang) => Extract(title, text, lang, Lexicon.Default);

    public static StoryClaims Extract(string title, string? text, string? lang, Lexicon lexicon)
    {
        _ = lang; // the vocabularies are matched in every language: feeds mislabel theirs
        var plain = text is null ? "" : text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal) ? HtmlText.ToPlainText(text) : text;
        var state = new ClaimReadingState(lexicon);
        var blocks = new[] { (Text: title, IsTitle: true), (Text: plain, IsTitle: false) };
        foreach (var (block, isTitle) in blocks)
        {
            state.LastAttribution = null;
            // "اقرأ أيضا: بوركينا فاسو.. مقتل ١٥ متطوعا", "Read more: Mali. 12 killed": a related headline is one line, whatever
            // sentences its punctuation cuts it into.
            var relatedLine = false;
            var searched = 0; // how far the block has been read: where to look for the next sentence's "?"
            foreach (var (sentence, opensLine) in SentencesByLine(block))
            {
                var asks = ClaimContext.Asks(block, ref searched, sentence);
                relatedLine = !opensLine && relatedLine || ClaimContext.IsRelatedLink(sentence);
                if (!isTitle)
                    state.SentenceNo++;
                if (!isTitle && opensLine)
                {
                    state.LineStart = state.SentenceNo;
                    state.Waiting.Clear();
                }
                var here = ReadSentence(state, sentence, isTitle, relatedLine, asks);
                AttributeTolls(state, here);
                NameEarlierFigures(state, here);
                NoteTheLead(state, here);
                state.Attributions.AddRange(here.Found.Select(a => a.Attribution));
                CollectResponsibility(state, here);
                CarryToNextSentence(state, here);
            }
        }
        // "The NGO holds the Malian air force responsible": where the story blames a force in words of its own, that blame says who.
        if (state.OperationBlames.Count > 0 && state.Claims.Exists(c => c.Polarity == ResponsibilityPolarity.Blamed && !state.OperationBlames.Contains(c) && lexicon.FindActor(c.Actor ?? "")?.Kind is "state" or "foreign"))
            state.Claims.RemoveAll(state.OperationBlames.Contains);
        ResolveUnnamedDenials(state.Claims, lexicon);
        var sourcedByLead = new HashSet<TollClaim>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < state.Tolls.Count; k++)
            if (state.Origins[k].Title && !state.Origins[k].Own && state.LeadAttribution is not null)
                sourcedByLead.Add(state.Tolls[k] = state.Tolls[k] with { Source = state.LeadAttribution });
        // "Islamic State claims…" in the title, "Islamic State in the Sahel claimed…" in the text: one group, its affiliate.
        var affiliates = Affiliates(state.GroupsNamed, lexicon);
        if (affiliates.Count > 0)
        {
            string? Named(string? id) => id is not null && affiliates.TryGetValue(id, out var affiliate) ? affiliate : id;
            Attribution? Renamed(Attribution? a) => a is { Kind: SourceKind.ArmedGroup } && Named(a.Name) != a.Name ? a with { Name = Named(a.Name) } : a;
            for (var k = 0; k < state.Tolls.Count; k++)
            {
                var renamed = state.Tolls[k] with { Source = Renamed(state.Tolls[k].Source) };
                if (sourcedByLead.Remove(state.Tolls[k]))
                    sourcedByLead.Add(renamed);
                state.Tolls[k] = renamed;
            }
            for (var k = 0; k < state.Claims.Count; k++)
                state.Claims[k] = state.Claims[k] with { Actor = Named(state.Claims[k].Actor), Attackers = Named(state.Claims[k].Attackers), By = Renamed(state.Claims[k].By) };
            for (var k = 0; k < state.Attributions.Count; k++)
                state.Attributions[k] = Renamed(state.Attributions[k])!;
        }
        // "Amaq, Islamic State's agency, said the fighters of its Sahel Province killed…": a group's account of its own affiliate's
        // deed, once both are one name, is its claim, not a blame.
        for (var k = 0; k < state.Claims.Count; k++)
            if (state.Claims[k] is { Polarity: ResponsibilityPolarity.Blamed, By: { Kind: SourceKind.ArmedGroup, Name: { } by }, Actor: { } blamed } && by == blamed)
                state.Claims[k] = state.Claims[k] with { Polarity = ResponsibilityPolarity.Claimed, By = null };
        var responsibility = state.Claims.DistinctBy(c => (c.Actor, c.Polarity, c.By?.Kind, c.By?.Name, c.Target, c.Outcome)).ToList();
        // "Chad blames Islamic State" in the title, "…the government spokesman said, blaming ISWAP" in the text: one blame, by whom the text says.
        responsibility.RemoveAll(c => c.By is null && c.Polarity == ResponsibilityPolarity.Blamed
            && responsibility.Any(o => o != c && o.By is not null && o.Actor == c.Actor && o.Polarity == c.Polarity));
        return new StoryClaims
        {
            Tolls = WithoutRepeatedTitleFigures(Deduplicate(state.Tolls, sourcedByLead), new HashSet<TollClaim>(state.Tolls.Where((_, k) => state.Origins[k].Title), ReferenceEqualityComparer.Instance)),
            Attributions = DistinctAttributions(state.Attributions),
            Responsibility = responsibility,
        };
    }

    /// <summary>
    /// A denial that names no actor ("Bamako a démenti toute implication de ses forces", "رفضت الحكومة … الاتهامات", "a
    /// charge the group flatly rejected") answers the accusation the story last reported: it clears the actor blamed
    /// last, a state force first when a government or an army denies. With no accusation before it, it says nothing.
    /// </summary>
    private static void ResolveUnnamedDenials(List<ResponsibilityClaim> claims, Lexicon lexicon)
    {
        var blamed = new List<ResponsibilityClaim>();
        for (var k = 0; k < claims.Count; k++)
        {
            var claim = claims[k];
            if (claim.Polarity == ResponsibilityPolarity.Blamed && claim.Actor is not null)
            {
                if (blamed.Count > 0 && blamed[^1].Text != claim.Text)
                    blamed.Clear();
                blamed.Add(claim);
                continue;
            }
            if (claim is not { Polarity: ResponsibilityPolarity.Denied, Actor: null })
                continue;
            var forState = claim.By?.Kind is SourceKind.Government or SourceKind.Army;
            // "un porte-parole du groupe a contesté": a spokesman of the group speaks for the group, whatever kind his title reads as.
            var ofTheState = forState && !ResponsibilityFinder.SpeaksForAGroup(claim.By!, claim.Text);
            // "denied … after residents accused the army": an accusation told in the same sentence comes first.
            var answered = claims.Skip(k + 1).Where(c => c.Text == claim.Text && c is { Polarity: ResponsibilityPolarity.Blamed, Actor: not null }).ToList() is { Count: > 0 } same ? same : blamed;
            // Session 9, round 16: a government or an army denies for its own side, never for the jihadists the story accused
            // beside it ("Le ministère de la Défense a rejeté le rapport", which blamed the army and the EIGS): with no state
            // force among the last blames, the state force the story accused before them.
            var cleared = (forState ? answered.FirstOrDefault(b => lexicon.FindActor(b.Actor!)?.Kind == "state")
                    ?? (ofTheState ? claims.Take(k).LastOrDefault(b => b is { Polarity: ResponsibilityPolarity.Blamed, Actor: { } accused } && lexicon.FindActor(accused)?.Kind == "state") : null) : null)
                ?? (claim.OnlyForTheAccusedForce || ofTheState && answered.TrueForAll(b => lexicon.FindActor(b.Actor!)?.Kind == "jihadist") ? null : answered.FirstOrDefault());
            // Session 8: "Mali's army said … that no civilian had been harmed. A youth association blamed the army": the force
            // that says so, accused only after, still answers the accusation.
            if (cleared is null && claim.OnlyForTheAccusedForce && forState)
                cleared = claims.Skip(k + 1).FirstOrDefault(b => b is { Polarity: ResponsibilityPolarity.Blamed, Actor: { } accused } && lexicon.FindActor(accused)?.Kind == "state"
                    && (claim.By?.Name is not { } force || force == accused));
            // "The army said its drones had killed 25 terrorists, and denied reports that a market had been hit": a force denying a
            // clause in the sentence that claims its own strike answers what was said of that strike.
            if (cleared is null && claim.OnlyForTheAccusedForce && forState)
                cleared = claims.FirstOrDefault(c => c.Text == claim.Text && c is { Polarity: ResponsibilityPolarity.Claimed, Actor: { } own } && lexicon.FindActor(own)?.Kind == "state");
            // "…and that no civilian had been harmed" after the force's own "denied that…": one denial, said twice.
            if (cleared is null || claim.OnlyForTheAccusedForce && claims.Take(k).Any(c => c.Polarity == ResponsibilityPolarity.Denied && c.Actor == cleared.Actor))
                claims.RemoveAt(k--);
            // Session 10, round 18: "Families accuse the Africa Corps … Bamako denied any involvement of its forces": a government
            // denies for its own army, not for a foreign force the story accused beside it.
            else if (ofTheState && claim.By?.Kind == SourceKind.Government && lexicon.FindActor(cleared.Actor!)?.Kind == "foreign"
                && ResponsibilityFinder.ArmyOfTheGovernment(claim.By.Text, claim.Text) is { } own)
                claims[k] = claim with { Actor = own, OnlyForTheAccusedForce = false };
            else
                claims[k] = claim with { Actor = cleared.Actor, OnlyForTheAccusedForce = false };
        }
    }

    /// <summary>Each source once, by kind, name and words (folded), first mention kept; folds only when kind and name agree.</summary>
    private static List<Attribution> DistinctAttributions(List<Attribution> attributions)
    {
        var kept = new List<Attribution>();
        var folded = new List<string?>();
        foreach (var attribution in attributions)
        {
            string? fold = null;
            var seen = false;
            for (var k = 0; k < kept.Count && !seen; k++)
            {
                if (kept[k].Kind != attribution.Kind || kept[k].Name != attribution.Name)
                    continue;
                fold ??= TextFold.Fold(attribution.Text);
                seen = (folded[k] ??= TextFold.Fold(kept[k].Text)) == fold;
            }
            if (seen)
                continue;
            kept.Add(attribution);
            folded.Add(fold);
        }
        return kept;
    }

    /// <summary>The sentences of a block, each with whether it opens its line.</summary>
    private static IEnumerable<(ClaimSentence Sentence, bool OpensLine)> SentencesByLine(string block)
    {
        foreach (var line in block.Split('\n'))
        {
            var opens = true;
            foreach (var sentence in ClaimSentence.Split(line))
            {
                yield return (sentence, opens);
                opens = false;
            }
        }
    }

    /// <summary>A mention of someone who can speak for a figure: a named kind of source, not an outlet or no one.</summary>
    private static bool IsSpeaker(SourceFinder.Mention mention) => mention.Kind is not (SourceKind.Unattributed or SourceKind.Media);

    private static Attribution? NamedOrNull(Attribution? attribution) => attribution is { Kind: not SourceKind.Unattributed } ? attribution : null;

    /// <summary>
    /// A top-level group (Islamic State, al-Qaeda) and the one affiliate of it a story also names: in that story, what
    /// the parent said or did is the affiliate's (Sahel reports say "Islamic State" for its Sahel Province).
    /// </summary>
    private static Dictionary<string, string> Affiliates(HashSet<string> named, Lexicon lexicon)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in named)
        {
            if (lexicon.FindActor(id) is not { Parent: null } parent)
                continue;
            var descendants = named.Where(other => other != id && DescendsFrom(other, id, lexicon)).ToList();
            if (descendants.Count == 1)
                map[id] = descendants[0];
        }
        return map;
    }

    private static bool DescendsFrom(string id, string ancestor, Lexicon lexicon)
    {
        for (var (actor, depth) = (lexicon.FindActor(id), 0); actor?.Parent is { } parent && depth < 8; actor = lexicon.FindActor(parent), depth++)
            if (parent == ancestor)
                return true;
        return false;
    }

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
            var same = kept.FindIndex(k => k.Kind == toll.Kind && k.Count.Min == toll.Count.Min && k.Count.Max == toll.Count.Max
                && k.Count.Qualifier == toll.Count.Qualifier && SameSource(k.Source, toll.Source)
                && (k.Victims == toll.Victims || k.Victims is null || toll.Victims is null));
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
            else if (kept[same].Victims is null && toll.Victims is not null || sourcedByLead.Contains(kept[same]) && !sourcedByLead.Contains(toll) && (toll.Victims is not null || kept[same].Victims is null))
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
