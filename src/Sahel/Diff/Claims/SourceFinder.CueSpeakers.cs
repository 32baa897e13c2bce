using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// The branches of <see cref="SourceFinder.Find"/>'s walk: the source each kind of cue names (an opening on the statement
/// named before, a preposition, a participle, a statement noun).
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>
    /// A sentence opening on the statement named before ("Le communiqué fait état de…", "The statement, carried by …, said"):
    /// its attribution pointing back, and the last word read; -1 when the sentence opens otherwise.
    /// </summary>
    private static int SameSourceOpening(ClaimSentence sentence, List<Found> found, int i)
    {
        var words = sentence.Words;
        // "Le communiqué fait état de…", "The statement said…": the source named before, as the sentence's subject.
        // session 11, round 20: a possessed one also past an aside between commas ("Its statement, posted on Tuesday, claims thirty
        // soldiers killed"): its owner is the subject before ("Le texte, illustré de photos, affirme" may be anyone's)
        if (PhraseMatch.At(words, i, SourceVocabulary.SameSource) is { } opening
            && (Enumerable.Range(opening.Length, Math.Min(3, words.Count - opening.Length)).Any(k => PhraseMatch.At(words, k, SourceVocabulary.Verbs) is not null)
                || words[0].Text is "its" or "their" or "son" or "sa" or "leur" && VerbPastAside(sentence, opening.Length)))
        {
            found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(0, opening.Length - 1) }, 0, opening.Length - 1, Back: true));
            return opening.Length - 1;
        }
        // session 13, round 25: a definite one too when its aside tells only how it reached the public ("The statement, carried by
        // the state broadcaster, said", "Le communiqué, lu à la télévision nationale, précise"): the channel is no speaker, and
        // the verb after the aside is the statement's; read past both.
        if (PhraseMatch.At(words, i, SourceVocabulary.SameSource) is { } channelled && ChannelAsideVerb(sentence, channelled.Length) is var verbAt and > 0)
        {
            found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(0, channelled.Length - 1) }, 0, channelled.Length - 1, Back: true));
            return verbAt + PhraseMatch.At(words, verbAt, SourceVocabulary.Verbs)!.Value.Length - 1;
        }
        return -1;
    }

    /// <summary>
    /// Reads the preposition cue at <paramref name="i"/> ("selon", "according to", "بحسب"): false when it names no one new
    /// (a relative, a monitor's relay, a pronoun or definite noun pointing back, with <paramref name="i"/> at its last word),
    /// else true with the source after it, if any.
    /// </summary>
    private bool SpeakerOfPreposition(ClaimSentence sentence, List<Mention> mentions, List<Mention> subjects, List<Found> found, HashSet<Mention> used, ref int i, int cueLength, out Mention? source)
    {
        var words = sentence.Words;
        source = null;
        // "les informations selon lesquelles…": a relative, not a source.
        if (i + cueLength < words.Count && Relatives.Contains(words[i + cueLength].Text))
        {
            i += cueLength;
            return false;
        }
        // session 7: "according to a claim translated by a monitoring group", "according to SITE Intelligence Group", "selon un
        // communiqué traduit par SITE", "بحسب ما نقلت مجموعة سايت": a monitor relays the group's own claim; the group speaks.
        if (MonitorRelay(words, i + cueLength))
        {
            i += cueLength - 1;
            return false;
        }
        // "selon lui", "حسب قوله": the sentence's subject; with none, the source named before ("Selon elle, huit autres…",
        // "Selon l'une d'elles", "according to one of them").
        var pronounLength = PronounAt(words, i + cueLength);
        // session 16, round 33: also when the sentence's subject stands inside a quotation closed before the preposition ("« Les
        // forces armées ont neutralisé sept assaillants », selon lui"): the quotation is what the pronoun's speaker says
        if (pronounLength > 0 && (Subject(subjects, used, i) is not { } subject || QuotedBefore(sentence, subject.First, subject.Last, i)))
        {
            found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(i, i + cueLength + pronounLength - 1) }, i, i + cueLength + pronounLength - 1, Back: true));
            i += cueLength + pronounLength - 1;
            return false;
        }
        source = pronounLength > 0
            ? Subject(subjects, used, i)
            // "de sources locales": the source may begin inside the preposition's words.
            // session 14, round 28: not a force whose men are counted past a comma ("Selon le texte, neuf soldats maliens ont été
            // tués"): the preposition's phrase ended there, the force is what is told (an apposition still names the speaker:
            // "Selon Az-Zallaqa, l'organe du JNIM")
            : (Nearest(mentions, used, i + 1, i + cueLength + 4, after: true) is { } next && !(sentence.Between(i, next.First).Contains(',') && OfVictims(sentence, next)) ? next : null)
                // "according to figures compiled by the U.N.", "selon un bilan établi par l'ONG": the one who made the document.
                ?? (Enumerable.Range(i + cueLength, Math.Max(0, Math.Min(6, words.Count - i - cueLength))).FirstOrDefault(k => words[k].Text is "by" or "par", -1) is var by and >= 0
                    ? Nearest(mentions, used, by + 1, by + 3, after: true) : null);
        // "بحسب المكتب", "according to the office", "selon la direction": a definite noun naming no one new is the source named before.
        if (source is null && pronounLength == 0 && DefiniteNounAfter(words, i + cueLength) is var definiteLength and > 0)
        {
            found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(i, i + cueLength + definiteLength - 1) }, i, i + cueLength + definiteLength - 1, Back: true));
            i += cueLength + definiteLength - 1;
            return false;
        }
        return true;
    }

    /// <summary>
    /// Reads the participle cue at <paramref name="i"/> ("adding", "مؤكدة"): false when it goes on with the attribution just read
    /// (<paramref name="i"/> at its last word), else true with the subject of the last verb before it, else the sentence's.
    /// </summary>
    private bool SpeakerOfParticiple(IReadOnlyList<ClaimWord> words, List<Mention> mentions, List<Mention> subjects, List<Found> found, HashSet<Mention> used, ref int i, int cueLength, out Mention? source)
    {
        source = null;
        // "…, the defence ministry said, adding that 19 attackers were killed": an English or French participle goes on
        // with the attribution just read; it names no one else (not the sentence's first name).
        // session 13, round 26: also one pointing back ("« … », one of the sources said, adding that"): not a name inside the quote
        if (!ArabicScript.Starts(words[i].Text) && found.Count > 0 && (found[^1].Back ? i - found[^1].Last <= 2 : found[^1].Attribution.Kind != SourceKind.Unattributed) && found[^1].Last < i)
        {
            i += cueLength - 1;
            return false;
        }
        // "…، بينما نفت وزارة الدفاع ذلك مؤكدة": the subject of the last verb before, else the sentence's.
        var lastVerb = Enumerable.Range(0, i).LastOrDefault(k => PhraseMatch.At(words, k, SourceVocabulary.Verbs) is not null, -1);
        // "وحمّل البيان تنظيم الدولة مسؤولية الهجوم، مشيرا": not the one the verb charges.
        source = (lastVerb > 0 && ArabicScript.Starts(words[lastVerb].Text) ? mentions.FirstOrDefault(m => m.First > lastVerb && m.First - lastVerb <= 2 && !BearsResponsibility(words, lastVerb, m)) : null) ?? Subject(subjects, used, i);
        return true;
    }

    /// <summary>The issuer of the statement cue at <paramref name="i"/> ("communiqué", "statement", "بيان"), named after or just before it.</summary>
    private static Mention? SpeakerOfStatement(ClaimSentence sentence, List<Mention> mentions, List<Found> found, HashSet<Mention> used, int i, int cueLength)
    {
        var words = sentence.Words;
        // "Communiqué n°047 de l'état-major": a serial number may stand between the statement and its issuer.
        var serial = i + cueLength + 1 < words.Count && words[i + cueLength].Text is "n" or "no" or "رقم" && words[i + cueLength + 1].Number is not null ? 2 : 0;
        // "اتهمت جبهة تحرير أزواد في بيان الجيش المالي", "said in a statement": the statement of the speaker just read;
        // a name after it is what the speaker speaks of.
        var adverbial = i > 0 && (words[i - 1].Text is "في" || i > 1 && words[i - 1].Text is "un" or "une" or "a" && words[i - 2].Text is "dans" or "in")
            && found.Count > 0 && SpeakerJustRead(sentence, found[^1], i);
        // session 11, round 20: the issuer stands in the statement's own phrase, not past a comma that opens another clause
        // ("ولم يعلق الجيش على البيان، فيما قال مصدر أمني", "did not comment on the statement, while a security source said")
        return adverbial ? null : (Nearest(mentions, used, i + cueLength, i + cueLength + 3 + serial, after: true) is { } issuer && !CommaBetween(sentence, i + cueLength - 1, issuer.First) ? issuer : null)
            ?? Nearest(mentions, used, i - 2, i - 1, after: false);
    }
}
