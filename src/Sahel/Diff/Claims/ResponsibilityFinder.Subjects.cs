namespace Sahel.Diff.Claims;

/// <summary>
/// Who speaks: the subject of a blame or denial verb when it is a pronoun, a document, the first source of its clause,
/// a relative clause's antecedent or an Arabic subject (a verbal noun's doer, a verb carrying its subject).
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Pronouns and "the latter" that stand for someone named in an earlier sentence.</summary>
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "it", "he", "she", "they", "il", "elle", "ils", "elles", "dernier", "derniere", "latter" };

    /// <summary>The blame verb's own clause opens with a pronoun subject and names no source before the verb: "It blames", "Il a désigné", "ce dernier, dans sa revue, accuse".</summary>
    private static bool PronounSubject(ClaimSentence sentence, int cue)
    {
        var words = sentence.Words;
        var start = ClauseStart(sentence, cue);
        for (var k = start; k < cue && k - start <= 4; k++)
            if (SubjectPronouns.Contains(words[k].Text))
                return true;
        return false;
    }

    /// <summary>Arabic words for a report, which speaks for whoever issued it: "ونسب التقرير".</summary>
    private static readonly HashSet<string> ArabicReports = new(StringComparer.Ordinal) { "التقرير", "تقرير", "البلاغ", "المذكره", "الدراسه" };

    /// <summary>A conjunction or particle carrying the subject pronoun: "لكنه حمّل", "إنها تتهم", "وهو يحمل".</summary>
    private static readonly HashSet<string> ArabicPronounSubjects = new(StringComparer.Ordinal) { "لكنه", "لكنها", "ولكنه", "ولكنها", "انه", "انها", "وهو", "وهي", "كما انه", "كما انها" };

    /// <summary>Documents that speak for whoever issued them: "the report", "la note", "le document", "the findings".</summary>
    private static readonly HashSet<string> IssuedDocuments = new(StringComparer.Ordinal)
    {
        "report", "note", "document", "findings", "statement", "communique", "rapport", "declaration", "study", "etude", "survey", "enquete", "investigation", "review", "bulletin", "update",
    };

    /// <summary>The blame verb's subject is a document: "The note, which covers 212 incidents, attributes", "Le rapport, de 48 pages, impute", "Le document attribue".</summary>
    private static bool DocumentSubject(ClaimSentence sentence, List<SourceFinder.Mention> mentions, int cue)
    {
        var words = sentence.Words;
        var start = ClauseStart(sentence, cue);
        // past an aside set off by commas: the subject is the first noun of the sentence or clause
        for (var k = start; k < cue && k - start <= 3; k++)
        {
            if (!IssuedDocuments.Contains(words[k].Text))
                continue;
            return k == start || Enumerable.Range(start, k - start).All(j => CleftArticles.Contains(words[j].Text) || words[j].Text is "this" or "that" or "its" or "their" or "son" or "sa" or "leur" or "ce" or "cette" or "a" or "an" or "un" or "une");
        }
        return false;
    }

    /// <summary>Where the clause of a word starts: after the last ";" or sentence-initial aside, else at the sentence start (asides between commas are passed over).</summary>
    private static int ClauseStart(ClaimSentence sentence, int cue)
    {
        var words = sentence.Words;
        for (var k = cue - 1; k > 0; k--)
            if (sentence.Between(k - 1, k).IndexOfAny(";:") >= 0)
                return k;
        return 0;
    }

    /// <summary>
    /// "JNIM denied responsibility …, where the government says 132 died, and blamed the army", "Le FLA dément et accuse
    /// l'armée": a verb right after "and" whose clause names no one of its own shares the sentence's subject, the source
    /// that opens the sentence.
    /// </summary>
    private static SourceFinder.Mention? JoinedToTheSentenceSubject(ClaimSentence sentence, List<SourceFinder.Mention> mentions, int cue)
    {
        var words = sentence.Words;
        if (cue < 2 || words[cue - 1].Text is not ("and" or "et") || !sentence.Between(cue - 2, cue - 1).Contains(','))
            return null;
        var head = mentions.FirstOrDefault(m => m.First <= 1 && m.Kind is not (SourceKind.Media or SourceKind.Unattributed) && m.Name is not null);
        return head is not null && !mentions.Exists(m => m != head && m.Last < cue && m.First > head.Last && m.Name is not null && m.Kind == head.Kind) ? head : null;
    }

    /// <summary>A subject set off by a relative clause ("L'organisation, qui a interrogé 31 témoins, attribue") is the name before the relative.</summary>
    private static SourceFinder.Mention Antecedent(ClaimSentence sentence, List<SourceFinder.Mention> mentions, SourceFinder.Mention subject, int cue)
    {
        var words = sentence.Words;
        if (!sentence.Between(subject.Last, cue).Contains(','))
            return subject;
        for (var k = subject.First - 1; k > 0; k--)
        {
            if (words[k].Text is not ("qui" or "which" or "who" or "الذي" or "التي"))
                continue;
            if (!sentence.Between(k - 1, k).Contains(','))
                return subject;
            return mentions.LastOrDefault(m => m.Last < k && k - m.Last <= 2) ?? subject;
        }
        return subject;
    }

    /// <summary>The name right before ", qui/which/who/الذي" when the verb follows that relative clause: its subject.</summary>
    private static SourceFinder.Mention? RelativeAntecedent(ClaimSentence sentence, List<SourceFinder.Mention> mentions, int cue)
    {
        var words = sentence.Words;
        for (var k = cue - 1; k > 0 && cue - k <= 16; k--)
        {
            if (words[k].Text is not ("qui" or "which" or "who" or "الذي" or "التي"))
                continue;
            if (!sentence.Between(k - 1, k).Contains(','))
                return null;
            // the relative must be closed before the verb: "Le FLA, qui contrôle …, a nié"
            if (!sentence.Between(k, cue).Contains(','))
                return null;
            return mentions.LastOrDefault(m => m.Last < k && k - m.Last <= 2 && m.Kind is not (SourceKind.Media or SourceKind.Unattributed));
        }
        return null;
    }

    /// <summary>The first named source of the clause a verb is in: after the last comma or clause opener before it.</summary>
    private static SourceFinder.Mention? ClauseSubject(ClaimSentence sentence, List<SourceFinder.Mention> mentions, int cue)
    {
        var words = sentence.Words;
        var start = 0;
        for (var k = cue - 1; k > 0 && start == 0; k--)
            if (ClauseOpeners.Contains(words[k].Text) && words[k].Text is not ("and" or "et" or "و") || sentence.Between(k - 1, k).IndexOfAny(",;") >= 0)
                start = k;
        return mentions.FirstOrDefault(m => m.First >= start && m.Last < cue && m.Kind is not (SourceKind.Media or SourceKind.Unattributed));
    }

    /// <summary>"سارعت السلطات إلى اتهام تنظيم الدولة": a verbal noun's doer is named before it, the one blamed after.</summary>
    private static bool IsVerbalNoun(ClaimWord word) => word.Text is "اتهام" or "باتهام" or "تحميل";

    /// <summary>Where the Arabic clause before a word starts: after the last "في حين", "بينما", "فيما", "لكن", "أما".</summary>
    private static int ArabicClauseStart(IReadOnlyList<ClaimWord> words, int cue)
    {
        for (var k = cue - 1; k > 0; k--)
            if (words[k].Text is "حين" or "بينما" or "فيما" or "لكن" or "ولكن" or "اما" or "وفي" || words[k].Readings.Any(r => r is "بينما" or "فيما" or "لكن"))
                return k + 1;
        return 0;
    }

    /// <summary>An Arabic past verb with its plural subject attached ("اتهموا", "قالوا"): its subject is not the name after it.</summary>
    private static bool CarriesSubject(ClaimWord word) => ArabicScript.Starts(word.Text) && word.Text.Length > 4 && word.Text.EndsWith("وا", StringComparison.Ordinal);
}
