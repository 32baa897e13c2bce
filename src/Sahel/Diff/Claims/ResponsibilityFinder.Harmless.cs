namespace Sahel.Diff.Claims;

/// <summary>
/// Session 7, denials: a force answering an accusation by saying its strike harmed no civilian ("ضرباتها استهدفت حصرا
/// عناصر إرهابية ولم تصب أي مدني", "no civilian was harmed", "aucun civil n'a été touché"). The denial names no actor:
/// the story resolves it to the state force it accused before, and drops it when it accused none (after a jihadist
/// attack the same words deny nothing).
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Harm to civilians negated: "no civilian was hit", "did not harm any civilian", "aucune victime civile", "لم تصب أي مدني".</summary>
    private static readonly PhraseVocabulary<bool> NoCivilianHarm = ClaimVocabulary.Set(
        "no civilian was", "no civilians were", "no civilian had been", "no civilians had been", "not a single civilian", "no civilian casualties", "no civilian harm",
        "did not hit any civilian", "did not harm any civilian", "did not kill any civilian", "had not hit any civilian", "never targeted civilians", "never targets civilians",
        "aucun civil n a ete", "aucun civil n avait ete", "aucune victime civile", "aucun civil n a", "n a jamais cible de civils", "jamais cible de civils", "ne cible jamais les civils",
        "لم تصب أي مدني", "لم تصب اي مدني", "لم يصب أي مدني", "لم يسقط أي مدني", "لم يقتل أي مدني", "لم تقتل أي مدني", "دون سقوط ضحايا مدنيين", "لا ضحايا مدنيين",
        "لم تستهدف أي مدني", "لم تستهدف المدنيين", "لا تستهدف المدنيين", "استهدفت حصرا");

    /// <summary>The denial of a force (army or government) that says its strike harmed no civilian; null when the sentence says no such thing.</summary>
    private static ResponsibilityClaim? NoCivilianHarmed(ClaimSentence sentence, List<SourceFinder.Found> attributions)
    {
        var words = sentence.Words;
        var at = -1;
        for (var k = 0; k < words.Count && at < 0; k++)
            if (PhraseMatch.At(words, k, NoCivilianHarm) is not null)
                at = k;
        if (at < 0)
            return null;
        var speaker = attributions.FirstOrDefault(a => a.Attribution.Kind is SourceKind.Army or SourceKind.Government);
        if (speaker is null || attributions.Exists(a => a.Attribution.Kind is not (SourceKind.Army or SourceKind.Government or SourceKind.Unattributed or SourceKind.Media)))
            return null;
        return new ResponsibilityClaim { Polarity = ResponsibilityPolarity.Denied, By = speaker.Attribution, Text = sentence.Text, OnlyForTheAccusedForce = true };
    }
}
