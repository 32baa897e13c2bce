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
        // round 31: a clause after a colon opens as a sentence does ("Plusieurs rapts ont été signalés : le mois dernier, cinq
        // personnes avaient été kidnappées", as round 30 read a year there)
        var opens = 0;
        if (comma < 0 && Enumerable.Range(1, Math.Max(0, words.Count - 1)).FirstOrDefault(k => sentence.Between(k - 1, k).Contains(':'), -1) is var colon and > 0)
        {
            comma = Enumerable.Range(colon + 1, Math.Max(0, Math.Min(5, words.Count - colon - 1))).FirstOrDefault(k => sentence.CommaBefore(k), -1);
            opens = colon;
        }
        if (comma > 0)
        {
            var fronted = Enumerable.Range(opens, comma - opens).ToList();
            var pluperfect = Enumerable.Range(comma, words.Count - comma).Any(k => PluperfectAux.Contains(words[k].Text));
            // "In a separate attack", "Dans une autre attaque", "في هجوم آخر": another event, whatever the tense
            if (fronted.Any(k => EventWords.Contains(words[k].Text) && (k > 0 && OtherEventWords.Contains(words[k - 1].Text) || k + 1 < comma && OtherEventWords.Contains(words[k + 1].Text))))
                return true;
            // "In the Barsalogho attack of 2024", "Lors de l'attaque de mai 2023": an event dated by its year
            if (fronted.Any(k => EventWords.Contains(words[k].Text)) && fronted.Any(k => words[k].Text.Length == 4 && words[k].Number is >= 1950 and <= 2100))
                return true;
            // "Dix jours plus tôt", "A week earlier", "قبل عشرة أيام", "En avril": dated back, the pluperfect telling what happened then
            var datedBack = fronted.Any(k => Durations.Contains(words[k].Text) && (k + 1 < comma && (EarlierAdverbs.Contains(words[k + 1].Text) || words[k + 1].Text == "plus" && k + 2 < comma && words[k + 2].Text == "tot") || fronted.Any(j => j < k && words[j].Text is "قبل" or "وقبل")))
                || comma - opens <= 2 && words[opens].Text is "en" or "in" or "في" or "وفي" && ClaimContext.Months.Contains(words[comma - 1].Text)
                // round 31: the period before this one ("le mois dernier", "last month", "الشهر الماضي"), the pluperfect after it
                || fronted.Any(k => (Durations.Contains(words[k].Text) || words[k].Readings.Any(Durations.Contains))
                    && (k + 1 < comma && words[k + 1].Readings.Any(r => r is "dernier" or "derniere" or "passe" or "passee" or "الماضي" or "الماضيه" or "المنصرم") || k > 0 && words[k - 1].Text == "last"));
            if (datedBack && pluperfect)
                return true;
            // round 28: "In August, hundreds of people were killed in an attack on Barsalogho": a month alone fronted, with an
            // indefinite event named after it ("an attack", "une attaque", "هجوم"), in any past. The definite event is the story's
            // ("En mars, huit soldats ont été tués dans l'attaque de Boni", round 25).
            if (comma - opens <= 2 && words[opens].Text is "en" or "in" or "في" or "وفي" && ClaimContext.Months.Contains(words[comma - 1].Text)
                && Enumerable.Range(comma + 1, Math.Max(0, words.Count - comma - 1)).Any(k => EventWords.Contains(words[k].Text)
                    && (ArabicScript.Starts(words[k].Text) || words[k - 1].Text is "a" or "an" or "une" or "un"
                        // round 31: "In March, a similar raid …", "another attack": the article before the event's adjective
                        || k > 1 && (Similar.Contains(words[k - 1].Text) || OtherEventWords.Contains(words[k - 1].Text)) && words[k - 2].Text is "a" or "an")))
                return true;
        }
        // "قتل ١٢ جنديا في كمين مماثل", "dans une embuscade similaire", "in a similar raid": an event like this one, in the pluperfect
        return Enumerable.Range(0, words.Count).Any(k => EventWords.Contains(words[k].Text)
                && (k + 1 < words.Count && Similar.Contains(words[k + 1].Text) || k > 0 && Similar.Contains(words[k - 1].Text)))
            && words.Any(w => PluperfectAux.Contains(w.Text) || w.Text is "وكانت" or "وكان" or "كانت" or "كان");
    }
}

