namespace Sahel.Diff.Claims;

/// <summary>
/// Round 34: fighters taken alive in the list of a fight's toll, the arrest participle after a bare count: "sept terroristes
/// neutralisés, huit interpellés sur les lieux et un militaire blessé", "20 assailants were killed, 11 arrested", and the
/// participle before an adjunct of place or time ("and 11 arrested on the spot", "et huit interpellés lors du ratissage").
/// </summary>
internal static partial class TollFinder
{
    /// <summary>
    /// The bare count at <paramref name="count"/> is the next item of a list after a figure of attackers: a comma right after
    /// that figure and nothing else between (the list's joint, as "and" is in <see cref="JoinedToFighters"/>).
    /// </summary>
    private static bool ListedAfterFighters(ClaimSentence sentence, List<Found> found, int count) =>
        count > 0 && sentence.CommaBefore(count)
        && found.Where(f => f.Last < count).MaxBy(f => f.Last) is { Victims: "attackers" } fighters && fighters.Last == count - 1;

    /// <summary>An adjunct of place or time right after the participle ("arrested on the spot", "interpellés sur les lieux"), or the list going on ("11 arrested and four soldiers wounded").</summary>
    private static bool CaptureAdjunct(ClaimSentence sentence, int participle) =>
        participle + 1 < sentence.Words.Count && (GappedPrepositions.Contains(sentence.Words[participle + 1].Text) || sentence.Words[participle + 1].Text is "sur" or "lors" or "and" or "et");
}
