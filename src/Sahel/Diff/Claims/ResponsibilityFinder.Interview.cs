namespace Sahel.Diff.Claims;

/// <summary>
/// Session 8, round 13: who speaks in an interview, as a paradigm. The title names the interviewee ("Entretien avec le
/// porte-parole du FLA", "Q&amp;A with Borno's governor", "حوار مع حاكم ولاية ديفا"); in the answers, a sentence that names no
/// speaker of its own is the interviewee's: what it blames is blamed by the interviewee, what a group's spokesman says its
/// men did ("Our fighters overran the post", "Nos combattants ont tué") is the group's claim. In the questions, "vos hommes",
/// "your men", "عناصركم" are the interviewee's side, so a question telling what they did ("Bamako affirme que vos hommes ont
/// exécuté des civils") is a blame by whom it quotes; and an answer that opens by calling it false ("C'est faux", "That is a
/// lie", "هذا غير صحيح") denies what the question before blamed on the interviewee's side.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>The interviewee as the speaker of an answer's sentence that names no speaker of its own, else the sentence's own speakers.</summary>
    internal static List<SourceFinder.Found> WithTheInterviewee(List<SourceFinder.Found> found, Attribution? interviewee, bool answering) =>
        answering && interviewee is { Kind: not (SourceKind.Unattributed or SourceKind.Media) } && !found.Exists(f => f.Attribution.Kind != SourceKind.Unattributed)
            ? [.. found, new SourceFinder.Found(interviewee, 0, 0)]
            : found;

    /// <summary>The interviewer's "your men", for the interviewee's side.</summary>
    private static readonly PhraseVocabulary<bool> YourMen = ClaimVocabulary.Set(
        "vos hommes", "vos combattants", "vos elements", "vos troupes", "vos forces", "vos soldats", "vos partisans",
        "your men", "your fighters", "your forces", "your troops", "your soldiers", "your members", "your group",
        "عناصركم", "مقاتليكم", "مقاتلوكم", "رجالكم", "قواتكم", "جنودكم");

    /// <summary>
    /// In a question to a group's spokesman, "your men" named as a mention of the group (so that what they did is read as
    /// the group's deed), else the mentions as they are.
    /// </summary>
    internal static List<SourceFinder.Mention> WithYourMen(ClaimSentence sentence, List<SourceFinder.Mention> mentions, Attribution? interviewee, bool asking)
    {
        if (!asking || interviewee is not { Kind: SourceKind.ArmedGroup, Name: not null })
            return mentions;
        var words = sentence.Words;
        List<SourceFinder.Mention>? added = null;
        for (var k = 0; k < words.Count; k++)
            if (PhraseMatch.At(words, k, YourMen) is { } yours && !mentions.Exists(m => m.First <= k && k <= m.Last))
            {
                (added ??= [.. mentions]).Add(new SourceFinder.Mention(SourceKind.ArmedGroup, interviewee.Name, k, k + yours.Length - 1, false));
                k += yours.Length - 1;
            }
        return added is null ? mentions : [.. added.OrderBy(m => m.First)];
    }

    /// <summary>An answer's flat "no": "C'est faux", "Faux", "That is false", "That's a lie", "C'est de la propagande", "هذا غير صحيح", "كذب".</summary>
    private static readonly PhraseVocabulary<bool> FlatNos = ClaimVocabulary.Set(
        "faux", "archifaux", "mensonge", "mensonges", "propagande", "calomnie", "calomnies", "intox", "jamais", "inexact", "faux et archifaux",
        "false", "not true", "untrue", "lie", "lies", "propaganda", "slander", "nonsense", "never", "fake news", "fabrication",
        "غير صحيح", "كذب", "افتراء", "دعايه", "ابدا", "اكاذيب", "باطل");

    /// <summary>What may stand before the flat "no": "c'est (totalement) faux", "that is a lie", "it's pure propaganda", "هذا غير صحيح".</summary>
    private static readonly HashSet<string> FlatNoFillers = new(StringComparer.Ordinal)
    {
        "c", "est", "ce", "sont", "de", "la", "du", "des", "un", "une", "totalement", "completement", "absolument", "pure", "pur", "tout", "simplement",
        "that", "this", "it", "is", "s", "a", "an", "all", "completely", "totally", "absolutely", "simply", "pure", "utterly",
        "هذا", "هذه", "ذلك", "تماما", "مجرد", "محض",
    };

    /// <summary>
    /// An answer whose first words call false what the question before said (the answer's mark, then at most "Non", "No", "لا"
    /// before them): the actors the question blamed are denied, for themselves.
    /// </summary>
    internal static IEnumerable<ResponsibilityClaim> FlatDenials(ClaimSentence sentence, List<ResponsibilityClaim> askedBlames)
    {
        if (askedBlames.Count == 0)
            return [];
        var words = sentence.Words;
        var k = ClaimContext.InterviewTurn(sentence) > 0 ? 1 : 0;
        if (k < words.Count && words[k].Text is "non" or "no" or "لا")
            k++;
        for (var start = k; k < words.Count && k - start < 4 && FlatNoFillers.Contains(words[k].Text) && PhraseMatch.At(words, k, FlatNos) is null;)
            k++;
        // the no is the answer's sentence, or all but two words of it ("C'est faux, monsieur")
        if (k >= words.Count || PhraseMatch.At(words, k, FlatNos) is not { } no || k + no.Length + 2 < words.Count)
            return [];
        return askedBlames.Where(b => b.Actor is not null).DistinctBy(b => b.Actor)
            .Select(b => new ResponsibilityClaim { Actor = b.Actor, Polarity = ResponsibilityPolarity.Denied, Text = sentence.Text }).ToList();
    }
}
