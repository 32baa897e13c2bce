namespace Sahel.Diff.Claims;

/// <summary>
/// Which named source is a verb's subject: the name right before it, past an aside ("X, which sent researchers to the area,
/// put the toll at"), the source that opens the sentence, a relative's antecedent ("l'armée, qui affirme"), an Arabic subject
/// past its place ("مصدر عسكري في غاو أكد"), a private person ("un pêcheur … affirme"), and the nearest unused name; not a
/// force whose men are counted ("des soldats de l'armée").
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Singular nouns of private persons who may speak to a reporter: "un pêcheur", "une commerçante", "a farmer", "one woman".</summary>
    private static readonly HashSet<string> PersonNouns = new(StringComparer.Ordinal)
    {
        "pecheur", "berger", "eleveur", "commercant", "commercante", "chauffeur", "habitante", "villageois", "villageoise", "agriculteur", "cultivateur", "paysan", "enseignant", "enseignante",
        "femme", "homme", "mere", "pere", "jeune", "rescape", "rescapee", "passager", "passagere", "orpailleur", "boutiquier",
        "farmer", "herder", "trader", "fisherman", "driver", "teacher", "villager", "shopkeeper", "woman", "man", "mother", "father", "survivor", "passenger", "miner", "herdsman",
        // session 12, round 23: who calls in to a radio programme
        "auditeur", "auditrice", "appelant", "appelante", "caller", "listener",
    };

    /// <summary>
    /// Where "un pêcheur", "one woman", "a farmer from …" opens the clause of a speaking verb at <paramref name="cue"/>, else -1:
    /// an article or "one" and a private person, within thirteen words before the verb, with no toll word between (the
    /// person speaks, he was not counted).
    /// </summary>
    private static int PersonSubject(ClaimSentence sentence, int cue)
    {
        var words = sentence.Words;
        // (session 14, round 28: fourteen words, past an aside and an adverb: "Un pêcheur de la localité, joint par Radio X, a
        // pourtant affirmé")
        for (var k = cue - 2; k >= 0 && k >= cue - 14; k--)
        {
            if (words[k].Text is not ("un" or "une" or "a" or "an" or "one") || !PersonNouns.Contains(words[k + 1].Text))
                continue;
            // at the start of its clause: the sentence's, after a comma or a conjunction
            // (session 14, round 28: or a live blog's time stamp and its dash, "11:15 - A teacher who escaped tells")
            if (k > 0 && words[k - 1].Text is not ("et" or "and" or "mais" or "but") && !sentence.CommaBefore(k)
                && !((words[k - 1].Number is not null || words[k - 1].Text.Any(char.IsAsciiDigit)) && sentence.Between(k - 1, k).IndexOfAny(['-', '–', '—']) >= 0))
                continue;
            return Enumerable.Range(k + 2, cue - k - 2).Any(j => PhraseMatch.At(words, j, ClaimVocabulary.TollWords) is not null) ? -1 : k;
        }
        return -1;
    }

    /// <summary>
    /// A source before its verb, unless a comma parts them and the source did something else in its own clause:
    /// in "ISWAP fighters kill 17 fishermen, militia says" ISWAP killed, the militia speaks.
    /// </summary>
    private static Mention? SpeakerBefore(ClaimSentence sentence, Mention? before, int cue)
    {
        if (before is null)
            return null;
        var words = sentence.Words;
        for (var k = before.Last + 1; k < cue; k++)
        {
            if (!sentence.CommaBefore(k))
                continue;
            return Enumerable.Range(before.Last + 1, k - before.Last - 1).Any(j => PhraseMatch.At(words, j, ClaimVocabulary.TollWords) is not null) ? null : before;
        }
        return before;
    }

    /// <summary>Words that open a relative aside between a subject and its verb.</summary>
    private static readonly HashSet<string> AsideOpeners = new(StringComparer.Ordinal)
    {
        "where", "whose", "which", "who", "whom", "qui", "ou", "dont", "الذي", "التي", "الذين",
        // session 13, round 25: an aside telling how the speaker speaks, however long ("A security official, speaking on condition
        // of anonymity because he was not authorised to talk to reporters, said", "Un officier, sous couvert d'anonymat, a indiqué",
        // "The mayor, reached by phone, said", "Le maire, joint par téléphone, affirme")
        "speaking", "requesting", "asking", "on", "under", "sous", "reached", "contacted", "interviewed", "joint", "jointe", "contacte", "contactee",
    };

    /// <summary>
    /// The name before a relative aside that closes with a comma right before the verb at <paramref name="cue"/> ("X, whose
    /// correspondent spoke to families, put the toll at", "X, qui a envoyé des enquêteurs, estime"), within four words of the
    /// aside's opening comma, else null.
    /// </summary>
    private static Mention? AsideSubject(ClaimSentence sentence, List<Mention> mentions, int cue)
    {
        var words = sentence.Words;
        var start = cue > 0 && Auxiliaries.Contains(words[cue - 1].Text) ? cue - 1 : cue;
        for (var k = start - 2; k >= 1 && k >= start - 16; k--)
        {
            if (!sentence.CommaBefore(k))
                continue;
            if (!AsideOpeners.Contains(words[k].Text) && !StatementAside(words, k))
                return null;
            // (also when a verb inside the aside took it: "X, whose correspondent spoke to families, put the toll at 60")
            return mentions.LastOrDefault(m => m.Kind != SourceKind.Unattributed && m.Last < k && k - m.Last <= 4
                && Enumerable.Range(m.Last, k - m.Last).All(j => j == m.Last || !sentence.CommaBefore(j)));
        }
        return null;
    }

    /// <summary>
    /// Session 15, round 32: whether an aside opening at <paramref name="k"/> tells the statement the subject speaks in ("The
    /// ministry, in a statement read on state television, says", "Le ministère, dans un communiqué lu à la télévision, affirme",
    /// "وقالت الوزارة، في بيان تلي على التلفزيون، إن"): not a place ("X, in Gao, said" keeps its reading).
    /// </summary>
    private static bool StatementAside(IReadOnlyList<ClaimWord> words, int k) =>
        words[k].Text is "in" or "dans" or "في" && Enumerable.Range(k + 1, Math.Min(2, words.Count - k - 1)).Any(j => words[j].Text is "statement" or "communique" or "بيان");

    /// <summary>
    /// session 9: an Arabic subject before its verb past the place it is in: "غير أن مصدرا عسكريا في غاو أقر لوكالة…",
    /// "مسؤول محلي في المنطقة أكد" (a source, "في"/"من", one or two words of place, the verb; no comma between).
    /// </summary>
    private Mention? PlacedBefore(ClaimSentence sentence, List<Mention> mentions, HashSet<Mention> used, int cue)
    {
        var words = sentence.Words;
        var m = Nearest(mentions, used, cue - 4, cue - 3, after: false);
        return m is not null && m.Last + 1 < cue && words[m.Last + 1].Text is "في" or "من" && cue - m.Last is 3 or 4
            && sentence.Between(m.Last, cue).IndexOfAny([',', '،', ';', ':', '.']) < 0
            && !mentions.Exists(o => o.First > m.Last && o.First < cue) ? m : null;
    }

    /// <summary>A mention right after a noun of counted people, past "of"/"de"/"من": the force the victims belonged to.</summary>
    private static bool OfVictims(ClaimSentence sentence, Mention m)
    {
        var words = sentence.Words;
        var k = m.First - 1;
        // "said three aid workers were among the wounded", "deux habitants": people counted are not who speaks (not a live
        // blog's time stamp before its speaker, "12:05 — JNIM says").
        if (k >= 0 && (words[k].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[k].Text)) && sentence.Between(k, m.First).IsWhiteSpace())
            return true;
        if (k >= 0 && words[k].Text is "of" or "de" or "des" or "du" or "d" or "من" or "the" or "l" or "la")
            k--;
        if (k >= 0 && words[k].Text is "of" or "de" or "des" or "du" or "d")
            k--;
        // "19 soldiers and VDP killed", "trois soldats et deux VDP": a force coordinated with counted men is counted too.
        if (k >= 1 && words[k].Text is "and" or "et" && (PhraseMatch.Is(words[k - 1], ClaimVocabulary.VictimWords) || words[k - 1].Number is not null))
            return true;
        return k >= 0 && PhraseMatch.Is(words[k], ClaimVocabulary.VictimWords);
    }

    /// <summary>The first source of the sentence, before the cue: the subject a participle or a bare Arabic verb refers to.</summary>
    private Mention? Subject(List<Mention> mentions, HashSet<Mention> used, int cue) =>
        mentions.FirstOrDefault(m => m.Last < cue && m.Kind != SourceKind.Unattributed && !Accused(m));

    /// <summary>The words of the sentence <see cref="Subject"/> reads, to tell an accused from a speaker.</summary>
    private IReadOnlyList<ClaimWord>? subjectWords;

    /// <summary>Object pronouns that may stand between a relative and its verb: "qui lui impute", "qui les accuse", "qui l'accuse".</summary>
    private static readonly HashSet<string> ObjectClitics = new(StringComparer.Ordinal) { "lui", "leur", "les", "l", "la", "le", "nous", "vous", "y", "en" };

    /// <summary>Where "qui"/"who"/"which" stands before the verb at <paramref name="cue"/>, past one object pronoun ("qui lui impute"), else -1.</summary>
    private static int RelativeBefore(IReadOnlyList<ClaimWord> words, int cue)
    {
        var k = cue - 1;
        if (k > 0 && ObjectClitics.Contains(words[k].Text) && words[k - 1].Text is "qui")
            k--;
        return k > 0 && words[k].Text is "qui" or "who" or "which" ? k : -1;
    }

    /// <summary>
    /// A source that opens the sentence (within its first three words) and is the only one before the verb: its subject,
    /// however long the name's complement ("Le gouverneur de la région de Tombouctou a indiqué", "Le ministre, à la
    /// télévision, affirme").
    /// </summary>
    /// <remarks>Not a subject that did something in its own clause: in "ISWAP fighters kill 17 fishermen, militia says" ISWAP killed.</remarks>
    private static Mention? OpeningSubject(IReadOnlyList<ClaimWord> words, List<Mention> mentions, HashSet<Mention> used, int cue) =>
        mentions.FirstOrDefault(m => m.Kind != SourceKind.Unattributed) is { } first && first.First <= 2 && first.Last < cue && cue - first.Last <= 12 && !used.Contains(first)
            && !mentions.Exists(m => m != first && m.First > first.Last && m.Last < cue && m.Kind != SourceKind.Unattributed)
            && !Enumerable.Range(first.Last + 1, cue - first.Last - 1).Any(k => PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null) ? first : null;

    private static Mention? Nearest(List<Mention> mentions, HashSet<Mention> used, int from, int to, bool after) =>
        mentions.Where(m => !used.Contains(m) && (after ? m.First >= from && m.First <= to : m.Last >= from && m.Last <= to))
            .OrderBy(m => after ? m.First - from : to - m.Last).FirstOrDefault();
}
