namespace Sahel.Diff.Claims;

/// <summary>
/// Session 17, round 37: a medium that quotes a speaker, or that a speaker talks to, past the words that qualify it ("des sources
/// sécuritaires citées par plusieurs médias", "un responsable de l'ONU cité par plusieurs médias", "Residents speaking to local
/// media"). The tellers' step (<c>WithoutTellers</c>) reads the medium right after "par"/"by"/"to"; a quantifier or an
/// adjective between ("plusieurs", "several", "local", "foreign") left the medium as the nearest source, and it took the
/// figure from the speaker the sentence names just before it. Innermost attribution wins: the speaker quoted gives the figure.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Participles of quoting before "par"/"by": "cité par", "citées par", "quoted by", "cited by".</summary>
    private static readonly HashSet<string> QuotingParticiples = new(StringComparer.Ordinal)
    {
        "cite", "citee", "cites", "citees", "quoted", "cited",
    };

    /// <summary>Participles of talking to a medium before "to"/"à": "speaking to", "talking to", "parlant à", "s'exprimant auprès".</summary>
    private static readonly HashSet<string> TalkingParticiples = new(StringComparer.Ordinal) { "speaking", "talking", "parlant" };

    /// <summary>Words that may stand between the preposition and the medium: articles, quantifiers, the medium's reach.</summary>
    private static readonly HashSet<string> QuoterModifiers = new(StringComparer.Ordinal)
    {
        "plusieurs", "des", "les", "la", "le", "l", "deux", "trois", "divers", "certains", "certaines",
        "several", "some", "two", "three", "various", "the", "local", "foreign", "international", "national", "state", "western",
        "locaux", "locales", "etrangers", "etrangeres", "internationaux", "internationales",
    };

    /// <summary>
    /// Removes a medium that quotes, or is talked to by, a speaker named within three words before the participle, past at most
    /// two qualifying words after the preposition, whether the medium is named ("cité par RFI") or not. Not a medium that speaks
    /// ("selon plusieurs médias", "several local media reported"): no participle of quoting or talking before it; nor one whose
    /// speaker is unnamed ("des chiffres cités par plusieurs médias"): no source before the participle.
    /// </summary>
    private static void WithoutQuoters(IReadOnlyList<ClaimWord> words, List<Mention> mentions) =>
        mentions.RemoveAll(m => m.Kind == SourceKind.Media && QuotedOrToldAt(words, m.First) is var p and > 0
            && mentions.Exists(o => o != m && o.Kind is not (SourceKind.Media or SourceKind.Unattributed) && o.Last < p && p - o.Last <= 4));

    /// <summary>
    /// Where the participle stands ("citées" in "citées par plusieurs médias", "speaking" in "speaking to local media") when at most
    /// two qualifying words stand between its preposition and the medium at <paramref name="first"/>, else -1.
    /// </summary>
    private static int QuotedOrToldAt(IReadOnlyList<ClaimWord> words, int first)
    {
        var k = first - 1;
        var skipped = 0;
        while (k >= 0 && skipped < 2 && QuoterModifiers.Contains(words[k].Text))
            (k, skipped) = (k - 1, skipped + 1);
        if (k < 1)
            return -1;
        if (words[k].Text is "par" or "by" && QuotingParticiples.Contains(words[k - 1].Text))
            return k - 1;
        if (words[k].Text is "to" or "a" && TalkingParticiples.Contains(words[k - 1].Text))
            return k - 1;
        return -1;
    }
}
