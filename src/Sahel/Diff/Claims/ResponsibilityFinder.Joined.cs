namespace Sahel.Diff.Claims;

/// <summary>
/// Session 12, round 23: the doers named before "were responsible" or "behind" as a joined subject ("He said ISSP and JNIM
/// were responsible", "l'EIGS et le JNIM sont responsables", "الجيش المالي والفاغنر مسؤولان عن ذلك"): each one joined is
/// blamed, not only the one next to the verb.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// The actors of the coordination that ends with <paramref name="last"/> (itself included), first to last; only
    /// <paramref name="last"/> when no actor before is joined to it.
    /// </summary>
    private static List<SourceFinder.Mention> JoinedSubject(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> actors, SourceFinder.Mention last) =>
        actors.Where(m => m.Last < last.First && last.First - m.Last <= 8).OrderBy(m => m.First)
            .Select(m => Coordinated(words, actors, m)).FirstOrDefault(c => c.Contains(last)) is { } joined
            ? joined.TakeWhile(m => m != last).Append(last).ToList()
            : [last];
}
