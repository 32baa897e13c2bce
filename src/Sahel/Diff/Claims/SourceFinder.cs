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
            if (i == 0 && SameSourceOpening(sentence, found, i) is var opened and >= 0)
            {
                i = opened;
                continue;
            }
            if ((RelayedFrom(words, i) is var relay and > 0 ? (true, relay) : AgentPastTime(words, i) is var agent and > 0 ? (true, agent)
                : PhraseMatch.At(words, i, SourceVocabulary.Prepositions)) is { } preposition)
            {
                cueLength = preposition.Length;
                if (!SpeakerOfPreposition(sentence, mentions, subjects, found, used, ref i, cueLength, out source))
                    continue;
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
                if (!SpeakerOfParticiple(words, mentions, subjects, found, used, ref i, cueLength, out source))
                    continue;
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
                source = SpeakerOfStatement(sentence, mentions, found, used, i, cueLength);
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
