namespace Sahel.Diff.Claims;

/// <summary>
/// Session 12, round 23: the doers named before "were responsible" or "behind" as a joined subject ("He said ISSP and JNIM
/// were responsible", "l'EIGS et le JNIM sont responsables", "الجيش المالي والفاغنر مسؤولان عن ذلك"): each one joined is
/// blamed, not only the one next to the verb; and the doers kept apart from their group by a clause of who says so.
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

    /// <summary>Verbs of saying in an inserted clause between the doers and their group: "who police say", "que les policiers disent", "تقول الشرطة".</summary>
    private static readonly HashSet<string> InsertedSayings = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "believe", "believes", "dit", "disent", "affirme", "affirment", "croit", "croient", "pense", "pensent",
        "تقول", "يقول", "قالت", "قال", "يعتقد", "تعتقد",
    };

    /// <summary>
    /// Session 12, round 23: the doers, then a clause saying who says so, then their group ("gunmen who police say belong to
    /// JNIM", "des hommes armés, que les policiers disent appartenir au JNIM", "مسلحين تقول الشرطة إنهم ينتمون إلى"): the
    /// membership is still the doers'. The doers' word, or its relative pronoun, at most seven words before, with a verb of
    /// saying between.
    /// </summary>
    private static bool DoersSaidToBelong(IReadOnlyList<ClaimWord> words, int before)
    {
        if (before < 1)
            return false;
        for (var p = before - 1; p >= Math.Max(0, before - 7); p--)
            if (NamesTheDoers(words, p, false) || p > 0 && words[p].Text is "que" or "qu" && (NamesTheDoers(words, p - 1, false) || ArmedMen(words, p - 1)))
                return Enumerable.Range(p + 1, before - p).Any(k => InsertedSayings.Contains(words[k].Text));
        return false;
    }

    /// <summary>"des hommes armés", "des individus armés": the French doers with their adjective (not "des armes", weapons).</summary>
    private static bool ArmedMen(IReadOnlyList<ClaimWord> words, int k) =>
        k > 0 && words[k].Text is "armes" && words[k - 1].Text is "hommes" or "individus" or "elements";
}
