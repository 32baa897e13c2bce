namespace Sahel.Diff.Claims;

/// <summary>
/// Round 25: a sentence whose figures are another event's, said by what opens it — a fronted adverbial that dates it before
/// today's event ("Dix jours plus tôt, quinze fidèles avaient été tués", "En avril, huit soldats avaient péri", "In the Barsalogho
/// attack of 2024, hundreds were killed", "In a separate attack in August, …") — or by the event it names as like this one
/// ("في كمين مماثل", "dans une embuscade similaire", "in a similar raid"). The labelling rules: figures of other events are not
/// tolls of the story.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>Adverbs after a duration that put it before today's event: "a week earlier", "trois mois auparavant" ("plus tôt" read apart: not "plus tard").</summary>
    private static readonly HashSet<string> EarlierAdverbs = new(StringComparer.Ordinal) { "earlier", "before", "previously", "auparavant", "avant" };

    /// <summary>Durations counted back from today's event.</summary>
    private static readonly HashSet<string> Durations = new(StringComparer.Ordinal)
    {
        "days", "day", "weeks", "week", "months", "month", "years", "year", "jours", "jour", "semaines", "semaine", "mois", "ans", "an", "annees",
        "ايام", "يوما", "يومين", "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "سنه", "سنتين", "سنوات", "عام", "عامين", "اعوام",
    };

    /// <summary>Another event named as such: "a separate attack", "une autre attaque", "هجوم آخر", "هجوم منفصل".</summary>
    private static readonly HashSet<string> OtherEventWords = new(StringComparer.Ordinal) { "separate", "another", "earlier", "previous", "autre", "distincte", "distinct", "precedente", "اخر", "منفصل", "اخري", "سابق" };

    /// <summary>Nouns of an event of violence that "similar"/"another" may name.</summary>
    private static readonly HashSet<string> EventWords = new(StringComparer.Ordinal)
    {
        "attack", "attacks", "ambush", "raid", "assault", "incident", "attaque", "embuscade", "assaut", "raid", "incident",
        "هجوم", "هجوما", "كمين", "كمينا", "اعتداء", "غاره", "هجمه",
    };

    /// <summary>"similar", "similaire", "مماثل" after an event noun: an event like today's, not today's.</summary>
    private static readonly HashSet<string> Similar = new(StringComparer.Ordinal) { "similar", "similaire", "semblable", "مماثل", "مماثله", "مشابه", "مشابهه" };

    /// <summary>The pluperfect's auxiliaries: "avait", "had", Arabic "كان … قد".</summary>
    private static readonly HashSet<string> PluperfectAux = new(StringComparer.Ordinal) { "avait", "avaient", "had", "قد" };

    /// <summary>Whether the sentence tells another event, earlier than today's, and none of its figures are the story's tolls.</summary>
    private static bool RecalledEarlier(ClaimSentence sentence)
    {
        var words = sentence.Words;
        // the fronted adverbial: the words before the first comma, a short one
        var comma = Enumerable.Range(1, Math.Min(9, Math.Max(0, words.Count - 1))).FirstOrDefault(k => sentence.CommaBefore(k), -1);
        if (comma > 0)
        {
            var fronted = Enumerable.Range(0, comma).ToList();
            var pluperfect = Enumerable.Range(comma, words.Count - comma).Any(k => PluperfectAux.Contains(words[k].Text));
            // "In a separate attack", "Dans une autre attaque", "في هجوم آخر": another event, whatever the tense
            if (fronted.Any(k => EventWords.Contains(words[k].Text) && (k > 0 && OtherEventWords.Contains(words[k - 1].Text) || k + 1 < comma && OtherEventWords.Contains(words[k + 1].Text))))
                return true;
            // "In the Barsalogho attack of 2024", "Lors de l'attaque de mai 2023": an event dated by its year
            if (fronted.Any(k => EventWords.Contains(words[k].Text)) && fronted.Any(k => words[k].Text.Length == 4 && words[k].Number is >= 1950 and <= 2100))
                return true;
            // "Dix jours plus tôt", "A week earlier", "قبل عشرة أيام", "En avril": dated back, the pluperfect telling what happened then
            var datedBack = fronted.Any(k => Durations.Contains(words[k].Text) && (k + 1 < comma && (EarlierAdverbs.Contains(words[k + 1].Text) || words[k + 1].Text == "plus" && k + 2 < comma && words[k + 2].Text == "tot") || fronted.Any(j => j < k && words[j].Text is "قبل" or "وقبل")))
                || comma <= 2 && words[0].Text is "en" or "in" or "في" or "وفي" && ClaimContext.Months.Contains(words[comma - 1].Text);
            if (datedBack && pluperfect)
                return true;
            // round 28: "In August, hundreds of people were killed in an attack on Barsalogho": a month alone fronted, with an
            // indefinite event named after it ("an attack", "une attaque", "هجوم"), in any past. The definite event is the story's
            // ("En mars, huit soldats ont été tués dans l'attaque de Boni", round 25).
            if (comma <= 2 && words[0].Text is "en" or "in" or "في" or "وفي" && ClaimContext.Months.Contains(words[comma - 1].Text)
                && Enumerable.Range(comma + 1, Math.Max(0, words.Count - comma - 1)).Any(k => EventWords.Contains(words[k].Text)
                    && (ArabicScript.Starts(words[k].Text) || words[k - 1].Text is "a" or "an" or "une" or "un")))
                return true;
        }
        // "قتل ١٢ جنديا في كمين مماثل", "dans une embuscade similaire", "in a similar raid": an event like this one, in the pluperfect
        return Enumerable.Range(0, words.Count).Any(k => EventWords.Contains(words[k].Text)
                && (k + 1 < words.Count && Similar.Contains(words[k + 1].Text) || k > 0 && Similar.Contains(words[k - 1].Text)))
            && words.Any(w => PluperfectAux.Contains(w.Text) || w.Text is "وكانت" or "وكان" or "كانت" or "كان");
    }
}
