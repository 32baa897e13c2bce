using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Finds in one sentence whom statements are attributed to: a source (the army, "des sources locales", a lexicon
/// actor) next to a word that attributes (selon / according to / بحسب before it; annonce / said / قالت beside it;
/// communiqué / statement / بيان naming its issuer), or a source that attributes on its own ("sources locales").
/// </summary>
/// <remarks>
/// This file holds the records and <see cref="Find"/>, the walk over one sentence's cues; the helpers it calls are split by
/// job into SourceFinder.*.cs (Subjects, BackReferences, Relays, Headings, Accused, Clauses, CueWords, UnknownSpeakers);
/// SourceFinder.Mentions.cs and its own helpers read the sources themselves.
/// </remarks>
internal sealed partial class SourceFinder(EntityRecognizer recognizer)
{
    /// <summary>A source named in the sentence, and the words it spans.</summary>
    public sealed record Mention(SourceKind Kind, string? Name, int First, int Last, bool Self);

    /// <summary>
    /// An attribution and the words it spans, to tell which figure it is nearest to. <paramref name="Back"/> when it
    /// refers to the source named before ("la même source", "selon le communiqué"): the caller knows which that was.
    /// </summary>
    /// <paramref name="ForwardOnly"/> when the cue is a claim ("revendique", "claimed"): it attributes only the
    /// figures after it.
    public sealed record Found(Attribution Attribution, int First, int Last, bool Back = false, bool ForwardOnly = false);

    public List<Found> Find(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        subjectWords = words;
        var found = new List<Found>();
        var used = new HashSet<Mention>();
        // "عناصر الدرك البوركيني الذين لقوا حتفهم", "des soldats de l'armée": a force whose men are counted is no sentence subject.
        var subjects = mentions.Exists(m => OfVictims(sentence, m)) ? mentions.Where(m => !OfVictims(sentence, m)).ToList() : mentions;
        // session 11, round 20: a transcript's speaker label naming a source speaks its turn ("JURISTE DE L'ASSOCIATION X : Nous
        // avons recueilli…", "SPOKESMAN: Our members tell us…")
        if (mentions.Count > 0 && mentions.MinBy(m => m.First) is { Kind: not (SourceKind.Unattributed or SourceKind.Media) } label && SpeakerLabel(sentence, label))
        {
            found.Add(new Found(new Attribution { Kind = label.Kind, Name = label.Name, Text = sentence.Quote(0, label.Last) }, 0, label.Last));
            used.Add(label);
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (mentions.Any(m => m.First <= i && i <= m.Last))
                continue;
            Mention? source = null;
            int cueLength;
            var statement = false;
            var verbCue = false;
            // "Le communiqué fait état de…", "The statement said…": the source named before, as the sentence's subject.
            // session 11, round 20: a possessed one also past an aside between commas ("Its statement, posted on Tuesday, claims thirty
            // soldiers killed"): its owner is the subject before ("Le texte, illustré de photos, affirme" may be anyone's)
            if (i == 0 && PhraseMatch.At(words, i, SourceVocabulary.SameSource) is { } opening
                && (Enumerable.Range(opening.Length, Math.Min(3, words.Count - opening.Length)).Any(k => PhraseMatch.At(words, k, SourceVocabulary.Verbs) is not null)
                    || words[0].Text is "its" or "their" or "son" or "sa" or "leur" && VerbPastAside(sentence, opening.Length)))
            {
                found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(0, opening.Length - 1) }, 0, opening.Length - 1, Back: true));
                i = opening.Length - 1;
                continue;
            }
            // session 13, round 25: a definite one too when its aside tells only how it reached the public ("The statement, carried by
            // the state broadcaster, said", "Le communiqué, lu à la télévision nationale, précise"): the channel is no speaker, and
            // the verb after the aside is the statement's; read past both.
            if (i == 0 && PhraseMatch.At(words, i, SourceVocabulary.SameSource) is { } channelled && ChannelAsideVerb(sentence, channelled.Length) is var verbAt and > 0)
            {
                found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(0, channelled.Length - 1) }, 0, channelled.Length - 1, Back: true));
                i = verbAt + PhraseMatch.At(words, verbAt, SourceVocabulary.Verbs)!.Value.Length - 1;
                continue;
            }
            // "les informations selon lesquelles…": a relative, not a source.
            if ((RelayedFrom(words, i) is var relay and > 0 ? (true, relay) : AgentPastTime(words, i) is var agent and > 0 ? (true, agent)
                : PhraseMatch.At(words, i, SourceVocabulary.Prepositions)) is { } preposition)
            {
                if (i + preposition.Length < words.Count && Relatives.Contains(words[i + preposition.Length].Text))
                {
                    i += preposition.Length;
                    continue;
                }
                cueLength = preposition.Length;
                // session 7: "according to a claim translated by a monitoring group", "according to SITE Intelligence Group", "selon un
                // communiqué traduit par SITE", "بحسب ما نقلت مجموعة سايت": a monitor relays the group's own claim; the group speaks.
                if (MonitorRelay(words, i + cueLength))
                {
                    i += cueLength - 1;
                    continue;
                }
                // "selon lui", "حسب قوله": the sentence's subject; with none, the source named before ("Selon elle, huit autres…",
                // "Selon l'une d'elles", "according to one of them").
                var pronounLength = PronounAt(words, i + cueLength);
                if (pronounLength > 0 && Subject(subjects, used, i) is null)
                {
                    found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(i, i + cueLength + pronounLength - 1) }, i, i + cueLength + pronounLength - 1, Back: true));
                    i += cueLength + pronounLength - 1;
                    continue;
                }
                source = pronounLength > 0
                    ? Subject(subjects, used, i)
                    // "de sources locales": the source may begin inside the preposition's words.
                    : Nearest(mentions, used, i + 1, i + cueLength + 4, after: true)
                        // "according to figures compiled by the U.N.", "selon un bilan établi par l'ONG": the one who made the document.
                        ?? (Enumerable.Range(i + cueLength, Math.Max(0, Math.Min(6, words.Count - i - cueLength))).FirstOrDefault(k => words[k].Text is "by" or "par", -1) is var by and >= 0
                            ? Nearest(mentions, used, by + 1, by + 3, after: true) : null);
                // "بحسب المكتب", "according to the office", "selon la direction": a definite noun naming no one new is the source named before.
                if (source is null && pronounLength == 0 && DefiniteNounAfter(words, i + cueLength) is var definiteLength and > 0)
                {
                    found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(i, i + cueLength + definiteLength - 1) }, i, i + cueLength + definiteLength - 1, Back: true));
                    i += cueLength + definiteLength - 1;
                    continue;
                }
            }
            else if (PhraseMatch.At(words, i, SourceVocabulary.Verbs) is { } verb)
            {
                cueLength = verb.Length;
                // "حسب مصدر أمني تحدث لمراسلنا", "according to a source who spoke": the verb of a source already read is its relative clause.
                if (Negated(words, i) || ArabicScript.Starts(words[i].Text) && !words[i].Text.StartsWith('و') && mentions.Any(m => used.Contains(m) && m.Last < i && i - m.Last <= 1))
                {
                    i += cueLength - 1;
                    continue;
                }
                // Arabic puts the subject after its verb (قالت مصادر محلية), or leaves it to the sentence's subject (وقالت إنها…).
                // A verb with "and" attached (وتحدثت، وقالت) continues the sentence's subject.
                // A verb that carries a plural subject (اتهموا، أكدوا) has it before: "سكان محليون قد اتهموا الجيش" is the residents'.
                // "أصدر شيخ القبيلة بيانا قال فيه إن", "وجه نائب سؤالا قال فيه": "in which he said" is the sentence's subject.
                source = ArabicScript.Starts(words[i].Text) && i + cueLength < words.Count && words[i + cueLength].Text is "فيه" or "فيها" && Subject(subjects, used, i) is { } issuer
                    ? issuer
                    : ArabicScript.Starts(words[i].Text) && ContinuesAfterComma(sentence, i)
                    // "ونسب التقرير … إلى جماعة نصرة الإسلام، فيما حمّل الجيش …", "…، لكنه حمّل", "…، فيما قالت إن": after a comma and
                    // "while"/"but it", the verb goes on with the sentence's subject, not the name that closed the clause before; a subject
                    // after the verb still speaks ("…، فيما قال أولياء أمور إن").
                    // "فيما حمّل الجيش المالي وحلفاءه مسؤولية مقتل": who is made to bear the responsibility is the accused, not the speaker.
                    ? (Nearest(mentions, used, i + cueLength, i + cueLength + 1, after: true) is { } afterVerb && !BearsResponsibility(words, i, afterVerb) ? afterVerb : null) ?? Subject(subjects, used, i)
                    : ArabicScript.Starts(words[i].Text)
                    ? words[i].Text.Length > 4 && words[i].Text.EndsWith("وا", StringComparison.Ordinal) && Nearest(mentions, used, i - 4, i - 1, after: false) is { } plural
                        ? plural
                    : words[i].Text.StartsWith('و') && !SourceVocabulary.Verbs.ContainsKey(words[i].Text)
                        // "وحمّل البيان تنظيم الدولة مسؤولية الهجوم": the one charged is the verb's object.
                        ? (Nearest(mentions, used, i + cueLength, i + cueLength + 1, after: true) is { } next && !BearsResponsibility(words, i, next) && !OpensClause(words, i + cueLength) ? next : null) ?? Subject(subjects, used, i)
                        : Nearest(mentions, used, i - 2, i - 1, after: false) ?? PlacedBefore(sentence, mentions, used, i) ?? Nearest(mentions, used, i + cueLength, i + cueLength + 1, after: true) ?? Subject(subjects, used, i)
                    // "The army blamed Boko Haram and said…", "l'armée, qui affirme…", "which it said": the verb's subject is the sentence's.
                    // "un rapport onusien qui accuse", "the rights group, which says": a relative's subject is the name just before it.
                    // "le Front, qui lui impute la mort de 21 civils", "qui les accuse": past an object pronoun, the relative is still the verb's subject.
                    // session 12, round 23: also the speaker just read (", a indiqué le bureau de l'OCHA à Niamey, qui impute"): the
                    // relative goes on with it, not with the sentence's first name
                    : RelativeBefore(words, i) is var relative and > 0 && (Nearest(mentions, used, relative - 3, relative - 1, after: false)
                        ?? mentions.LastOrDefault(m => used.Contains(m) && m.Last >= relative - 3 && m.Last <= relative - 1 && m.Kind != SourceKind.Unattributed)) is { } antecedent
                        ? antecedent
                    : i > 0 && (words[i - 1].Text is "and" or "et" or "qui" or "who" or "which" or "he" or "she" || Pronouns.Contains(words[i - 1].Text))
                        // "It blames the attack on JNIM and says": the accused after the verb is not its subject.
                        // session 12, round 23: not past a personal pronoun that is the verb's own subject ("He said JNIM fighters also
                        // abducted", "she says the army"): a name after it opens what is said
                        ? Subject(subjects, used, i) ?? (words[i - 1].Text is not ("he" or "she" or "they" or "il" or "elle" or "ils" or "elles")
                            && Nearest(mentions, used, i + cueLength, i + cueLength + 3, after: true) is { } named && !Accused(named) ? named : null)
                    : AfterComma(sentence, i)
                        // ", a déclaré à l'Agence sahélienne de presse le porte-parole": past the medium told.
                        // "…, reported 19 soldiers and VDP killed": a force whose men are counted after the verb is what is told, not who tells.
                        // session 9: not inside the clause the verb opens: ", affirment qu'une frappe de l'armée a tué" is the residents'.
                        ? (i + cueLength < words.Count && Complementizers.Contains(words[i + cueLength].Text) ? null
                            : Nearest(subjects, used, i + cueLength, i + cueLength + (i + cueLength < words.Count && ToWords.Contains(words[i + cueLength].Text) ? 9 : 5), after: true))
                            // session 8: "The Northern Rights Forum, which sent researchers to the area, put the toll at 21", "Aid workers in
                            // Kaya, where the wounded were taken, said": past a relative aside, the name before it is the verb's subject.
                            ?? AsideSubject(sentence, mentions, i)
                            ?? Nearest(mentions, used, i - 6, i - 1, after: false)
                            // "Le ministre de la Défense, à la télévision, affirme": the sentence's subject past an aside.
                            ?? OpeningSubject(words, subjects, used, i)
                        // "a rapporté à notre antenne un conseiller": the one told comes before the teller.
                        : SpeakerBefore(sentence, Nearest(mentions, used, i - 6, i - 1, after: false), i)
                            // "Amnesty International said": the name right before is the verb's subject, also when an earlier verb had it.
                            ?? mentions.LastOrDefault(m => m.Last < i && i - m.Last <= (Auxiliaries.Contains(words[i - 1].Text) ? 2 : 1) && m.Kind != SourceKind.Unattributed)
                            // "Le gouverneur de la région de Tombouctou a indiqué lundi que": the source that opens the sentence, its subject.
                            ?? OpeningSubject(words, subjects, used, i)
                            // "Human Rights Watch affirme que des soldats…": a name in what is said is not who says it.
                            ?? (i + cueLength < words.Count && Complementizers.Contains(words[i + cueLength].Text) || PhraseMatch.At(words, i, BlameVerbs) is not null || PhraseMatch.At(words, i, ReactionVerbs) is not null ? null
                                : Nearest(subjects, used, i + cueLength, i + cueLength + (i + cueLength < words.Count && ToWords.Contains(words[i + cueLength].Text) ? 6 : 3), after: true));
                // "Un pêcheur de Baga, joint par téléphone, affirme", "one woman said": a private person speaking is a local source.
                if (source is null && !ArabicScript.Starts(words[i].Text) && PersonSubject(sentence, i) is var person and >= 0)
                    source = new Mention(SourceKind.Local, null, person, person + 1, false);
                verbCue = true;
            }
            else if (PhraseMatch.At(words, i, SourceVocabulary.Participles) is { } participle)
            {
                cueLength = participle.Length;
                // "…, the defence ministry said, adding that 19 attackers were killed": an English or French participle goes on
                // with the attribution just read; it names no one else (not the sentence's first name).
                if (!ArabicScript.Starts(words[i].Text) && found.Count > 0 && !found[^1].Back && found[^1].Attribution.Kind != SourceKind.Unattributed && found[^1].Last < i)
                {
                    i += cueLength - 1;
                    continue;
                }
                // "…، بينما نفت وزارة الدفاع ذلك مؤكدة": the subject of the last verb before, else the sentence's.
                var lastVerb = Enumerable.Range(0, i).LastOrDefault(k => PhraseMatch.At(words, k, SourceVocabulary.Verbs) is not null, -1);
                // "وحمّل البيان تنظيم الدولة مسؤولية الهجوم، مشيرا": not the one the verb charges.
                source = (lastVerb > 0 && ArabicScript.Starts(words[lastVerb].Text) ? mentions.FirstOrDefault(m => m.First > lastVerb && m.First - lastVerb <= 2 && !BearsResponsibility(words, lastVerb, m)) : null) ?? Subject(subjects, used, i);
            }
            else if (RelaysThat(sentence, mentions, used, i) is { } relayer)
            {
                // session 11, round 20: "نقلت وكالة أعماق … أن": the one who relays with "أن" and no "عن" tells it itself
                cueLength = 1;
                source = relayer;
                verbCue = true;
            }
            else if (PhraseMatch.At(words, i, SourceVocabulary.Statements) is { } noun)
            {
                cueLength = noun.Length;
                statement = true;
                // "Communiqué n°047 de l'état-major": a serial number may stand between the statement and its issuer.
                var serial = i + cueLength + 1 < words.Count && words[i + cueLength].Text is "n" or "no" or "رقم" && words[i + cueLength + 1].Number is not null ? 2 : 0;
                // "اتهمت جبهة تحرير أزواد في بيان الجيش المالي", "said in a statement": the statement of the speaker just read;
                // a name after it is what the speaker speaks of.
                var adverbial = i > 0 && (words[i - 1].Text is "في" || i > 1 && words[i - 1].Text is "un" or "une" or "a" && words[i - 2].Text is "dans" or "in")
                    && found.Count > 0 && SpeakerJustRead(sentence, found[^1], i);
                // session 11, round 20: the issuer stands in the statement's own phrase, not past a comma that opens another clause
                // ("ولم يعلق الجيش على البيان، فيما قال مصدر أمني", "did not comment on the statement, while a security source said")
                source = adverbial ? null : (Nearest(mentions, used, i + cueLength, i + cueLength + 3 + serial, after: true) is { } issuer && !CommaBetween(sentence, i + cueLength - 1, issuer.First) ? issuer : null)
                    ?? Nearest(mentions, used, i - 2, i - 1, after: false);
            }
            else
                continue;
            var cueLast = i + cueLength - 1;
            if (source is null)
            {
                i = UnnamedSpeakerCue(sentence, mentions, found, used, i, cueLast, statement, verbCue);
                continue;
            }
            if (SameSpeakerCue(sentence, found, used, i, cueLast, source) is var back and >= 0)
            {
                i = back;
                continue;
            }
            i = AddSpeaker(sentence, mentions, found, used, i, cueLast, source);
        }
        MergeCitations(words, found);
        PossessedFigures(sentence, mentions, found, used);
        TitleSources(sentence, mentions, found, used);
        SelfSources(sentence, mentions, found, used);
        // session 11, round 21: a cue left without a speaker, whose phrase names one the vocabulary does not know
        UnknownSpeakers(sentence, mentions, found);
        var kept = DistinctFound(found);
        // session 10: "وكالة أعماق: …", "in a statement published by Amaq, saying it had killed 20 soldiers": a group's own outlet
        // speaks for the group, for the figures it gives as for the claim (the responsibility finder reads it the same way).
        return ResponsibilityFinder.OutletsAsTheirGroups(sentence, mentions, StableSort.ByFirst(kept, f => f.First));
    }
}
