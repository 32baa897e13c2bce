using Sahel.Normalize;

namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    /// <summary>
    /// The story's claims once every sentence is read: the blames read from a force's own operation give way to the story's
    /// words, unnamed denials answer the accusation before them, the headline's figures take the lead's source, a parent
    /// group and its one affiliate are one name, and each claim, figure and source is kept once.
    /// </summary>
    private static StoryClaims Finish(ClaimReadingState state)
    {
        DropOperationBlamesTheStoryWords(state);
        if (CiviliansHarmedInTheStory(state)) ResponsibilityFinder.ResolveRestrictionAnswers(state.Claims, id => state.Lexicon.FindActor(id)?.Kind, state.StoryArmy); // session 19, round 43
        ResolveUnnamedDenials(state.Claims, state.Lexicon, CiviliansHarmedInTheStory(state));
        // Session 16, round 35: the headline's army for the one branch of it the text says did it (ResponsibilityFinder.Branches.cs).
        ResponsibilityFinder.HeadlineForceForItsBranch(state.Claims, state.TitleClaims, state.Lexicon);
        var sourcedByLead = SourceHeadlineFiguresByTheLead(state);
        OneNameForAffiliates(state, sourcedByLead);
        // Session 12, round 24: an army is not blamed by itself ("Eleven other suspects were arrested, the army said" after its
        // claim, "وحمّل الجيش الجماعات الإرهابية المسؤولية"): its own account of its operation is its claim, read elsewhere.
        state.Claims.RemoveAll(c => c is { Polarity: ResponsibilityPolarity.Blamed, By.Kind: SourceKind.Army, Actor: { } blamed }
            && (c.By.Name ?? state.StoryArmy) == blamed);
        var responsibility = DistinctResponsibility(state.Claims);
        return new StoryClaims
        {
            // round 34: a figure restated bare after its bound by the same kind of source is one figure (ClaimExtractor.RestatedBounds.cs)
            Tolls = WithoutRestatedBounds(WithoutRepeatedTitleFigures(Deduplicate(state.Tolls, sourcedByLead), new HashSet<TollClaim>(state.Tolls.Where((_, k) => state.Origins[k].Title), ReferenceEqualityComparer.Instance))),
            Attributions = DistinctAttributions(state.Attributions),
            Responsibility = responsibility,
        };
    }

    /// <summary>
    /// "The NGO holds the Malian air force responsible": where the story blames a force in words of its own, that blame says
    /// who, not the blames read from "the strike" pointing back at a force's own claimed operation.
    /// </summary>
    private static void DropOperationBlamesTheStoryWords(ClaimReadingState state)
    {
        var lexicon = state.Lexicon;
        if (state.OperationBlames.Count == 0)
            return;
        var worded = state.Claims.Where(c => c.Polarity == ResponsibilityPolarity.Blamed && !state.OperationBlames.Contains(c) && lexicon.FindActor(c.Actor ?? "")?.Kind is "state" or "foreign").ToList();
        // Session 15, round 31: a force the story's words blame too keeps the blame of its operation's other accusers ("Residents said
        // an army strike killed 16 villagers. … Amnesty said the strike killed at least 20"): a second blamer, not another doer.
        if (worded.Count > 0)
            state.Claims.RemoveAll(c => state.OperationBlames.Contains(c) && !worded.Exists(w => w.Actor == c.Actor));
    }

    /// <summary>The title's figures that no source of their own attributed take the lead's source; those that did are returned.</summary>
    private static HashSet<TollClaim> SourceHeadlineFiguresByTheLead(ClaimReadingState state)
    {
        var sourcedByLead = new HashSet<TollClaim>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < state.Tolls.Count; k++)
            if (state.Origins[k].Title && !state.Origins[k].Own && state.LeadAttribution is not null)
                sourcedByLead.Add(state.Tolls[k] = state.Tolls[k] with { Source = state.LeadAttribution });
        return sourcedByLead;
    }

    /// <summary>
    /// "Islamic State claims…" in the title, "Islamic State in the Sahel claimed…" in the text: one group, its affiliate,
    /// in the tolls' sources (<paramref name="sourcedByLead"/> follows), the claims and the attributions.
    /// </summary>
    private static void OneNameForAffiliates(ClaimReadingState state, HashSet<TollClaim> sourcedByLead)
    {
        var lexicon = state.Lexicon;
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
    }

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

    /// <summary>Each claim once by actor, polarity, claimant, target and outcome.</summary>
    private static List<ResponsibilityClaim> DistinctResponsibility(List<ResponsibilityClaim> claims)
    {
        var responsibility = claims.DistinctBy(c => (c.Actor, c.Polarity, c.By?.Kind, c.By?.Name, c.Target, c.Outcome)).ToList();
        // "Chad blames Islamic State" in the title, "…the government spokesman said, blaming ISWAP" in the text: one blame, by whom the text says.
        // Denials alike: "L'armée dément" in the title and "le ministère de la Défense a démenti …" in the text are one denial.
        responsibility.RemoveAll(c => c.By is null && c.Polarity is ResponsibilityPolarity.Blamed or ResponsibilityPolarity.Denied
            && responsibility.Any(o => o != c && o.By is not null && o.Actor == c.Actor && o.Polarity == c.Polarity));
        return responsibility;
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
}
