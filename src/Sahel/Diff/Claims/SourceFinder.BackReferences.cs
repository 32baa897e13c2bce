namespace Sahel.Diff.Claims;

/// <summary>
/// Attributions that point back to a source named before rather than naming one: "la même source", "the same official",
/// "المسؤول نفسه", "one of the sources", a pronoun ("selon lui", "Il indique", "a-t-il dit"), a definite noun naming no one
/// new ("according to the office", "the office said"), and a statement that belongs to the speaker just read ("a indiqué
/// l'état-major dans un communiqué"). The caller knows which source that was.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>How many words a pronoun standing for a source spans at <paramref name="at"/> ("lui", "l'une d'elles", "one of them"), else 0.</summary>
    private static int PronounAt(IReadOnlyList<ClaimWord> words, int at)
    {
        if (at >= words.Count)
            return 0;
        if (Pronouns.Contains(words[at].Text) || words[at].Text is "eux" or "elles" or "them" or "him" or "her" or "احدها" or "احدهم" or "احدهما")
            return 1;
        // session 14, round 27: the relative pronoun after the preposition ("…, a raconté un conseiller, selon qui vingt-deux corps",
        // "a councillor said, according to whom 22 bodies") stands for its antecedent, the speaker just named, as "selon lui" does
        if (at > 0 && (words[at].Text == "qui" && words[at - 1].Text is "selon" or "apres" || words[at].Text == "whom" && words[at - 1].Text == "to"))
            return 1;
        if (at + 3 < words.Count && words[at].Text == "l" && words[at + 1].Text is "un" or "une" && words[at + 2].Text == "d" && words[at + 3].Text is "eux" or "elles")
            return 4;
        return at + 2 < words.Count && words[at].Text is "one" && words[at + 1].Text == "of" && words[at + 2].Text is "them" or "those" ? 3 : 0;
    }

    /// <summary>
    /// Session 15, round 30: whether the statement at <paramref name="statement"/> is the channel of a participle of saying
    /// right before it ("saying in a statement", "affirmant dans un communiqué", "قائلة في بيان") that goes on with the speaker
    /// read before it (<paramref name="last"/>), however far that speaker stands.
    /// </summary>
    private static bool ParticiplesStatement(IReadOnlyList<ClaimWord> words, Found last, int statement)
    {
        var participle = statement >= 2 && words[statement - 1].Text is "في" ? statement - 2
            : statement >= 3 && words[statement - 2].Text is "in" or "dans" && words[statement - 1].Text is "a" or "un" or "une" or "its" or "son" ? statement - 3 : -1;
        return participle > last.Last && last.Attribution.Kind != SourceKind.Unattributed && PhraseMatch.At(words, participle, SourceVocabulary.Participles) is not null;
    }

    /// <summary>
    /// Whether the attribution just read is the speaker of a statement at <paramref name="statement"/> ("a indiqué l'état-major
    /// dans un communiqué", "قالت هيئة الأركان في بيان"): right before it, or session 10, past the speaker's own complement in the
    /// same clause ("a annoncé l'état-major des Forces armées béninoises dans un communiqué", "the army's general staff of the
    /// northern sector said in a statement"): within nine words, with no comma, figure or toll word between.
    /// </summary>
    private static bool SpeakerJustRead(ClaimSentence sentence, Found last, int statement)
    {
        if (last.Last >= statement - 3)
            return true;
        if (last.Last >= statement || statement - last.Last > 9 || sentence.Between(last.Last, statement).IndexOfAny([',', '،', ';', ':']) >= 0)
            return false;
        var words = sentence.Words;
        for (var k = last.Last + 1; k < statement; k++)
            if (words[k].Number is not null || PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null)
                return false;
        return true;
    }

    /// <summary>
    /// session 11, round 20: a verb of telling right after an aside that opens with a comma at <paramref name="at"/> and closes
    /// with one within seven words ("Its statement, posted on Tuesday, claims").
    /// </summary>
    private static bool VerbPastAside(ClaimSentence sentence, int at)
    {
        var words = sentence.Words;
        if (at >= words.Count || !sentence.CommaBefore(at))
            return false;
        for (var k = at + 1; k < words.Count && k <= at + 7; k++)
            if (sentence.CommaBefore(k))
                return PhraseMatch.At(words, k, SourceVocabulary.Verbs) is not null;
        return false;
    }

    /// <summary>Participles that tell how a statement reached the public: "carried by", "read on", "lu à", "diffusé par", "نشرته".</summary>
    private static readonly HashSet<string> ChannelParticiples = new(StringComparer.Ordinal)
    {
        "carried", "relayed", "broadcast", "read", "published", "posted", "aired", "released", "issued", "shared",
        "diffuse", "diffusee", "relaye", "relayee", "lu", "lue", "publie", "publiee", "transmis", "transmise", "partage", "partagee",
        "نشرته", "بثته", "تلاه", "نشرتها", "بثها",
    };

    /// <summary>
    /// session 13, round 25: where the verb of telling stands right after an aside that opens with a comma at <paramref name="at"/>
    /// with a channel's participle and closes with a comma within nine words ("The statement, carried by RTB, said"), else -1.
    /// </summary>
    private static int ChannelAsideVerb(ClaimSentence sentence, int at)
    {
        var words = sentence.Words;
        if (at >= words.Count || !sentence.CommaBefore(at) || !ChannelParticiples.Contains(words[at].Text))
            return -1;
        for (var k = at + 1; k < words.Count && k <= at + 9; k++)
            if (sentence.CommaBefore(k))
                return PhraseMatch.At(words, k, SourceVocabulary.Verbs) is not null ? k : -1;
        return -1;
    }

    /// <summary>
    /// Where a source noun said to be the same one ends ("la même association", "the same official", "المسؤول نفسه", "الجمعية
    /// ذاتها"), else -1. Not a name: "the same Amnesty International" is rare and names its source anyway.
    /// </summary>
    private static int SameAs(IReadOnlyList<ClaimWord> words, Mention source)
    {
        if (source.Name is not null)
            return -1;
        if (source.Last + 1 < words.Count && words[source.Last + 1].Text is "نفسه" or "نفسها" or "ذاته" or "ذاتها" or "نفسهم" or "انفسهم")
            return source.Last + 1;
        // session 12, round 24: a demonstrative before the bare "source" points back as "même" does ("a ajouté cette source", "this
        // source added", "وأضاف هذا المصدر"); not before a noun of a kind of its own ("ce responsable local" keeps its kind)
        if (source.Kind == SourceKind.Unattributed && source.First > 0 && words[source.First - 1].Text is "cette" or "ces" or "this" or "that" or "these" or "هذا" or "هذه")
            return source.Last;
        // session 13, round 25: so does the definite article or "one" before the bare singular "source" that a verb of telling
        // governs ("The source said", "One source said", "a précisé la source"), as "المصدر" alone in Arabic (session 8): a
        // journalist names a new source with its kind ("a security source"), an old one with the article
        if (source.Kind == SourceKind.Unattributed && source.First == source.Last && words[source.First].Text == "source" && source.First > 0
            && words[source.First - 1].Text is "the" or "la" or "one")
            return source.Last;
        return source.First > 0 && words[source.First - 1].Text is "meme" or "memes" or "same" ? source.Last : -1;
    }

    /// <summary>Where "one of the", "l'une des", "أحد" opens the generic source at <paramref name="first"/> ("sources"), else -1.</summary>
    private static int OneOf(IReadOnlyList<ClaimWord> words, int first)
    {
        if (first >= 1 && words[first - 1].Text is "احد" or "احدي")
            return first - 1;
        if (first >= 3 && words[first - 1].Text == "the" && words[first - 2].Text == "of" && words[first - 3].Text == "one")
            return first - 3;
        return first >= 2 && words[first - 1].Text == "des" && words[first - 2].Text is "une" or "un" ? first - 2 : -1;
    }

    /// <summary>Nouns after "selon"/"according to" that name a document or a count, not who speaks.</summary>
    private static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "bilan", "toll", "figures", "figure", "chiffres", "chiffre", "count", "tally", "estimates", "estimations", "informations", "information", "images", "videos", "testimony", "temoignages",
        "reports", "premiers", "first", "latest", "last", "derniers", "dernier", "same", "meme", "world", "monde", "law", "loi", "rules", "regles", "terms", "plan",
        "الحصيله", "الارقام", "الاحصاءات", "المعلومات", "الصور", "التقديرات", "الشهادات", "القانون", "الخطه", "الاتفاق",
    };

    /// <summary>
    /// How many words a definite noun right after a preposition spans ("المكتب", "the office", "la direction"), when it is no
    /// document or count and no name (a capital), else 0.
    /// </summary>
    private static int DefiniteNounAfter(IReadOnlyList<ClaimWord> words, int at)
    {
        if (at >= words.Count)
            return 0;
        if (ArabicScript.Starts(words[at].Text))
            return words[at].Text.StartsWith("ال", StringComparison.Ordinal) && words[at].Text.Length > 4 && !DocumentNouns.Contains(words[at].Text) && words[at].Number is null ? 1 : 0;
        return words[at].Text is "the" or "le" or "la" or "l" && at + 1 < words.Count && !words[at + 1].Capital && words[at + 1].Number is null && words[at + 1].Text.Length > 2
            && !DocumentNouns.Contains(words[at + 1].Text) && !Pronouns.Contains(words[at + 1].Text) ? 2 : 0;
    }

    /// <summary>
    /// The body named earlier in the same sentence that a definite noun pointing back repeats ("Trois Casques bleus de la Mission
    /// des Nations unies … ont été blessés, a annoncé la mission", "peacekeepers of the UN mission … were wounded, the mission
    /// said", "جنود بعثة الأمم المتحدة … بحسب ما أعلنت البعثة"), else null.
    /// </summary>
    /// <remarks>
    /// session 14, round 27: a body named in the sentence as a place, a unit or whose men died is no attribution, so the back
    /// reference used to reach past it to an earlier sentence's speaker, or to no one. The definite noun's head found among the
    /// words of the mention, the three words before it ("la Mission des Nations unies (MINUSMA)") or the one after it ("the UN
    /// mission") says which body it is;
    /// pronouns and "the same source" have no such head and keep pointing back as before.
    /// </remarks>
    public static Attribution? BodyRepeated(ClaimSentence sentence, Found reference, IReadOnlyList<Mention> mentions)
    {
        var words = sentence.Words;
        if (!reference.Back)
            return null;
        // the definite noun stands before its verb ("the mission said") or after it or a preposition ("a annoncé la mission",
        // "بحسب ما أعلنت البعثة"): each definite noun of the reference's words is a candidate head
        for (var at = Math.Max(1, reference.First); at <= reference.Last && at < words.Count; at++)
        {
            var head = words[at].Text;
            string stem;
            if (ArabicScript.Starts(head))
            {
                if (!head.StartsWith("ال", StringComparison.Ordinal) || head.Length <= 4)
                    continue;
                stem = head[2..];
            }
            else if (words[at - 1].Text is "the" or "la" or "le" or "l" && head.Length > 3 && !words[at].Capital)
                stem = head;
            else
                continue;
            for (var m = mentions.Count - 1; m >= 0; m--)
            {
                var body = mentions[m];
                if (body.Last >= reference.First || body.Kind is SourceKind.Unattributed or SourceKind.Media)
                    continue;
                for (var k = Math.Max(0, body.First - 3); k <= Math.Min(body.Last + 1, reference.First - 1); k++)
                    if (Repeats(words[k].Text, stem))
                        return new Attribution { Kind = body.Kind, Name = body.Name, Text = sentence.Quote(body.First, body.Last) };
            }
        }
        return null;
    }

    /// <summary>Whether a word is the definite noun's stem, bare or (Arabic) behind its article or a one-letter particle ("لبعثة").</summary>
    private static bool Repeats(string word, string stem) =>
        word == stem || ArabicScript.Starts(stem) && word.EndsWith(stem, StringComparison.Ordinal) && word.Length - stem.Length <= 3
            && (word.Length == stem.Length + 1 && word[0] is 'ل' or 'ب' or 'و' or 'ف' || word[..^stem.Length] is "ال" or "لل" or "بال" or "وال" or "فال" or "ول" or "وب");

    /// <summary>Subject pronouns that stand for the source of the sentence before.</summary>
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "il", "elle", "ils", "elles", "it", "he", "she", "they" };

    /// <summary>"Il indique", "Elle a précisé", "It added": where a subject pronoun stands just before the verb (or its auxiliary), else -1.</summary>
    private static int PronounSubject(ClaimSentence sentence, int cue)
    {
        var words = sentence.Words;
        var at = cue > 0 && Auxiliaries.Contains(words[cue - 1].Text) ? cue - 2 : cue - 1;
        // session 14, round 28: also past an opening adverbial and its comma ("In a statement, it says", "Dans un communiqué, il
        // affirme"), the pronoun still the clause's subject
        if (at >= 0 && SubjectPronouns.Contains(words[at].Text) && (at == 0 || words[at - 1].Text is "et" or "and" or "mais" or "but" || sentence.CommaBefore(at)))
            return at;
        // session 10: the French inverted subject after a quote: "« … », a-t-il dit", "a-t-elle ajouté" (the auxiliary, "t", the
        // pronoun, the verb), and "« … », dit-il", "affirme-t-elle" (the pronoun after the verb)
        if (at >= 2 && words[at].Text is "il" or "elle" or "ils" or "elles" && words[at - 1].Text == "t" && Auxiliaries.Contains(words[at - 2].Text))
            return at - 2;
        var after = cue + 1 < words.Count && words[cue + 1].Text == "t" ? cue + 2 : cue + 1;
        return after < words.Count && words[after].Text is "il" or "elle" or "ils" or "elles" && sentence.Between(cue, after).StartsWith("-") ? cue : -1;
    }

    /// <summary>
    /// session 13, round 26: a person named before and now by the surname alone, as the sentence's whole subject ("Dossou said
    /// the army …", "Traoré a précisé que …"): one capitalised word opening the sentence right before its verb, naming no
    /// source of its own, points back as a pronoun does; the name after the verb is in what is said. Its index, else -1.
    /// </summary>
    /// <remarks>
    /// The word must have stood capitalised inside an earlier sentence of the story (a name, not "Analysts say" or a headline's
    /// "Militia accuses"), and name no source of its own nor a country ("Niger says").
    /// </remarks>
    private int SurnameSubject(ClaimSentence sentence, List<Mention> mentions, int cue)
    {
        var words = sentence.Words;
        var at = cue > 0 && Auxiliaries.Contains(words[cue - 1].Text) ? cue - 2 : cue - 1;
        return at == 0 && words[0] is { Capital: true, Upper: false, Number: null } first && first.Text.Length > 2 && !ArabicScript.Starts(first.Text)
            && namedBefore.Contains(first.Text) && !StateNames.Contains(first.Text) && !mentions.Exists(m => m.First == 0) ? 0 : -1;
    }

    /// <summary>Capitalised words read inside the story's earlier sentences (not opening one): the names a surname may point back to.</summary>
    private readonly HashSet<string> namedBefore = new(StringComparer.Ordinal);

    private void RememberNames(IReadOnlyList<ClaimWord> words)
    {
        for (var k = 1; k < words.Count; k++)
            if (words[k] is { Capital: true, Upper: false })
                namedBefore.Add(words[k].Text);
    }

    /// <summary>"the office said", "l'organisation a précisé": where "the NOUN" starts just before a verb, else -1.</summary>
    private static int DefiniteNounBefore(IReadOnlyList<ClaimWord> words, int cue)
    {
        var noun = cue > 0 && Auxiliaries.Contains(words[cue - 1].Text) ? cue - 2 : cue - 1;
        return noun >= 1 && ClaimVocabulary.DefiniteArticles.Contains(words[noun - 1].Text) && words[noun].Number is null && !Pronouns.Contains(words[noun].Text) && words[noun].Text.Length > 2
            ? noun - 1 : -1;
    }
    /// <summary>Nouns of an official toll: "bilan officiel", "official toll", "الحصيلة الرسمية", "chiffres officiels".</summary>
    private static readonly HashSet<string> OfficialTollNouns = new(StringComparer.Ordinal)
    {
        "bilan", "chiffres", "toll", "figures", "tally", "count", "حصيله", "الحصيله", "ارقام",
    };

    /// <summary>
    /// Whether the self-attributing official toll <paramref name="m"/> is given its owner by a "selon/according to/بحسب" cue after
    /// it in the sentence, with a source of a kind ("selon la police républicaine").
    /// </summary>
    private static bool OfficialTollOf(IReadOnlyList<ClaimWord> words, Mention m, List<Found> found) =>
        m.Kind == SourceKind.Government && Enumerable.Range(m.First, m.Last - m.First + 1).Any(k => OfficialTollNouns.Contains(words[k].Text))
        && found.Exists(f => f.First > m.Last && !f.Back && f.Attribution.Kind is not (SourceKind.Unattributed or SourceKind.Government)
            && PhraseMatch.At(words, f.First, SourceVocabulary.Prepositions) is not null);
}
