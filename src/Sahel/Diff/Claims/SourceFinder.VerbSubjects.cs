using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// The verb branch of <see cref="SourceFinder.Find"/>'s walk: who speaks a verb of saying (its subject before or after it,
/// the sentence's subject, the antecedent of a relative, a private person), in Arabic, French and English word order.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Whether the verb at <paramref name="i"/> is negated or the relative clause of a source already read.</summary>
    private static bool VerbOfSourceJustRead(IReadOnlyList<ClaimWord> words, List<Mention> mentions, HashSet<Mention> used, int i) =>
        // "حسب مصدر أمني تحدث لمراسلنا", "according to a source who spoke": the verb of a source already read is its relative clause.
        Negated(words, i) || ArabicScript.Starts(words[i].Text) && !words[i].Text.StartsWith('و') && mentions.Any(m => used.Contains(m) && m.Last < i && i - m.Last <= 1);

    /// <summary>The source of the verb cue at <paramref name="i"/>: its subject, else a private person speaking before it.</summary>
    private Mention? SpeakerOfVerb(ClaimSentence sentence, List<Mention> mentions, List<Mention> subjects, HashSet<Mention> used, int i, int cueLength)
    {
        var words = sentence.Words;
        var source = SubjectOfVerb(sentence, mentions, subjects, used, i, cueLength);
        // "Un pêcheur de Baga, joint par téléphone, affirme", "one woman said": a private person speaking is a local source.
        if (source is null && !ArabicScript.Starts(words[i].Text) && PersonSubject(sentence, i) is var person and >= 0)
            source = new Mention(SourceKind.Local, null, person, person + 1, false);
        return source;
    }

    /// <summary>
    /// The subject of the verb cue at <paramref name="i"/>, tried in order (the order matters: the first that answers wins):
    /// Arabic orders first, then a relative's antecedent, a verb after "and" or a pronoun, a verb after a comma, else the name
    /// just before it, the sentence's opening subject or a name after it.
    /// </summary>
    private Mention? SubjectOfVerb(ClaimSentence sentence, List<Mention> mentions, List<Mention> subjects, HashSet<Mention> used, int i, int cueLength)
    {
        var words = sentence.Words;
        // session 14, round 29: a passive verb of saying names its speaker as the agent, past the medium told ("L'information a été
        // confirmée à Radio X par le maire", "The toll was confirmed to a local radio by the mayor"), not the medium
        if (PassiveAgent(sentence, mentions, used, i, cueLength) is { } agent)
            return agent;
        // Arabic puts the subject after its verb (قالت مصادر محلية), or leaves it to the sentence's subject (وقالت إنها…).
        // A verb with "and" attached (وتحدثت، وقالت) continues the sentence's subject.
        // A verb that carries a plural subject (اتهموا، أكدوا) has it before: "سكان محليون قد اتهموا الجيش" is the residents'.
        // "أصدر شيخ القبيلة بيانا قال فيه إن", "وجه نائب سؤالا قال فيه": "in which he said" is the sentence's subject.
        if (ArabicScript.Starts(words[i].Text) && i + cueLength < words.Count && words[i + cueLength].Text is "فيه" or "فيها" && Subject(subjects, used, i) is { } issuer)
            return issuer;
        if (ArabicScript.Starts(words[i].Text) && ContinuesAfterComma(sentence, i))
            // "ونسب التقرير … إلى جماعة نصرة الإسلام، فيما حمّل الجيش …", "…، لكنه حمّل", "…، فيما قالت إن": after a comma and
            // "while"/"but it", the verb goes on with the sentence's subject, not the name that closed the clause before; a subject
            // after the verb still speaks ("…، فيما قال أولياء أمور إن").
            // "فيما حمّل الجيش المالي وحلفاءه مسؤولية مقتل": who is made to bear the responsibility is the accused, not the speaker.
            return (Nearest(mentions, used, i + cueLength, i + cueLength + 1, after: true) is { } afterVerb && !BearsResponsibility(words, i, afterVerb) ? afterVerb : null) ?? Subject(subjects, used, i);
        if (ArabicScript.Starts(words[i].Text))
        {
            if (words[i].Text.Length > 4 && words[i].Text.EndsWith("وا", StringComparison.Ordinal) && Nearest(mentions, used, i - 4, i - 1, after: false) is { } plural)
                return plural;
            if (words[i].Text.StartsWith('و') && !SourceVocabulary.Verbs.ContainsKey(words[i].Text))
                // "وحمّل البيان تنظيم الدولة مسؤولية الهجوم": the one charged is the verb's object.
                return (Nearest(mentions, used, i + cueLength, i + cueLength + 1, after: true) is { } next && !BearsResponsibility(words, i, next) && !OpensClause(words, i + cueLength) ? next : null) ?? Subject(subjects, used, i);
            return Nearest(mentions, used, i - 2, i - 1, after: false) ?? PlacedBefore(sentence, mentions, used, i) ?? Nearest(mentions, used, i + cueLength, i + cueLength + 1, after: true) ?? Subject(subjects, used, i);
        }
        // "The army blamed Boko Haram and said…", "l'armée, qui affirme…", "which it said": the verb's subject is the sentence's.
        // "un rapport onusien qui accuse", "the rights group, which says": a relative's subject is the name just before it.
        // "le Front, qui lui impute la mort de 21 civils", "qui les accuse": past an object pronoun, the relative is still the verb's subject.
        // session 12, round 23: also the speaker just read (", a indiqué le bureau de l'OCHA à Niamey, qui impute"): the
        // relative goes on with it, not with the sentence's first name
        if (RelativeBefore(words, i) is var relative and > 0 && (Nearest(mentions, used, relative - 3, relative - 1, after: false)
            ?? mentions.LastOrDefault(m => used.Contains(m) && m.Last >= relative - 3 && m.Last <= relative - 1 && m.Kind != SourceKind.Unattributed)) is { } antecedent)
            return antecedent;
        if (i > 0 && (words[i - 1].Text is "and" or "et" or "qui" or "who" or "which" or "he" or "she" || Pronouns.Contains(words[i - 1].Text)))
            // "It blames the attack on JNIM and says": the accused after the verb is not its subject.
            // session 12, round 23: not past a personal pronoun that is the verb's own subject ("He said JNIM fighters also
            // abducted", "she says the army"): a name after it opens what is said
            // session 14, round 28: nor past "que"/"that" ("le communiqué, qui indique que l'armée a neutralisé"): the clause the
            // verb opens is what is said, as in the other branches
            // (and "it": "It confirms four military deaths", "It says the army …")
            // session 16, round 33: not the sentence's subject inside a quotation that closes before the pronoun ("« Les forces
            // armées ont neutralisé sept assaillants », a-t-il déclaré", "\"The army killed seven,\" he said"): the quotation is
            // what the pronoun's speaker says, and the pronoun stands for the speaker named before (a back reference)
            return (Subject(subjects, used, i) is { } subject && !(ClaimVocabulary.PersonalPronouns.Contains(words[i - 1].Text) && QuotedBefore(sentence, subject.First, subject.Last, i)) ? subject : null)
                ?? (words[i - 1].Text is not ("he" or "she" or "it" or "they" or "il" or "elle" or "ils" or "elles")
                && !OpensWhatIsSaid(words, i + cueLength)
                && Nearest(mentions, used, i + cueLength, i + cueLength + 3, after: true) is { } named && !Accused(named) ? named : null);
        if (AfterComma(sentence, i))
            // ", a déclaré à l'Agence sahélienne de presse le porte-parole": past the medium told.
            // "…, reported 19 soldiers and VDP killed": a force whose men are counted after the verb is what is told, not who tells.
            // session 9: not inside the clause the verb opens: ", affirment qu'une frappe de l'armée a tué" is the residents'.
            // session 13, round 26: nor the object of a verb of blame ("Le Front, coalition rebelle, a accusé l'armée d'avoir
            // tué", "The spokesman, CSP X, blamed the Lakurawa group"): the one accused is never the speaker.
            // session 14, round 28: the source opening the sentence, whose aside closes at the verb's comma ("The junta, in a
            // statement, says the forces neutralised 20", "The group's statement, signed by its spokesman, said"), is its subject:
            // English and French invert a subject after a comma only past what is said, not past an aside of the subject's own
            return (i + cueLength < words.Count && Complementizers.Contains(words[i + cueLength].Text) || BlamesOrReacts(words, i) ? null
                : OpenerPastAside(sentence, subjects, i)
                ?? Nearest(subjects, used, i + cueLength, i + cueLength + (i + cueLength < words.Count && ToWords.Contains(words[i + cueLength].Text) ? 9 : 5), after: true))
                // session 8: "The Northern Rights Forum, which sent researchers to the area, put the toll at 21", "Aid workers in
                // Kaya, where the wounded were taken, said": past a relative aside, the name before it is the verb's subject.
                // session 13, round 26: an inverted subject named, then told by an apposition (", a déclaré Moussa Traoré, un chef de
                // la milice", ", said John Doe, a senior police officer"): the apposition's source
                ?? (BlamesOrReacts(words, i) ? null : ApposedAfterName(sentence, subjects, used, i + cueLength))
                ?? AsideSubject(sentence, mentions, i)
                // session 15, round 30: past the speaker's apposition ("A member of the CJTF, a vigilante group that helps the
                // military, said"): the source before it, else the apposition's head, not a name inside it
                ?? ApposedSpeaker(sentence, subjects, used, i)
                // session 13, round 26: who blames after an apposition is the name the sentence opens on ("The MSA, an armed group
                // that fights beside the army, accused …"), not a name inside the apposition
                ?? (BlamesOrReacts(words, i) ? AppositionSubject(sentence, mentions, i) : null)
                // session 14, round 28: not a name inside the quotation the verb closes ("« Seuls des terroristes de Boko Haram ont
                // été visés », affirme le communiqué"): what is quoted is said, its names do not say it
                ?? (Nearest(mentions, used, i - 6, i - 1, after: false) is { } before && !QuoteCloses(sentence, before.Last, i) ? before : null)
                // "Le ministre de la Défense, à la télévision, affirme": the sentence's subject past an aside.
                ?? OpeningSubject(words, subjects, used, i);
        // session 13, round 26: a surname alone as the subject ("Dossou said the army neutralised"): what follows is what is said.
        if (SurnameSubject(sentence, mentions, i) >= 0)
            return null;
        // "a rapporté à notre antenne un conseiller": the one told comes before the teller.
        return SpeakerBefore(sentence, Nearest(mentions, used, i - 6, i - 1, after: false), i)
            // "Amnesty International said": the name right before is the verb's subject, also when an earlier verb had it.
            ?? mentions.LastOrDefault(m => m.Last < i && i - m.Last <= (Auxiliaries.Contains(words[i - 1].Text) ? 2 : 1) && m.Kind != SourceKind.Unattributed)
            // "Le gouverneur de la région de Tombouctou a indiqué lundi que": the source that opens the sentence, its subject.
            ?? OpeningSubject(words, subjects, used, i)
            // "Human Rights Watch affirme que des soldats…": a name in what is said is not who says it.
            // session 14, round 28: nor when a definite noun stands as the verb's subject before it ("The statement said the army
            // had captured 14", "The statement said one VDP auxiliary was killed"): the noun points back, the name is what is said
            ?? (OpensWhatIsSaid(words, i + cueLength) || BlamesOrReacts(words, i) || DefiniteNounBefore(words, i) >= 0 ? null
                : Nearest(subjects, used, i + cueLength, i + cueLength + (i + cueLength < words.Count && ToWords.Contains(words[i + cueLength].Text) ? 6 : 3), after: true));
    }

    /// <summary>Whether the word at <paramref name="at"/> is "que"/"that": the clause it opens is what is said, not who says it.</summary>
    private static bool OpensWhatIsSaid(IReadOnlyList<ClaimWord> words, int at) => at < words.Count && Complementizers.Contains(words[at].Text);

    /// <summary>Whether the verb at <paramref name="i"/> blames or reacts: the name after it is the accused or the deed, not who speaks.</summary>
    private static bool BlamesOrReacts(IReadOnlyList<ClaimWord> words, int i) =>
        PhraseMatch.At(words, i, BlameVerbs) is not null || PhraseMatch.At(words, i, ReactionVerbs) is not null;

    /// <summary>The source opening the sentence with a comma right after it, the subject of a verb past its apposition.</summary>
    private static Mention? AppositionSubject(ClaimSentence sentence, List<Mention> mentions, int cue) =>
        mentions.FirstOrDefault(m => m.Kind != SourceKind.Unattributed) is { First: <= 2 } first && first.Last + 1 < cue && sentence.CommaBefore(first.Last + 1) ? first : null;

    /// <summary>
    /// The source in the apposition after a personal name that follows a verb at <paramref name="at"/>: one to three capitalised
    /// words, a comma, and within eight words a source, with no other comma or clause word between.
    /// </summary>
    private static Mention? ApposedAfterName(ClaimSentence sentence, List<Mention> subjects, HashSet<Mention> used, int at)
    {
        var words = sentence.Words;
        var end = at;
        while (end < words.Count && end - at < 3 && words[end] is { Capital: true, Number: null } && !subjects.Exists(m => m.First <= end && end <= m.Last))
            end++;
        // a relative or a participle after the comma opens a clause of its own (", who fled after the army left", ", joint par")
        if (end == at || end >= words.Count || !sentence.CommaBefore(end) || AsideOpeners.Contains(words[end].Text) || AsideParticiples.Contains(words[end].Text))
            return null;
        var limit = Math.Min(words.Count - 1, end + 8);
        for (var k = end + 1; k <= limit; k++)
            if (sentence.CommaBefore(k) || Complementizers.Contains(words[k].Text))
            {
                limit = k - 1;
                break;
            }
        return Nearest(subjects, used, end, limit, after: true);
    }

    /// <summary>
    /// The source that opens the sentence (within its first three words, "The X statement" with its noun), followed by a comma,
    /// one aside and a comma right before the verb at <paramref name="cue"/>, with no toll word in the aside; else null.
    /// </summary>
    private static Mention? OpenerPastAside(ClaimSentence sentence, List<Mention> mentions, int cue)
    {
        var words = sentence.Words;
        var start = cue > 0 && Auxiliaries.Contains(words[cue - 1].Text) ? cue - 1 : cue;
        if (!sentence.CommaBefore(start))
            return null;
        // past a live blog's time stamp ("14:20 - The junta, …"); a name read as two sources ("The CNSP junta") is one opener
        var lead = 0;
        while (lead < words.Count && words[lead].Number is not null)
            lead++;
        var first = mentions.FirstOrDefault(m => m.Kind != SourceKind.Unattributed);
        if (first is null || first.First > lead + 2)
            return null;
        while (mentions.FirstOrDefault(m => m.Kind != SourceKind.Unattributed && m.First == first.Last + 1) is { } next)
            first = next;
        var close = first.Last + 1;
        if (close < start && SourceVocabulary.Statements.ContainsKey(words[close].Text))
            close++;
        // session 15, round 31: past the opener's own complement ("Des proches des victimes, joints par l'AFP, évoquent", "Un chef
        // de canton de la zone, cité par une radio, évoque"): the aside opens at the comma after it
        close = PastComplement(sentence, close, start);
        // the aside is short (it may name the medium that cites the opener: "L'armée, citée par l'AIB, affirme"): not a dateline's whole clause ("Niamey, 3 mars – La Force … a
        // conduit une opération, a annoncé son commandement"), whose verb's subject is after it
        if (close >= start || start - close > 10 || !sentence.CommaBefore(close)
            || Enumerable.Range(close + 1, start - close - 1).Any(k => sentence.CommaBefore(k) || PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null))
            return null;
        return first;
    }

    /// <summary>
    /// The word after an opener's complement that starts at <paramref name="close"/> ("des victimes", "de la zone", "of the
    /// victims": "de"/"of" and at most four words with no comma, number or verb of saying) when a comma ends it; else <paramref name="close"/>.
    /// </summary>
    private static int PastComplement(ClaimSentence sentence, int close, int start)
    {
        var words = sentence.Words;
        if (close >= start || sentence.CommaBefore(close) || words[close].Text is not ("de" or "des" or "du" or "d" or "of"))
            return close;
        var k = close + 1;
        while (k < start && k - close <= 4 && !sentence.CommaBefore(k) && words[k].Number is null && PhraseMatch.At(words, k, SourceVocabulary.Verbs) is null)
            k++;
        return k < start && sentence.CommaBefore(k) ? k : close;
    }

    /// <summary>Whether a closing quotation mark stands between word <paramref name="last"/> and the verb at <paramref name="cue"/>.</summary>
    private static bool QuoteCloses(ClaimSentence sentence, int last, int cue) => sentence.Between(last, cue).IndexOfAny(['»', '”', '"']) >= 0;

    /// <summary>
    /// After a passive auxiliary ("a été", "ont été", "was", "were", "been"), the source right after "par"/"by" within the verb's
    /// phrase (at most eight words on, no comma), else null; not for a verb of blame or reaction.
    /// </summary>
    private static Mention? PassiveAgent(ClaimSentence sentence, List<Mention> mentions, HashSet<Mention> used, int cue, int cueLength)
    {
        var words = sentence.Words;
        // a verb of blame keeps its own reading ("attributed by survivors to Boko Haram" tells who blames, not who counts)
        if (cue == 0 || words[cue - 1].Text is not ("ete" or "was" or "were" or "been") || BlamesOrReacts(words, cue))
            return null;
        for (var k = cue + cueLength; k < words.Count && k <= cue + cueLength + 8 && !sentence.CommaBefore(k); k++)
            if (words[k].Text is "par" or "by")
                return Nearest(mentions, used, k + 1, k + 4, after: true);
        return null;
    }
}
