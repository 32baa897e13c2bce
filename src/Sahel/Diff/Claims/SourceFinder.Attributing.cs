using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// What <see cref="SourceFinder.Find"/> does with a cue once its branch has read it: a source marked as one named before,
/// a cue with no source (the statement of the speaker just read, a same source, a pronoun or definite subject, no one
/// named), or the source it names added with the words it spans.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>
    /// Attributes the cue spanning <paramref name="i"/>..<paramref name="cueLast"/> once its branch has read its
    /// <paramref name="source"/>: to no one named, to a source named before, or to the source; returns the last word read.
    /// </summary>
    private int AttributeCue(ClaimSentence sentence, List<Mention> mentions, List<Found> found, HashSet<Mention> used, int i, int cueLast, Mention? source, bool statement, bool verbCue)
    {
        if (source is null)
            return UnnamedSpeakerCue(sentence, mentions, found, used, i, cueLast, statement, verbCue);
        if (SameSpeakerCue(sentence, found, used, i, cueLast, source) is var back and >= 0)
            return back;
        return AddSpeaker(sentence, mentions, found, used, i, cueLast, source);
    }

    /// <summary>
    /// A cue's source marked as one named before ("one of the sources said", "selon la même association"): its attribution
    /// pointing back, and the last word read; -1 when the source is a new one.
    /// </summary>
    private int SameSpeakerCue(ClaimSentence sentence, List<Found> found, HashSet<Mention> used, int i, int cueLast, Mention source)
    {
        var words = sentence.Words;
        // "one of the sources said", "selon l'une des sources", "حسب أحد المصدرين": one of the sources named before.
        if (source is { Kind: SourceKind.Unattributed } generic && OneOf(words, generic.First) is var one and >= 0)
        {
            used.Add(generic);
            var (from, to) = (Math.Min(i, one), Math.Max(cueLast, generic.Last));
            found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(from, to) }, from, to, Back: true));
            return Math.Max(i, to);
        }
        // "selon la même association", "the same official said", "وفق المسؤول نفسه": a source noun marked as the same one is the
        // source named before, whatever kind the bare noun has.
        if (source is not null && SameAs(words, source) is var sameEnd and >= 0)
        {
            used.Add(source);
            var (from, to) = (Math.Min(i, source.First), Math.Max(cueLast, sameEnd));
            found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(from, to) }, from, to, Back: true));
            return Math.Max(i, to);
        }
        return -1;
    }

    /// <summary>
    /// A cue that named no source: the statement of the speaker just read, the same source or a pronoun or definite subject
    /// before it, the one who reads a statement out, else an attribution to no one named; returns the last word read.
    /// </summary>
    private int UnnamedSpeakerCue(ClaimSentence sentence, List<Mention> mentions, List<Found> found, HashSet<Mention> used, int i, int cueLast, bool statement, bool verbCue)
    {
        var words = sentence.Words;
        // session 14, round 28: "…, the statement adds", "le communiqué précise": a definite statement naming no issuer is the one
        // told before, as "selon le communiqué" is, not a statement of no one's
        if (statement && i > 0 && !ArabicScript.Starts(words[i].Text) && words[i - 1].Text is "the" or "le" or "ce" or "this"
            && PhraseMatch.At(words, i - 1, SourceVocabulary.SameSource) is { Length: 2 } && !found.Exists(f => f.Last >= i - 6))
        {
            found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(i - 1, cueLast) }, i - 1, cueLast, Back: true));
            return cueLast;
        }
        // session 15, round 30: also the statement of a participle that goes on with the speaker read before it, however far
        // ("ISWAP claimed responsibility for an ambush on troops near Damboa, saying in a statement relayed by SITE that …")
        if (statement && found.Count > 0 && (found[^1].Last >= i - 6 || SpeakerJustRead(sentence, found[^1], i) || ParticiplesStatement(words, found[^1], i) || ArabicStatementAside(sentence, found[^1], i)))
        {
            // "قالت هيئة الأركان في بيان", "a indiqué l'état-major dans un communiqué": the statement of the source just named.
            found[^1] = found[^1] with { Last = cueLast };
            return cueLast;
        }
        // "وكان المصدر ذاته قد تحدث عن ثمانية قتلى", "la même source a ajouté": the same source as the verb's subject, just before it.
        if (verbCue && Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).FirstOrDefault(k => PhraseMatch.At(words, k, SourceVocabulary.SameSource) is { } s && k + s.Length <= i
                && !(s.Length == 1 && SourceVocabulary.Statements.ContainsKey(words[k].Text)), -1) is var sameBefore and >= 0)
        {
            found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(sameBefore, cueLast) }, sameBefore, cueLast, Back: true));
            return cueLast;
        }
        if (Enumerable.Range(cueLast + 1, 3).FirstOrDefault(k => PhraseMatch.At(words, k, SourceVocabulary.SameSource) is not null, -1) is var same and >= 0)
        {
            // session 11, round 20: "indique le communiqué lu à la télévision par le porte-parole du gouvernement", "said the
            // statement read out by the minister": who reads the statement out issues it, whoever was named before
            if (ReadOutBy(sentence, mentions, used, same + 1) is { } reader)
            {
                used.Add(reader);
                found.Add(new Found(new Attribution { Kind = reader.Kind, Name = reader.Name, Text = $"{sentence.Quote(i, same)} … {sentence.Quote(reader.First, reader.Last)}" }, i, reader.Last));
                return reader.Last;
            }
            var sameLast = same + PhraseMatch.At(words, same, SourceVocabulary.SameSource)!.Value.Length - 1;
            found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(i, sameLast) }, i, sameLast, Back: true));
            return sameLast;
        }
        // "Another 19 were abducted, the office said", "a précisé l'organisation": a definite noun before the verb is the source named before.
        // "Il indique que huit assaillants ont été tués", "It added that…": a pronoun subject is the source named before.
        if (verbCue && !ArabicScript.Starts(words[i].Text) && PronounSubject(sentence, i) is var pronoun and >= 0)
        {
            found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(pronoun, cueLast) }, pronoun, cueLast, Back: true));
            return cueLast;
        }
        if (verbCue && !ArabicScript.Starts(words[i].Text) && SurnameSubject(sentence, mentions, i) is var surname and >= 0)
        {
            found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(surname, cueLast) }, surname, cueLast, Back: true));
            return cueLast;
        }
        if (verbCue && !ArabicScript.Starts(words[i].Text) && DefiniteNounBefore(words, i) is var definite and >= 0)
        {
            // session 10, round 19: a bare periodical ("Le journal affirme") points back as a medium: the caller keeps it the
            // media unless what it points back to is a group (its weekly)
            // session 12, round 23: an issued periodical ("Le bulletin recense", "the newsletter lists") is its issuer's, named before
            var kind = PeriodicalNouns.Contains(words[definite + 1].Text) && !IssuedPeriodicals.Contains(words[definite + 1].Text) ? SourceKind.Media : SourceKind.Unattributed;
            found.Add(new Found(new Attribution { Kind = kind, Text = sentence.Quote(definite, cueLast) }, definite, cueLast, Back: true));
            return cueLast;
        }
        // "selon un bilan provisoire", "بحسب بيان": attributed, but to no one named. Not "auprès de" with no one after it: the
        // medium told there is no source (session 14, round 27: "a fait état auprès de l'AFP"), and the verb's subject speaks.
        if (statement || words[i].Text != "aupres" && PhraseMatch.At(words, i, SourceVocabulary.Prepositions) is not null)
            found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(i, Math.Min(cueLast + (statement ? 0 : 2), words.Count - 1)) }, i, cueLast));
        return cueLast;
    }

    /// <summary>
    /// Adds the attribution of a cue to the source it names (the one a medium quotes, with the words of the same source just
    /// before it), quoted as the two ends when far apart; returns the last word read.
    /// </summary>
    private static int AddSpeaker(ClaimSentence sentence, List<Mention> mentions, List<Found> found, HashSet<Mention> used, int i, int cueLast, Mention source)
    {
        var words = sentence.Words;
        // "وفق ما نقلته إذاعة محلية عن أحد الناجين", "a radio relaying a survivor": the medium relays, the one it quotes ("عن") speaks.
        if (source is { Kind: SourceKind.Media, Name: null } medium
            && mentions.FirstOrDefault(m => m != medium && m.Kind is not (SourceKind.Media or SourceKind.Unattributed) && m.First > medium.Last && m.First - medium.Last <= 4
                && Enumerable.Range(medium.Last + 1, m.First - medium.Last - 1).Any(k => words[k].Text is "عن" or "citant" or "quoting" or "citing")) is { } quoted)
        {
            used.Add(source);
            source = quoted;
        }
        used.Add(source);
        var forward = PhraseMatch.At(words, i, ClaimVerbs) is not null;
        // "Doctors at the hospital said": the words naming the same kind of source just before belong to it.
        while (mentions.FirstOrDefault(m => m.Kind == source.Kind && m.Name == source.Name && m.Last < source.First && source.First - m.Last <= 3 && !used.Contains(m)) is { } before)
        {
            used.Add(before);
            source = source with { First = before.First };
        }
        var first = Math.Min(i, source.First);
        var last = Math.Max(cueLast, source.Last);
        // A subject far from its verb is quoted as the two ends: "جماعة نصرة الإسلام والمسلمين … وقالت".
        var quote = last - first > 6
            ? source.First < i ? $"{sentence.Quote(source.First, source.Last)} … {sentence.Quote(i, cueLast)}" : $"{sentence.Quote(i, cueLast)} … {sentence.Quote(source.First, source.Last)}"
            : sentence.Quote(first, last);
        found.Add(new Found(new Attribution { Kind = source.Kind, Name = source.Name, Text = quote }, first, last, ForwardOnly: forward));
        return Math.Max(i, cueLast);
    }
}
