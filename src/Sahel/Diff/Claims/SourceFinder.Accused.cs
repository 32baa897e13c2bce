using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Telling the accused from the speaker: a name governed by the preposition of a blame ("blames the attack on JNIM",
/// "imputée au JNIM", "نسب الهجمات إلى جماعة") or made to bear the responsibility ("حمّل X مسؤولية") is the one blamed,
/// never who speaks.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>
    /// A name governed by the preposition of a blame ("blames the attack on JNIM", "attributed to the rebels", "imputée au
    /// JNIM", "نسب الهجمات إلى جماعة", "تحميل المسؤولية ل…"): the accused, never the sentence's speaker.
    /// </summary>
    private bool Accused(Mention m) =>
        subjectWords is { } words && m.First > 0 && (AccusedPrepositions.Contains(words[m.First - 1].Text)
            || m.First > 1 && words[m.First - 1].Text is "the" or "le" or "la" or "les" or "l" && AccusedPrepositions.Contains(words[m.First - 2].Text)
            // "حمّل [البيان] تنظيم الدولة مسؤولية الهجوم": the one made to bear the responsibility, the verb's object
            || m.First > 0 && ArabicScript.Starts(words[m.First].Text) && (BearsResponsibility(words, m.First - 1, m) || m.First > 1 && BearsResponsibility(words, m.First - 2, m)));

    private static readonly HashSet<string> AccusedPrepositions = new(StringComparer.Ordinal) { "on", "upon", "to", "au", "aux", "against", "contre", "الى", "الي", "ضد" }; // not French "à": normalised, it is English "a"; "إلى" normalises to "الي"

    /// <summary>"حمّل X مسؤولية": the name after the verb of charging, with "responsibility" within three words after it, is its object.</summary>
    private static bool BearsResponsibility(IReadOnlyList<ClaimWord> words, int verb, Mention next) =>
        (words[verb].Text is "حمل" or "حملت" or "يحمل" or "تحمل" || words[verb].Readings.Any(r => r is "حمل" or "حملت" or "يحمل" or "تحمل"))
        // past a coordinated second name: "حمّل القوات المسلحة المالية وعناصر الفيلق الإفريقي مسؤولية"
        && Enumerable.Range(next.Last + 1, Math.Max(0, Math.Min(6, words.Count - next.Last - 1))).Any(k => words[k].Text.StartsWith("مسؤولي", StringComparison.Ordinal) || words[k].Text.StartsWith(ResponsibilityStem, StringComparison.Ordinal));

    private static readonly string ResponsibilityStem = TextNormalizer.Normalize("مسؤولي");
}
