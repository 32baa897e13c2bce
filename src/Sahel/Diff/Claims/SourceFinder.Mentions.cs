using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Mention recognition: the sources a sentence names (lexicon actors, the media, officials, local sources, private
/// persons, the spokesman named before) and the words each spans, with a group's media and affiliations told apart.
/// </summary>
/// <remarks>
/// This file holds <c>Mentions</c>, the steps that collect and correct the mentions, and the walk that collects them; the
/// steps that correct them are in SourceFinder.MentionRemovals.cs, .MentionSpokesmen.cs and .MentionKinds.cs; the helpers
/// they call are split by job: SourceFinder.Outlets.cs, .Channels.cs, .Speakers.cs, .Places.cs, .Affiliations.cs,
/// .Voices.cs, .CountryTolls.cs.
/// </remarks>
internal sealed partial class SourceFinder
{
    public List<Mention> Mentions(ClaimSentence sentence, string? lastGroup) => Mentions(sentence, lastGroup, null);

    /// <param name="lastSpokesman">The spokesman the story named last, with whom he speaks for: what a bare "المتحدث",
    /// "the spokesman", "le porte-parole" refers back to.</param>
    public List<Mention> Mentions(ClaimSentence sentence, string? lastGroup, Mention? lastSpokesman) => Mentions(sentence, lastGroup, lastSpokesman, null);

    /// <param name="possessor">The subject of the sentence before: whom "son porte-parole", "its spokesman" speaks for.</param>
    public List<Mention> Mentions(ClaimSentence sentence, string? lastGroup, Mention? lastSpokesman, Attribution? possessor)
    {
        var words = sentence.Words;
        var mentions = LexiconMentions(sentence);
        VocabularyMentions(sentence, mentions, lastGroup);
        AccusativeSpeakers(words, mentions);
        // session 8: people of a trade speaking in the plural, a firm by its legal form, an organisation named by its cause.
        PluralSpeakers(words, mentions);
        NamedOrganisations(words, mentions);
        TradeUnions(words, mentions);
        OutletsByTitle(sentence, mentions);
        PeriodicalTitles(sentence, mentions);
        WithoutDateline(sentence, mentions);
        CapitalsOfMedia(words, mentions);
        // session 15, round 32: "the LNA's media office", "المكتب الإعلامي للجيش" speak for their owner (before the tellers:
        // the owner after "ل" is no one told)
        JoinOwnedMediaOffices(sentence, mentions);
        WithoutTellers(sentence, mentions);
        WithoutQuoters(words, mentions);
        JoinMediaOffices(words, mentions);
        JoinOwnMedia(words, mentions);
        JoinSpokesmen(sentence, mentions);
        SpokesmenOfNouns(words, mentions);
        BareSpokesmen(sentence, mentions, lastSpokesman, possessor);
        PossessedHolders(words, mentions, possessor);
        // session 11, round 21: an association of the people themselves speaks as locals; "Sa présidente", "its chairman",
        // "رئيسها": the organisation's own titles, the same way
        PeopleAssociations(words, mentions);
        PossessedTitles(words, mentions, possessor);
        CountryTolls(words, mentions);
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        ArmySpokesmen(sentence, mentions);
        // session 15, round 32: a spokesman titled by a rank, or speaking for a named operation, is the army's
        ArmyOffices(sentence, mentions);
        // session 13, round 25: a bare source inside an institution speaks for it, as its office holder does.
        SourcesWithin(words, mentions);
        // session 13, round 25: an army's official who asks not to be named is an anonymous military source (before the office
        // holders join their institutions, so that the official is still a bare holder here)
        AnonymousOfficers(sentence, mentions);
        // session 8: an office holder of a UN body, an NGO, a hospital or the police speaks for it.
        OfficeHoldersOf(sentence, mentions);
        // session 15, round 31: a health facility's office holder, or the facility saying, speaks as the hospital
        HealthFacilitySpeakers(sentence, mentions);
        GroupAssociations(words, mentions);
        LocalSpeakers(words, mentions);
        AssociationsNamedByTheirPeople(words, mentions);
        MovementMembers(words, mentions);
        WithoutChannels(words, mentions);
        OwnedDocuments(sentence, mentions);
        // session 12, round 23: "خلال برنامج حواري على قناة محلية، قال نائب", "Lors de l'émission de Radio X, un auditeur affirme",
        // "On Radio X's morning show, a caller said": the medium of an opening adverbial is where the speaker of the clause after
        // its comma speaks, not who speaks
        mentions.RemoveAll(m => m.Kind == SourceKind.Media && ChannelOpening(sentence, m));
        PlacedSpeakers(words, mentions);
        // session 15, round 31: a capital left after "à"/"in"/"في" or before "correspondent" is a place, not the government
        WithoutCapitalPlaces(words, mentions);
        // session 13, round 25: an anonymous account speaks, as no one the outlet can name.
        AnonymousAccounts(words, mentions);
        CirculatingContent(sentence, mentions);
        OwnCounts(sentence, mentions);
        PlacedSources(sentence, mentions);
        return mentions;
    }

    /// <summary>The lexicon actors the sentence names, each with the kind of source it speaks as.</summary>
    private List<Mention> LexiconMentions(ClaimSentence sentence)
    {
        var mentions = new List<Mention>();
        foreach (var match in Recognize(sentence))
        {
            if (match.Actor is not { } actor)
                continue;
            var kind = actor.Kind switch
            {
                "jihadist" or "separatist" or "militia" => SourceKind.ArmedGroup,
                "un" => SourceKind.Un,
                // Juntas and transitional governments speak as governments, not as armies.
                "state" when actor.Id.EndsWith("-junta", StringComparison.Ordinal) || actor.Id is "ne-cnsp" or "td-cmt" => SourceKind.Government,
                _ => SourceKind.Army,
            };
            mentions.Add(new Mention(kind, actor.Id, match.Start, match.Start + match.Length - 1, false));
        }
        return mentions;
    }

    /// <summary>
    /// Adds the sources the vocabulary names outside the lexicon's: the UN, a group noun for the group named last, source phrases.
    /// </summary>
    private static void VocabularyMentions(ClaimSentence sentence, List<Mention> mentions, string? lastGroup)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (mentions.Any(m => m.First <= i && i <= m.Last))
                continue;
            if (words[i] is { Text: "un", Upper: true })
            {
                mentions.Add(new Mention(SourceKind.Un, null, i, i, false));
                continue;
            }
            // "U.N.": the letters apart.
            if (words[i] is { Text: "u", Capital: true } && i + 1 < words.Count && words[i + 1] is { Text: "n", Capital: true }
                && sentence.Between(i, i + 1).SequenceEqual("."))
            {
                mentions.Add(new Mention(SourceKind.Un, null, i, i + 1, false));
                i++;
                continue;
            }
            // "the group", "ce groupe", "الجماعة نفسها": the group named last, earlier in this sentence first.
            // Not a parent named in apposition: in "« Ansarul Islam, membre du GSIM », le mouvement revendique" the movement is Ansarul Islam.
            if ((mentions.LastOrDefault(m => m is { Kind: SourceKind.ArmedGroup, Name: not null } && m.Last < i && !IsAffiliation(words, m, mentions))?.Name ?? lastGroup) is { } group
                && words[i].Text is var noun && words[i].Readings.Any(SourceVocabulary.GroupNouns.Contains)
                // session 9: not a group named by a longer phrase of its own ("le groupe d'experts sur le Mali", "group of experts")
                && PhraseMatch.At(words, i, SourceVocabulary.Sources) is not { Length: > 1 }
                && (i == 0 || words[i - 1].Text is "le" or "the" or "l" or "ce" or "this" or "that" || noun.StartsWith("ال", StringComparison.Ordinal) || noun.StartsWith("لل", StringComparison.Ordinal)))
            {
                mentions.Add(new Mention(SourceKind.ArmedGroup, group, i, i, false));
                continue;
            }
            if (NamedBefore(words, i))
                continue;
            // "la même source" is the source named before, not a new one.
            if (PhraseMatch.At(words, i, SourceVocabulary.SameSource) is { } same)
            {
                i += same.Length - 1;
                continue;
            }
            if (PhraseMatch.At(words, i, SourceVocabulary.Sources) is not { } phrase)
                continue;
            var last = i + phrase.Length - 1;
            if (mentions.Any(m => m.First <= last && i <= m.Last))
                continue;
            // session 10, round 19: a gendarmerie that is a place does not speak ("un poste de gendarmerie", "the gendarmerie post", "مدرسة الدرك")
            if (phrase.Value.Kind == SourceKind.Security && GendarmerieAsPlace(words, i, last))
            {
                i = last;
                continue;
            }
            // session 13: "في الأسر", "من الأسر" (in, from captivity) is where hostages are, not families speaking
            if (words[i].Text == "الاسر" && i > 0 && words[i - 1].Text is "في" or "من")
            {
                i = last;
                continue;
            }
            // session 10, round 19: a monitor that relays a group's claim ("in a claim relayed by a monitoring group") is no
            // speaker: the group speaks (a monitor that speaks of its own is the NGO: "The monitoring group X said")
            if (phrase.Value.Kind == SourceKind.Ngo && RelayedMonitor(words, i))
            {
                i = last;
                continue;
            }
            mentions.Add(new Mention(phrase.Value.Kind, null, i, last, phrase.Value.Self));
            i = last;
        }
    }

    /// <summary>Whether the word at <paramref name="i"/> names a source named before ("المصدر", "the sources said", "le journal").</summary>
    private static bool NamedBefore(IReadOnlyList<ClaimWord> words, int i)
    {
        // "وأضاف المصدر أن", "وتابع المصدر": "the source" alone, with no adjective after it, is the source named before.
        if (words[i].Readings.Contains("المصدر") && (i + 1 >= words.Count || !words[i + 1].Text.StartsWith("ال", StringComparison.Ordinal)))
            return true;
        // session 8: the plural and the dual the same way ("وقالت المصادر إن": the local sources named before), and "the sources
        // said", "ces sources affirment" with their verb right after.
        if (words[i].Text.Contains("لمص", StringComparison.Ordinal) && words[i].Readings.Any(r => r is "المصادر" or "المصدران" or "المصدرين") && (i + 1 >= words.Count || !words[i + 1].Text.StartsWith("ال", StringComparison.Ordinal))
                && !(i > 0 && words[i - 1].Text is "احد" or "احدي") // "بحسب أحد المصادر": one of them (OneOf)
            || words[i].Text is "sources" && i > 0 && words[i - 1].Text is "the" or "these" or "les" or "ces" && i + 1 < words.Count && PhraseMatch.At(words, i + 1, SourceVocabulary.Verbs) is not null)
            return true;
        // session 10, round 19: a periodical by its bare noun after the article ("Le journal affirme", "The newsletter says",
        // "Le bulletin affirme"), no name after it, is the publication named before (a group's weekly speaks for the group), not
        // a new medium: the verb's definite subject points back
        return i > 0 && words[i - 1].Text is "le" or "l" or "the" && PeriodicalNouns.Contains(words[i].Text)
            && (i + 1 >= words.Count || !words[i + 1].Capital && PhraseMatch.At(words, i + 1, SourceVocabulary.Verbs) is not null);
    }

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "its", "their", "his", "ses", "son", "sa", "leur", "leurs" };

    /// <summary>Relative pronouns that open an aside about the name before them: "qui", "which", "who", "التي", "الذي".</summary>
    private static readonly HashSet<string> AsideRelatives = new(StringComparer.Ordinal) { "qui", "which", "who", "التي", "الذي" };

    /// <summary>
    /// Whether the bare source at <paramref name="first"/> stands within four words after a relative pronoun that follows a comma
    /// and a named or kinded source (the aside's antecedent), with no preposition of attribution between ("qui, selon des sources").
    /// </summary>
    private static bool RelativeAsideOf(IReadOnlyList<ClaimWord> words, List<Mention> mentions, int first)
    {
        for (var k = first - 1; k >= 1 && k >= first - 4; k--)
        {
            if (PhraseMatch.At(words, k, SourceVocabulary.Prepositions) is not null)
                return false;
            if (AsideRelatives.Contains(words[k].Text))
                return mentions.Exists(o => o.Kind != SourceKind.Unattributed && o.Last < k && k - o.Last <= 2);
        }
        return false;
    }
}
