namespace Sahel.Diff.Claims;

/// <summary>
/// Session 18, round 41: a pronoun that stands for a speaker ("Selon lui", "Ils comptent", "a-t-il ajouté", "They say",
/// "according to them", "حسب قولهم") refers to the subject of the sentence just before when that sentence opened with a speaker
/// whose verb is no verb of saying the vocabulary reads ("Le maire maintient que …", "Les habitants décrivent …", "Relatives
/// blame …", "Des proches, cités par un site, accusent …"). Such a sentence reads no attribution, so without this the pronoun
/// fell back to the last attribution read earlier (another speaker, often the one contradicted) or to the last name, which is
/// often a name inside what the subject said (the group the mayor accuses). The labelling rule gives the figure the kind of whom
/// the pronoun refers to: the last speaker named, here that subject.
/// </summary>
public static partial class ClaimExtractor
{
    /// <summary>Pronoun words that stand for a speaker inside a back reference.</summary>
    private static readonly HashSet<string> SpeakerPronouns = new(StringComparer.Ordinal)
    {
        "il", "elle", "ils", "elles", "lui", "eux", "he", "she", "they", "it", "him", "her", "them",
        "قوله", "قولها", "قولهم", "قولهن", "قولهما",
    };

    /// <summary>
    /// The subject of <paramref name="sentence"/> for the next sentence's pronoun: a source mention opening the sentence (within its
    /// first three words) that is a speaker, when the sentence read no speaker of its own (an unread verb; a medium relaying it,
    /// "cités par le site", does not count), else null.
    /// </summary>
    private static Attribution? UncuedSubject(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> found)
    {
        if (found.Exists(f => f.Back || f.Attribution.Kind is not (SourceKind.Unattributed or SourceKind.Media)))
            return null;
        return mentions.FirstOrDefault(m => m.Kind is not SourceKind.Unattributed) is { First: <= 2 } first && IsSpeaker(first)
            ? new Attribution { Kind = first.Kind, Name = first.Name, Text = sentence.Quote(first.First, first.Last) }
            : null;
    }

    /// <summary>
    /// What a pronoun back reference stands for when the sentence before opened with an unread speaker (see the class comment):
    /// that speaker, unless a source is named before the pronoun in its own sentence; else null (the usual reading).
    /// </summary>
    private static Attribution? PronounForUncuedSubject(ClaimReadingState state, ClaimSentence sentence, SourceFinder.Found reference, IEnumerable<SourceFinder.Found> before)
    {
        if (state.UncuedSubject is not { } subject || before.Any(o => !o.Back && o.Attribution.Kind != SourceKind.Unattributed))
            return null;
        var words = sentence.Words;
        var pronoun = false;
        for (var k = reference.First; k <= reference.Last && k < words.Count; k++)
            pronoun |= SpeakerPronouns.Contains(words[k].Text);
        return pronoun ? subject with { Text = $"{reference.Attribution.Text} ({subject.Text})" } : null;
    }

    /// <summary>
    /// Round 41: the same subject in its own sentence. A speaker opening the sentence whose verb the vocabulary does not read as
    /// saying, followed within ten words (its complement, an aside, the verb, an adverb) by the "que"/"that"/"أن" of what it says ("Des habitants soutiennent au contraire que
    /// onze pêcheurs ont péri", "Residents insist that", "ويصر السكان على أن"): a verb of maintaining one's version, of
    /// describing or contending is still the speaker giving the figure. With no attribution read in the sentence, that speaker
    /// is added as the sentence's attribution, ending at the "that".
    /// </summary>
    private static List<SourceFinder.Found> WithUncuedSpeaker(ClaimSentence sentence, bool isTitle, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> found)
    {
        if (isTitle || found.Exists(f => f.Back || f.Attribution.Kind is not (SourceKind.Unattributed or SourceKind.Media)))
            return found;
        if (mentions.FirstOrDefault(m => m.Kind is not SourceKind.Unattributed) is not { First: <= 2 } subject || !IsSpeaker(subject))
            return found;
        var words = sentence.Words;
        for (var k = subject.Last + 1; k <= Math.Min(subject.Last + 10, words.Count - 1); k++)
        {
            if (words[k].Number is not null || mentions.Exists(m => m.First == k) || found.Exists(f => f.First <= k && k <= f.Last))
                return found;
            // "The army dismissed a media report that 12 soldiers…", "a rejeté les informations selon lesquelles", "رفض الجيش
            // التقارير بأن": a "that" after a noun the verb took as its object says what the report says, not the subject; an
            // article after a verb (not inside the subject's own complement, "Residents of the island", "habitants de l'île")
            // or an Arabic definite noun right before the "that" opens such an object
            if (ObjectArticles.Contains(words[k].Text) && words[k - 1].Text is not ("de" or "du" or "d" or "of" or "des")
                || ThatWords.Contains(words[k].Text) && ArabicScript.Starts(words[k - 1].Text) && words[k - 1].Text.StartsWith("ال", StringComparison.Ordinal))
                return found;
            // "Residents that fled say…": a "that" right after the subject opens a relative, not what is said
            if (ThatWords.Contains(words[k].Text) && k == subject.Last + 1)
                return found;
            if (ThatWords.Contains(words[k].Text))
            {
                var own = new SourceFinder.Found(new Attribution { Kind = subject.Kind, Name = subject.Name, Text = sentence.Quote(subject.First, k) }, subject.First, k);
                return [own, .. found];
            }
        }
        return found;
    }

    /// <summary>Articles and determiners that open a noun phrase: after a verb, its object.</summary>
    private static readonly HashSet<string> ObjectArticles = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "these", "those", "its", "their", "un", "une", "le", "la", "les", "l", "ces", "cette", "ses", "leurs", "son", "sa",
    };
}
