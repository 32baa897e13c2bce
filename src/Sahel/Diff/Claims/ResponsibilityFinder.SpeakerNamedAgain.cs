namespace Sahel.Diff.Claims;

/// <summary>
/// Session 16, round 34: an Arabic sentence opening on a verb of saying whose subject refers back to the speaker of the
/// sentence before by a noun the source reader does not know as a source ("وأضاف عضو الميليشيا أن…", "وأوضحت المصادر أن…",
/// "وتابع الشيخ أن…", and in English and French "The militia member added that…", "Le membre de la milice a ajouté que…")
/// goes on in that speaker's voice, as "وأضاف أن" does: a blame in it naming no one blaming is theirs.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>A verb of saying first ("و" and the conjunction allowed), then one to three words and "أن": no source named there.</summary>
    private static bool SpeakerNamedAgain(IReadOnlyList<ClaimWord> words, List<SourceFinder.Found> attributions)
    {
        if (words.Count < 3)
            return false;
        bool NoSourceBefore(int k) => !attributions.Exists(a => a.First < k && a.Attribution.Kind is not (SourceKind.Unattributed or SourceKind.Media));
        if (ArabicSayings.Contains(words[0].Text))
        {
            for (var k = 2; k < Math.Min(5, words.Count); k++)
                if (words[k].Text is "ان" or "انه" or "انها" or "انهم")
                    return NoSourceBefore(k);
            return false;
        }
        // "The militia member added that …", "Le membre de la milice a ajouté que …": a definite noun phrase, then the verb of saying.
        var first = words[0].Text is "and" or "but" or "et" or "mais" ? 1 : 0;
        if (!Definites.Contains(words[first].Text))
            return false;
        for (var k = first + 2; k < Math.Min(first + 8, words.Count); k++)
            if (SpeechVerbs.Contains(words[k].Text) && words[k].Text != "a")
                return NoSourceBefore(k);
        return false;
    }

    /// <summary>Gives the blames with no one blaming in such a sentence to <paramref name="speaker"/>, the sentence before's.</summary>
    private static void BlamesOfTheSpeakerNamedAgain(IReadOnlyList<ClaimWord> words, List<SourceFinder.Found> attributions, List<ResponsibilityClaim> found, Attribution? speaker)
    {
        if (speaker is null or { Kind: SourceKind.Unattributed or SourceKind.Media } || !found.Exists(f => f is { Polarity: ResponsibilityPolarity.Blamed, By: null })
            || !SpeakerNamedAgain(words, attributions))
            return;
        for (var k = 0; k < found.Count; k++)
            if (found[k] is { Polarity: ResponsibilityPolarity.Blamed, By: null } blame && blame.Actor != speaker.Name)
                found[k] = blame with { By = speaker };
    }
}
