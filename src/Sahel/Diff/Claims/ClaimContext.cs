namespace Sahel.Diff.Claims;

/// <summary>
/// Sentences whose figures belong to another story or another event: a related-article line ("Lire aussi :",
/// "Read more:", "اقرأ أيضا") and a sentence recalling an earlier attack ("après celui qui avait fait 11 morts",
/// "following one that killed 11", "وكان هجوم مماثل … قد أسفر").
/// </summary>
internal static class ClaimContext
{
    private static readonly PhraseVocabulary<bool> RelatedLinks = ClaimVocabulary.Set(
        "lire aussi", "lire egalement", "a lire", "voir aussi", "read more", "read also", "see also", "related", "also read", "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "شاهد ايضا");

    private static readonly PhraseVocabulary<bool> EarlierEvent = ClaimVocabulary.Set(
        "avait fait", "avaient fait", "avait coute", "avait tue", "avaient tue", "depuis celle", "depuis celui",
        "following one that", "after one that", "was last hit", "last hit", "the previous attack", "an earlier attack", "last year", "l an dernier", "l annee derniere",
        "attaque similaire", "similar attack", "هجوم مماثل", "هجوما مماثلا", "العام الماضي", "السنه الماضيه");

    /// <summary>Openings that point back at what was just said: "C'est ce qu'a rapporté…", "That is what…", "هذا ما أفاد به…".</summary>
    private static readonly PhraseVocabulary<bool> BackPointers = ClaimVocabulary.Set(
        "c est ce qu", "c est ce que", "c est ce qu a", "ce sont les chiffres", "that is what", "this is what", "that was what", "those are the figures",
        "هذا ما", "ذلك ما", "وهذا ما", "وذلك ما");

    /// <summary>A sentence that opens by pointing back at the one before ("C'est ce qu'a indiqué le maire").</summary>
    public static bool PointsBack(ClaimSentence sentence) => PhraseMatch.At(sentence.Words, 0, BackPointers) is not null;

    /// <summary>A related-article line: its marker within the first four words (after a live-blog time stamp).</summary>
    public static bool IsRelatedLink(ClaimSentence sentence) =>
        Enumerable.Range(0, Math.Min(4, sentence.Words.Count)).Any(i => PhraseMatch.At(sentence.Words, i, RelatedLinks) is not null);

    /// <summary>
    /// A sentence that opens on a year ("In 2019, an attack blamed on the group killed 71", "En 2020, …", "في عام ٢٠١٩"):
    /// news tells today's event without its year, so a year up front is history.
    /// </summary>
    public static bool OpensOnAYear(ClaimSentence sentence)
    {
        var words = sentence.Words;
        var k = 0;
        if (k < words.Count && words[k].Text is "in" or "en" or "fin" or "debut" or "في" or "وفي" or "late" or "early")
            k++;
        if (k < words.Count && words[k].Text is "عام" or "سنه")
            k++;
        return k > 0 && k < words.Count && words[k].Text.Length == 4 && words[k].Text.All(char.IsDigit)
            && k + 1 < words.Count && sentence.Text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Contains(',');
    }

    // Not Arabic's pluperfect alone: "وكانت وزارة الدفاع قد تحدثت عن ستة قتلى" is an earlier statement on the same attack.
    public static bool RecallsAnotherEvent(ClaimSentence sentence) =>
        OpensOnAYear(sentence) || Enumerable.Range(0, sentence.Words.Count).Any(i => PhraseMatch.At(sentence.Words, i, EarlierEvent) is not null);
}