internal static partial class TollFinder
{
    /// <summary>
    /// Round 30: how far a year after "in"/"en"/"عام" dates the sentence, given the end of its own clause. A year that opens the
    /// sentence or a clause after a colon ("En 2023, une attaque à Djibo avait fait cinq morts", "Such gaps are common: in 2022,
    /// an ambush …", "في عام ٢٠٢٢، قتل …") dates the clause after its comma too, as a fronted "this year" does; a year closing
    /// an event's name followed by a relative ("the Moura events of 2022, in which 500 people were killed", "les violences de
    /// 2022, qui avaient fait", "أحداث مورا عام ٢٠٢٢، التي قتل فيها") dates what the relative tells. Figures of another year
    /// are not the story's tolls.
    /// </summary>
    internal static int YearReach(ClaimSentence sentence, int year, int clauseEnd)
    {
        var words = sentence.Words;
        if (clauseEnd != year || year + 1 >= words.Count)
            return clauseEnd;
        var period = year - 1;
        if (period > 0 && words[period - 1].Readings.Any(r => r is "في" or "in" or "en") && words[period].Readings.Any(r => r is "عام" or "سنه" or "annee" or "year"))
            period--;
        var fronted = period == 0 || sentence.Between(period - 1, period).Contains(':');
        var next = words[year + 1];
        var relative = YearRelatives.Contains(next.Text)
            || next.Text is "in" or "during" or "dans" or "lors" or "au" && year + 2 < words.Count && words[year + 2].Text is "which" or "laquelle" or "lequel" or "cours" or "de";
        if (!fronted && !relative)
            return clauseEnd;
        var end = year + 1;
        while (end + 1 < words.Count && !sentence.Between(end, end + 1).ContainsAny(",;.\u060C\u061B"))
            end++;
        return end;
    }

    /// <summary>Relatives that open what an event named by its year tells: "which", "where", "qui", "où", "التي", "الذي", "حيث".</summary>
    private static readonly HashSet<string> YearRelatives = new(StringComparer.Ordinal) { "which", "where", "when", "qui", "ou", "التي", "الذي", "حيث", "حين", "عندما" };
}

internal static partial class TollFinder
{
    /// <summary>
    /// Round 30: a month after "in"/"en"/"في" that dates an indefinite event named just before it ("lost 40 soldiers in a JNIM
    /// attack in March", "tués lors d'une attaque en mars", "قتل ٤٠ جنديا في هجوم في مارس"): another event of the past, as round
    /// 28 read the month fronted before "an attack". Today's event is definite ("in the attack", "dans l'attaque de Boni", "في
    /// الهجوم").
    /// </summary>
    internal static bool MonthOfAnEvent(IReadOnlyList<ClaimWord> words, int month)
    {
        if (month < 3 || words[month - 1].Text is not ("in" or "en" or "في"))
            return false;
        for (var k = month - 2; k >= 0 && k >= month - 5; k--)
            if (EventWords.Contains(words[k].Text))
                return ArabicScript.Starts(words[k].Text)
                    ? k > 0 && words[k - 1].Text is "في" or "وفي" && words[k].Text is "هجوم" or "كمين" or "اعتداء" or "غاره"
                    : Enumerable.Range(Math.Max(0, k - 3), k - Math.Max(0, k - 3)).Any(j => words[j].Text is "a" or "an" or "une" or "un")
                        && !Enumerable.Range(Math.Max(0, k - 3), k - Math.Max(0, k - 3)).Any(j => words[j].Text is "the" or "l" or "la" or "le" or "this" or "cette");
        return false;
    }
}
