using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Finds in one sentence whom statements are attributed to: a source (the army, "des sources locales", a lexicon
/// actor) next to a word that attributes (selon / according to / بحسب before it; annonce / said / قالت beside it;
/// communiqué / statement / بيان naming its issuer), or a source that attributes on its own ("sources locales").
/// </summary>
/// <remarks>
/// This file holds the records and <see cref="Find"/>, the walk over one sentence's cues; its steps are named methods in
/// SourceFinder.CueSpeakers.cs (one per kind of cue), .VerbSubjects.cs (a verb's subject), .Attributing.cs (what follows a
/// cue) and .Passes.cs (the passes around the walk); the helpers they call are split by job into SourceFinder.*.cs
/// (Subjects, BackReferences, Relays, Headings, Accused, Clauses, CueWords, UnknownSpeakers); SourceFinder.Mentions.cs and
/// its own helpers read the sources themselves.
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
        LabelledTurn(sentence, mentions, found, used);
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
            if ((RelayedFrom(words, i) is var relay and > 0 ? (true, relay) : AgentPhrase(sentence, i) is var agent and > 0 ? (true, agent)
                : PhraseMatch.At(words, i, SourceVocabulary.Prepositions)) is { } preposition)
            {
                cueLength = preposition.Length;
                if (!SpeakerOfPreposition(sentence, mentions, subjects, found, used, ref i, cueLength, out source))
                    continue;
            }
            else if (PhraseMatch.At(words, i, SourceVocabulary.Verbs) is { } verb && !ReportAsNoun(words, i))
            {
                cueLength = verb.Length;
                // session 14, round 29: a verb inside a quotation attributed after it is a word of what is said
                if (VerbOfSourceJustRead(words, mentions, used, i) || QuotedAndAttributedAfter(sentence, i))
                {
                    i += cueLength - 1;
                    continue;
                }
                source = SpeakerOfVerb(sentence, mentions, subjects, used, i, cueLength);
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
            i = AttributeCue(sentence, mentions, found, used, i, i + cueLength - 1, source, statement, verbCue);
        }
        MergeCitations(words, found);
        PossessedFigures(sentence, mentions, found, used);
        OwnedDocuments(sentence, mentions, found, used);
        TollVerbSpeakers(sentence, mentions, found, used);
        TollGivingVerbSpeakers(sentence, mentions, found, used);
        TitleSources(sentence, mentions, found, used);
        SelfSources(sentence, mentions, found, used);
        // session 11, round 21: a cue left without a speaker, whose phrase names one the vocabulary does not know
        UnknownSpeakers(sentence, mentions, found);
        ArabicDocumentSubjects(sentence, found);
        var kept = DistinctFound(found);
        RememberNames(words);
        // session 10: "وكالة أعماق: …", "in a statement published by Amaq, saying it had killed 20 soldiers": a group's own outlet
        // speaks for the group, for the figures it gives as for the claim (the responsibility finder reads it the same way).
        return ResponsibilityFinder.OutletsAsTheirGroups(sentence, mentions, StableSort.ByFirst(kept, f => f.First));
    }
}
