namespace Sahel.Diff.Claims;

internal sealed partial class SourceFinder
{
    /// <summary>Documents a speaker issues, that stand with their author ("le rapport de HRW", "a HRW report").</summary>
    private static readonly HashSet<string> IssuedDocuments = new(StringComparer.Ordinal)
    {
        "rapport", "rapports", "communique", "communiques", "declaration", "note", "bulletin", "message", "video", "enquete",
        "report", "reports", "statement", "statements", "note", "bulletin", "message", "video", "investigation",
    };

    /// <summary>
    /// Session 16, round 33: whether the statement at <paramref name="statement"/> opens an Arabic aside between the verb's subject
    /// (read as <paramref name="last"/>) and what is said ("أعلن المفوض المكلف بالأمن في حكومة الولاية، في بيان صحفي، أن"): a comma
    /// and "في" before it, a comma and "أن/إن/بأن" within eight words after it, and no figure or toll word since the speaker; the
    /// aside round 32 read between an English or French subject and its verb, where Arabic puts it after the subject.
    /// </summary>
    private static bool ArabicStatementAside(ClaimSentence sentence, Found last, int statement)
    {
        var words = sentence.Words;
        if (statement < 2 || words[statement - 1].Text != "في" || !sentence.CommaBefore(statement - 1) || last.Attribution.Kind == SourceKind.Unattributed
            || last.Last >= statement - 1 || statement - last.Last > 16)
            return false;
        for (var k = last.Last + 1; k < statement; k++)
            if (words[k].Number is not null || PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null)
                return false;
        for (var k = statement + 1; k < words.Count && k <= statement + 8; k++)
            if (sentence.CommaBefore(k))
                return words[k].Text is "ان" or "إن" or "أن" or "بان" or "بأن";
        return false;
    }

    /// <summary>Participles and present verbs of accusing that describe a report or its author ("accusant", "accusing", "يتهم").</summary>
    private static readonly HashSet<string> AccusingWords = new(StringComparer.Ordinal) { "accusant", "accusing", "يتهم", "تتهم" };

    /// <summary>
    /// Session 16, round 33: the author of a report or statement that a participle of accusing describes, right after it with no
    /// comma ("le rapport de HRW accusant l'armée d'avoir exécuté 223 civils", "a Human Rights Watch report accusing the army of
    /// killing 223 civilians", "تقريرا لمنظمة العفو الدولية يتهم الجيش بقتل ٣٢ مدنيا"), as a relative does ("un rapport d'Amnesty qui
    /// accuse"): the author, within three words before ("منظمة العفو الدولية" is read by its head noun), accuses; the one accused after it is what is said. After a comma the
    /// participle goes on with the sentence's subject ("JNIM denied it, accusing the army"), read elsewhere.
    /// </summary>
    private static Mention? AccusingAuthor(ClaimSentence sentence, List<Mention> mentions, HashSet<Mention> used, int i)
    {
        var words = sentence.Words;
        if (!AccusingWords.Contains(words[i].Text) || sentence.CommaBefore(i))
            return null;
        var author = mentions.LastOrDefault(m => m.Last < i && i - m.Last <= 3 && !sentence.Between(m.Last, i).Contains(',') && !sentence.Between(m.Last, i).Contains('،') && m.Kind is not (SourceKind.Unattributed or SourceKind.Army or SourceKind.ArmedGroup) && !used.Contains(m));
        if (author is null)
            return null;
        // the author's document stands with it: "le rapport de HRW", "a HRW report", "تقريرا لمنظمة"
        for (var k = Math.Max(0, author.First - 3); k <= Math.Min(words.Count - 1, author.Last + 1); k++)
            if (IssuedDocuments.Contains(words[k].Text) || words[k].Text is "تقرير" or "تقريرا" or "تقارير" or "بيان" or "بيانا")
                return author;
        return null;
    }
}
