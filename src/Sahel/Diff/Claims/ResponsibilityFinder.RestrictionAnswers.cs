using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Session 19, round 43: a force's answer by restriction ("sa frappe a visé uniquement des terroristes", "l'opération visait
/// exclusivement des terroristes", "غارة الجيش استهدفت عناصر إرهابية فقط", "its strike targeted only militants"). The rules
/// call it the force's denial when it answers an account of harm. The older reading kept it only for a force the story
/// accused with a verb of blame, or claimed before; an account of civilians killed told with no verb of blame ("Des habitants
/// parlent de 7 civils tués") left it unresolved and it was dropped. The restriction is itself the answer to such an
/// account (nobody says "only terrorists" unprompted), so where the story reads a toll of civilians and no armed group is
/// claimed or blamed in it, it is the speaking force's denial.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>French and English restrictions placed after the verb: "a visé uniquement", "visait exclusivement", "struck solely".</summary>
    private static readonly HashSet<string> PostVerbRestrictions = new(StringComparer.Ordinal)
    {
        "uniquement", "exclusivement", "seulement", "solely", "exclusively",
    };

    /// <summary>A restriction right after the targeting verb, past one word at most ("a visé « uniquement des terroristes »").</summary>
    private static bool RestrictedAfterTheVerb(IReadOnlyList<ClaimWord> words, int k)
    {
        for (var j = k + 1; j < Math.Min(words.Count, k + 3); j++)
            if (PostVerbRestrictions.Contains(words[j].Text))
                return true;
        return k > 0 && words[k - 1].Text is "solely" or "exclusively";
    }

    /// <summary>
    /// Gives each restriction answer still without an actor the force that speaks (<see cref="RestrictionAnswerForce"/>), before
    /// the unnamed denials are resolved against the story's accusations; only where the story reads a toll of civilians (the
    /// caller's test) and no state force is accused or claimed in it (then the older resolution answers, as before).
    /// </summary>
    internal static void ResolveRestrictionAnswers(List<ResponsibilityClaim> claims, Func<string, string?> kindOf, string? storyArmy)
    {
        if (claims.Exists(c => c.Polarity is ResponsibilityPolarity.Claimed or ResponsibilityPolarity.Blamed && c.Actor is { } a && kindOf(a) is "state" or "regional"))
            return;
        for (var k = 0; k < claims.Count; k++)
            if (claims[k] is { Polarity: ResponsibilityPolarity.Denied, Actor: null, OnlyForTheAccusedForce: true } denial
                && RestrictionAnswerForce(claims, k, kindOf, storyArmy) is { } force)
                claims[k] = denial with { Actor = force, OnlyForTheAccusedForce = false };
    }

    /// <summary>
    /// The force whose restriction answer the denial at <paramref name="k"/> is: the state or regional army that speaks, else
    /// the army its words name beside the speaker ("le gouvernement malien"), else the story's army ("une source militaire").
    /// Null when the denial is no restriction answer, when an armed group is claimed or blamed in the story (the civilians may
    /// be its victims, and the force's words answer another deed), or when the speaker speaks for a group.
    /// </summary>
    private static string? RestrictionAnswerForce(List<ResponsibilityClaim> claims, int k, Func<string, string?> kindOf, string? storyArmy)
    {
        var denial = claims[k];
        if (denial.By is not { Kind: SourceKind.Army or SourceKind.Government } by || SpeaksForAGroup(by, denial.Text))
            return null;
        if (claims.Exists(c => c.Polarity is ResponsibilityPolarity.Claimed or ResponsibilityPolarity.Blamed && c.Actor is { } a && kindOf(a) is not ("state" or "regional" or "foreign")))
            return null;
        var words = TextNormalizer.Normalize(denial.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new ClaimWord(w, 0, 0)).ToList();
        if (!Enumerable.Range(0, words.Count).Any(j => OnlyLegitimateTargets(words, j) || OnlyLegitimateTargetsStruck(words, j)))
            return null;
        if (by.Name is { } own && kindOf(own) is not ("state" or "regional"))
            return null;
        // an army speaks for itself; a government (its name is the government's, not the army's) for its army
        if (by is { Kind: SourceKind.Army, Name: { } army })
            return army;
        return (by.Text is { } speaker ? ArmyOfTheGovernment(speaker, denial.Text) : null) ?? storyArmy;
    }
}
