namespace Sahel.Diff.Claims;

/// <summary>
/// Session 16, round 34: the Arabic cell of a bare definite document as a verb's subject ("وأشارت النشرة إلى مقتل جنديين", "وأضاف
/// البلاغ أن جنديا أصيب", "وأضافت الصحيفة"): it points back to its issuer named before, as "the bulletin added", "le communiqué
/// précise" do in English and French (rounds 23 and 28), not to a medium ("النشرة" is also a newscast) nor to no one. A
/// newscast named so ("النشرة الإخبارية") or a document whose owner follows ("النشرة الأسبوعية لجمعية X") is not bare. Only a
/// verb joined by "و" goes on from a speaker before ("رصدت النشرة" opening a newsletter's own text is the newsletter speaking).
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Documents an issuer puts out (normalised: ة as ه): their bare definite form points back to the issuer.</summary>
    private static readonly HashSet<string> ArabicIssuedDocuments = new(StringComparer.Ordinal) { "النشره", "البلاغ", "البيان", "التقرير" };

    /// <summary>Marks each attribution that is an Arabic verb of saying with a bare definite document as its subject as pointing back.</summary>
    private static void ArabicDocumentSubjects(ClaimSentence sentence, List<Found> found)
    {
        var words = sentence.Words;
        for (var k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (f.Back || f.Attribution.Name is not null || f.Attribution.Kind is not (SourceKind.Media or SourceKind.Unattributed))
                continue;
            var noun = Enumerable.Range(f.First, f.Last - f.First + 1).FirstOrDefault(j => j > 0 && ArabicIssuedDocuments.Contains(words[j].Text)
                && PhraseMatch.At(words, j - 1, SourceVocabulary.Verbs) is { Length: 1 } && words[j - 1].Text.StartsWith('و'), -1);
            // an owner after it ("النشرة الأسبوعية لجمعية X", "للتلفزيون") or a newscast ("النشرة الإخبارية"): not bare
            if (noun < 0 || Enumerable.Range(noun + 1, Math.Min(2, words.Count - noun - 1))
                    .Any(j => words[j].Text.StartsWith('ل') || words[j].Text is "الاخباريه" or "الاخبار" || found.Exists(o => o != f && o.First == j)))
                continue;
            found[k] = f with { Attribution = f.Attribution with { Kind = SourceKind.Unattributed }, Back = true };
        }
    }
}
