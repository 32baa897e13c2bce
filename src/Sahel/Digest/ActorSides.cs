using Sahel.Model;

namespace Sahel.Digest;

/// <summary>
/// Which side of a clash an actor is on, as glosses and ACLED's actor columns need it: state forces, foreign and
/// regional forces, missions, and militias the lexicon affiliates with a state (VDP, CJTF) on one side; armed
/// groups (jihadist, separatist, unaffiliated militias) on the other.
/// </summary>
public static class ActorSides
{
    private static readonly HashSet<string> GroupAffiliations = new(StringComparer.OrdinalIgnoreCase) { "none", "al-Qaeda", "Islamic State" };

    public static bool IsStateSide(Actor actor) =>
        actor.Kind is "state" or "foreign" or "regional" or "un"
        || (actor.Kind == "militia" && actor.Affiliation is { } affiliation && !GroupAffiliations.Contains(affiliation));
}
