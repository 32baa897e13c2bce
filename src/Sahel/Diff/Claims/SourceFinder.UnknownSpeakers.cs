namespace Sahel.Diff.Claims;

/// <summary>
/// Session 11, round 21: a structural fallback for a cue of telling (a reporting verb, "selon/according to/بحسب") that
/// the reading left without a speaker, where the phrase it governs names one the source vocabulary does not know ("Le
/// cluster Santé … signale", "The insurer's quarterly report records", "أفاد تقرير لشركة تأمين", "نعت جامعة"). The
/// speaker's kind is its head noun's class (<see cref="UnknownSpeakerKinds"/>); a document's owner gives the document's kind.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Words of a noun phrase that are not its head: articles, possessives, "of"/"de" and the English genitive's "s".</summary>
    private static readonly HashSet<string> PhraseGlue = new(StringComparer.Ordinal)
    {
        "le", "la", "l", "les", "un", "une", "ce", "cette", "sa", "son", "ses", "leur", "de", "du", "des", "d",
        "the", "a", "an", "this", "its", "their", "of", "s",
    };

    /// <summary>Past participles that open an aside after a subject: "coordonné par", "read on", "seen by", "lue sur".</summary>
    private static readonly HashSet<string> AsideParticiples = new(StringComparer.Ordinal)
    {
        "coordonne", "coordonnee", "pilote", "pilotee", "lu", "lue", "diffuse", "diffusee", "publie", "publiee", "signe", "signee", "consulte", "consultee", "base", "basee",
        "coordinated", "led", "read", "seen", "aired", "broadcast", "published", "signed", "based", "chaired", "run",
    };

    /// <summary>Words that open what a cue reports (the speaker is not past them): "que", "that", "أن", "بأن".</summary>
    private static readonly HashSet<string> ReportOpeners = new(StringComparer.Ordinal) { "que", "qu", "that", "how", "ان", "بان", "انه", "انها", "بانه", "بانها" };

    private static void UnknownSpeakers(ClaimSentence sentence, List<Mention> mentions, List<Found> found)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var known = PhraseMatch.At(words, i, SourceVocabulary.Verbs);
            var extra = known is null ? PhraseMatch.At(words, i, UnknownSpeakerKinds.ReportingVerbs) : null;
            var preposition = known is null && extra is null ? PhraseMatch.At(words, i, SourceVocabulary.Prepositions) : null;
            if ((known ?? extra ?? preposition) is not { } cue)
                continue;
            var last = i + cue.Length - 1;
            // a cue the reading gave a source, or pointed back with, keeps it; a name inside a mention is no cue
            var at = found.FindIndex(f => f.First <= last && i <= f.Last);
            if (at >= 0 && found[at].Attribution.Kind != SourceKind.Unattributed || mentions.Exists(m => m.First <= i && i <= m.Last) || Negated(words, i))
            {
                i = last;
                continue;
            }
            // an existing mention is the speaker only of a verb the vocabulary does not hold (the reading saw the others)
            var arabic = ArabicScript.Starts(words[i].Text);
            // "شركاء الحماية وثّقوا", "سكان محليون رصدوا": an Arabic verb that carries a plural subject has it before
            var speaker = arabic && extra is not null && words[i].Text.Length > 4 && words[i].Text.EndsWith("وا", StringComparison.Ordinal)
                ? mentions.LastOrDefault(m => m.Last < i && i - m.Last <= 2 && m.Kind != SourceKind.Unattributed && sentence.Between(m.Last, i).IndexOfAny([',', '،']) < 0)
                : preposition is not null || arabic
                ? SpeakerAfter(sentence, mentions, last + 1, mentionsToo: extra is not null)
                : SpeakerBefore(sentence, mentions, i, mentionsToo: extra is not null) ?? SpeakerInverted(sentence, mentions, i, last, mentionsToo: extra is not null);
            // a point-back ("selon la direction", "le cluster précise") gives way only to a head the classes know, never to a
            // mention (the reading chose to point back past it)
            if (speaker is not { } s || at >= 0 && found[at].Back && (s.Name is not null || mentions.Contains(s)))
            {
                i = last;
                continue;
            }
            var (first, end) = (Math.Min(i, s.First), Math.Max(last, s.Last));
            var quote = end - first > 6
                ? s.First < i ? $"{sentence.Quote(s.First, s.Last)} … {sentence.Quote(i, last)}" : $"{sentence.Quote(i, last)} … {sentence.Quote(s.First, s.Last)}"
                : sentence.Quote(first, end);
            var read = new Found(new Attribution { Kind = s.Kind, Name = s.Name, Text = quote }, first, end);
            if (at >= 0)
                found[at] = read;
            else
                found.Add(read);
            i = Math.Max(last, s.Last);
        }
    }

    /// <summary>
    /// Session 12, round 23: whether the document within three words of <paramref name="from"/> ("the note", "the weekly note",
    /// "le rapport") is followed by its owner ("of the health district", "de la commission"): then it names a new speaker, it does
    /// not point back.
    /// </summary>
    private static bool OwnerFollows(IReadOnlyList<ClaimWord> words, int from) =>
        Enumerable.Range(from, Math.Max(0, Math.Min(3, words.Count - from - 1)))
            .Any(j => words[j].Readings.Any(UnknownSpeakerKinds.Documents.Contains) && words[j + 1].Text is "of" or "de" or "du" or "des" or "d");

    /// <summary>A head of <see cref="UnknownSpeakerKinds.Heads"/> at <paramref name="k"/>, as a mention, else null.</summary>
    private static Mention? HeadAt(IReadOnlyList<ClaimWord> words, int k) =>
        PhraseMatch.At(words, k, UnknownSpeakerKinds.Heads) is { } head ? new Mention(head.Value, null, k, k + head.Length - 1, false) : PrivatePersonAt(words, k);

    /// <summary>
    /// The subject of a French or English verb at <paramref name="cue"/>: the head within the first six words of its clause
    /// (the sentence's start, or past a comma or "and"/"et", the nearest first, so that "Le cluster, coordonné par l'OMS,
    /// signale" passes the aside), with no figure, toll word, other cue or "que/that" between the clause's start and the verb.
    /// </summary>
    private static Mention? SpeakerBefore(ClaimSentence sentence, List<Mention> mentions, int cue, bool mentionsToo)
    {
        var words = sentence.Words;
        var verb = cue > 0 && Auxiliaries.Contains(words[cue - 1].Text) ? cue - 1 : cue;
        for (var k = verb - 1; k >= 0 && k >= verb - 16; k--)
        {
            if (words[k].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[k].Text) || PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null
                || ReportOpeners.Contains(words[k].Text) || PhraseMatch.At(words, k, SourceVocabulary.Verbs) is not null || PhraseMatch.At(words, k, SourceVocabulary.Prepositions) is not null)
                return null;
            // a participle's aside between the subject and its verb is no clause of its own ("Le cluster, coordonné par l'OMS,
            // signale", "A message from the chief, read on community radio, mourned")
            var opens = k == 0 || (sentence.CommaBefore(k) || words[k - 1].Text is "et" or "and" or "mais" or "but") && !AsideParticiples.Contains(words[k].Text);
            // session 12, round 23: the subject phrase runs up to its verb ("Herders' representatives on the Gorom livestock market
            // committee said"): its head may stand past six words
            if (opens && SpeakerAfter(sentence, mentions, k, mentionsToo, until: verb, span: 10) is { } subject)
                return subject;
            if (k > 0 && sentence.Between(k - 1, k).IndexOfAny(['.', ';', ':', '«', '"', '“']) >= 0)
                return null;
        }
        return null;
    }

    /// <summary>
    /// The speaker of a verb after a comma or a quote, after the verb: ", a lancé samedi le candidat", "», dit le message",
    /// "…, the insurer said": an article, then the head, within four words past the verb.
    /// </summary>
    private static Mention? SpeakerInverted(ClaimSentence sentence, List<Mention> mentions, int cue, int last, bool mentionsToo)
    {
        var words = sentence.Words;
        var verb = cue > 0 && Auxiliaries.Contains(words[cue - 1].Text) ? cue - 1 : cue;
        if (verb == 0 || sentence.Between(verb - 1, verb).IndexOfAny([',', '»', '"', '”']) < 0 || last + 1 >= words.Count || ReportOpeners.Contains(words[last + 1].Text))
            return null;
        for (var k = last + 1; k < words.Count && k <= last + 4; k++)
            if (words[k].Text is "le" or "la" or "l" or "les" or "the" || IndefiniteInverted(words, k))
                return SpeakerAfter(sentence, mentions, k, mentionsToo, until: Math.Min(words.Count, k + 4));
        return null;
    }

    /// <summary>
    /// The head of the phrase that starts at <paramref name="from"/>: within six words (before <paramref name="until"/>), past
    /// articles, names in capitals, adjectives and a document the speaker issued ("le rapport de l'assureur", "تقرير فصلي
    /// لشركة تأمين"), and not past what the cue reports ("que", "أن") or a comma; else null.
    /// </summary>
    private static Mention? SpeakerAfter(ClaimSentence sentence, List<Mention> mentions, int from, bool mentionsToo, int until = int.MaxValue, int span = 6)
    {
        var words = sentence.Words;
        var end = Math.Min(Math.Min(words.Count, until), from + span);
        var extended = false;
        for (var k = from; k < end; k++)
        {
            // past a document ("أفاد تقرير فصلي لشركة نقل", "the report by the transport company"), a name the reading knows
            // is the document's owner, whom the verb's own reading does not reach
            // session 12, round 23: and its owner's phrase may run three words further ("the weekly note of the Mopti health district")
            if (words[k].Readings.Any(UnknownSpeakerKinds.Documents.Contains))
            {
                end = extended ? end : Math.Min(Math.Min(words.Count, until), end + 3);
                (mentionsToo, extended) = (true, true);
            }
            if (k > from && sentence.CommaBefore(k) || ReportOpeners.Contains(words[k].Text) || words[k].Number is not null
                || PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null || ClaimVocabulary.Cardinals.ContainsKey(words[k].Text)
                // "selon la même compagnie", "the same firm": the source named before, read as such already
                || PhraseMatch.At(words, k, SourceVocabulary.SameSource) is not null && !OwnerFollows(words, k)
                || words[k].Text is "meme" or "same" or "نفسه" or "نفسها" or "ذاته" or "ذاتها")
                return null;
            // "a Bamako-based insurer": a place named as a modifier is not the speaker
            if (mentions.FirstOrDefault(m => m.First == k && m.Kind != SourceKind.Unattributed) is { } named && !(named.Last + 1 < words.Count && words[named.Last + 1].Text is "based" or "basee" or "base"))
                return mentionsToo ? named : null;
            if (HeadAt(words, k) is { } head)
                return head;
        }
        return null;
    }

    /// <summary>
    /// An association of the people themselves (its members' trade, sex, age or loss within four words: "l'association des
    /// femmes commerçantes", "the Gao market women's association", "جمعية تاجرات السوق") speaks as locals, not as an NGO.
    /// </summary>
    private static void PeopleAssociations(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k] is not { Kind: SourceKind.Ngo, Name: null } m || !Enumerable.Range(m.First, m.Last - m.First + 1).Any(j => words[j].Readings.Any(UnknownSpeakerKinds.AssociationHeads.Contains)))
                continue;
            var (from, to) = (Math.Max(0, m.First - 4), Math.Min(words.Count - 1, m.Last + 4));
            // session 14, round 28: a rights association defends the people it names, it is not theirs
            if (Enumerable.Range(from, to - from + 1).Any(j => UnknownSpeakerKinds.RightsWords.Contains(words[j].Text)))
                continue;
            // not past a comma, a figure or another name
            if (Enumerable.Range(from, to - from + 1).Any(j => (j < m.First || j > m.Last) && words[j].Readings.Any(UnknownSpeakerKinds.AssociatedPeople.Contains)
                    && !mentions.Exists(o => o != m && o.First <= j && j <= o.Last) && Enumerable.Range(Math.Min(j, m.First), Math.Abs(j - m.First)).All(b => words[b].Number is null)))
                mentions[k] = m with { Kind = SourceKind.Local };
        }
    }

    /// <summary>
    /// A person named by a title of an organisation and its possessive ("Sa présidente, Mme X, a rappelé", "Its chairman
    /// says", "وقالت رئيستها") speaks for the organisation: the source named before in the sentence, else the subject of the
    /// sentence before (<paramref name="possessor"/>), as "son directeur" does.
    /// </summary>
    private static void PossessedTitles(IReadOnlyList<ClaimWord> words, List<Mention> mentions, Attribution? possessor)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var possessed = UnknownSpeakerKinds.PossessedTitles.Contains(words[i].Text) ? i
                : i > 0 && UnknownSpeakerKinds.Titles.Contains(words[i].Text) && OrganisationPossessives.Contains(words[i - 1].Text) ? i - 1 : -1;
            if (possessed < 0 || mentions.Exists(m => m.First <= i && possessed <= m.Last))
                continue;
            AddPossessedSpeaker(mentions, possessor, possessed, i);
        }
    }
}
