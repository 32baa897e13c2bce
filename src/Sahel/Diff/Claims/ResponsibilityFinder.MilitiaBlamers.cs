namespace Sahel.Diff.Claims;

/// <summary>
/// Session 14, round 27: a vigilante militia that blames (a CJTF leader, a Dozo chief, a VDP commander telling a reporter who
/// attacked) speaks as locals do: the labelling rules put "militias speaking as locals" under `local`, and its figures are read
/// so already (ClaimExtractor.AsLocals). Its own statement or communiqué ("in a statement", "في بيان") speaks for the militia.
/// Not Mali's armed movements (MSA, GATIA, the Plateforme): they speak as armed groups, and three writers label the MSA's
/// blames `armed-group`. Nor a militia blaming a state's force, as a party to the fight telling of its own men's deaths ("the
/// Dozo association said nine of its members were killed by soldiers": round 22's rule, a group's account of its losses).
/// </summary>
internal static partial class ResponsibilityFinder
{
    private static IEnumerable<ResponsibilityClaim> MilitiaBlamersAsLocals(ClaimSentence sentence, List<SourceFinder.Mention> mentions, IEnumerable<ResponsibilityClaim> found)
    {
        var statement = sentence.Words.Any(w => PhraseMatch.Is(w, SourceVocabulary.Statements));
        foreach (var claim in found)
            yield return !statement && claim is { Polarity: ResponsibilityPolarity.Blamed, By: { Kind: SourceKind.ArmedGroup, Name: { } militia } by }
                && ArmyReferences.VigilanteMilitias.Contains(militia) && !mentions.Exists(m => m.Name == claim.Actor && m.Kind == SourceKind.Army)
                ? claim with { By = by with { Kind = SourceKind.Local } }
                : claim;
    }
}
