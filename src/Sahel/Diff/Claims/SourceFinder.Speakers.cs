namespace Sahel.Diff.Claims;

/// <summary>
/// Speakers named by their office rather than their name: an office holder or spokesman possessed by a body ("son
/// directeur", "its spokesman"), who speaks for the source named before or the sentence before's subject, and a transcript's
/// speaker label in capitals before a colon ("SPOKESMAN: …"), not a dateline's capital ("NIAMEY : …").
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Holders of an office for the media: "director of media operations", "chef de la communication".</summary>
    private static readonly HashSet<string> OfficeHolders = new(StringComparer.Ordinal) { "director", "directeur", "directrice", "head", "chef", "officer", "responsable", "coordinator", "coordinateur" };

    /// <summary>The possessives of a body before its office holder or spokesman: "son directeur", "its chairman", "leur porte-parole".</summary>
    private static readonly HashSet<string> OrganisationPossessives = new(StringComparer.Ordinal) { "son", "sa", "its", "their", "leur" };

    /// <summary>
    /// An office holder possessed (words <paramref name="first"/> to <paramref name="last"/>) speaks for the source named before
    /// in its sentence, else for the subject of the sentence before (<paramref name="possessor"/>).
    /// </summary>
    private static void AddPossessedSpeaker(List<Mention> mentions, Attribution? possessor, int first, int last)
    {
        var owner = mentions.FirstOrDefault(m => m.Last < first && m.Kind is not (SourceKind.Unattributed or SourceKind.Media));
        if (owner is not null)
            mentions.Add(new Mention(owner.Kind, owner.Name, first, last, false));
        else if (possessor is { Kind: not SourceKind.Unattributed })
            mentions.Add(new Mention(possessor.Kind, possessor.Name, first, last, false));
    }

    /// <summary>
    /// session 11, round 20: a transcript's speaker label: a mention in capitals within the sentence's first six words, with only
    /// capitalised words before it and a colon right after its label ("SPOKESMAN: …", "JURISTE DE L'ASSOCIATION X : …", "المتحدث: …"
    /// at a line's opening).
    /// </summary>
    internal static bool SpeakerLabel(ClaimSentence sentence, Mention m)
    {
        var words = sentence.Words;
        bool InCapitals(int k) => words[k].Upper || words[k].Capital && words[k].Text.Length == 1;
        // a dateline's capital ("NIAMEY : …") files the story; it is no speaker
        if (m.First > 5 || !InCapitals(m.First) && !(m.First == 0 && ArabicScript.Starts(words[0].Text)) || DatelineCapitals.Contains(words[m.First].Text))
            return false;
        if (Enumerable.Range(0, m.First).Any(k => !InCapitals(k)))
            return false;
        // the label runs on in capitals past the mention ("JURISTE DE L'ASSOCIATION VIGILANCE KOSSI :"), up to its colon
        var end = m.Last;
        while (end + 1 < words.Count && end - m.Last < 6 && InCapitals(end + 1) && !sentence.Between(end, end + 1).Contains(':'))
            end++;
        return end + 1 < words.Count && sentence.Between(end, end + 1).Contains(':');
    }

    /// <summary>Capitals the vocabulary reads as their governments, which also open datelines: their first words ("n" of "n djamena").</summary>
    private static readonly HashSet<string> DatelineCapitals = SourceVocabulary.GovernmentCapitals.Select(c => c.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words for a spokesman, bare.</summary>
    internal static readonly HashSet<string> SpokesmanWords = new(StringComparer.Ordinal) { "spokesman", "spokesperson", "spokeswoman", "porte", "المتحدث", "الناطق" };
}
