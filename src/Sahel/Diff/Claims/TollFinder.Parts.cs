namespace Sahel.Diff.Claims;

/// <summary>Parts of a figure: a part fronted by its group ("Of the wounded, 40 were children") and a part given after its figure ("dont trois enfants").</summary>
internal static partial class TollFinder
{
    // round 23: "Of the wounded, 40 were children", "Parmi les blessés, douze sont des enfants", "ومن بين الجرحى، ١٢ طفلا": a part fronted
    // by its group, the toll word, set off by a comma; the count opens the clause after it
    private static void FrontedParts(ClaimSentence sentence, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues, List<NumberPhrases.Found> numbers, HashSet<int> usedCues, HashSet<int> usedNumbers, List<Found> found)
    {
        var words = sentence.Words;
        for (var n = 0; n < numbers.Count; n++)
        {
            // round 27: the group closed by its own definite count instead of a comma ("ومن بين الجرحى التسعين ٢٢ طفلا", of the ninety wounded, 22 children)
            var closedByCount = numbers[n].First > 0 && NumberPhrases.AfterDefiniteNoun(words, numbers[n].First - 1);
            if (usedNumbers.Contains(n) || !sentence.CommaBefore(numbers[n].First) && !closedByCount || FrontedGroup(words, numbers[n].First) is not { } group
                || Enumerable.Range(0, cues.Count).Where(c => cues[c].First >= group && cues[c].Last < numbers[n].First).Select(c => (int?)c).LastOrDefault() is not { } partOf
                || CountsThings(words, numbers[n].Last + 1))
                continue;
            usedNumbers.Add(n);
            usedCues.Add(partOf);
            found.Add(new Found(cues[partOf].Kind, VictimsAfter(words, numbers[n].First, numbers[n].Last + 1) ?? Victims(words, numbers[n].Last + 1, Math.Min(words.Count - 1, numbers[n].Last + 3)),
                numbers[n].Range, cues[partOf].First, numbers[n].Last));
        }
    }

    // "huit civils tués, dont trois enfants", "Sept personnes, dont quatre femmes, ont été tuées": a part of a figure is a figure of its own.
    private static void PartFigures(ClaimSentence sentence, List<NumberPhrases.Found> all, List<NumberPhrases.Found> subsets, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues, HashSet<int> usedCues, List<Found> found)
    {
        var words = sentence.Words;
        foreach (var subset in subsets)
        {
            // "41 morts dans les rangs de l'armée, dont deux officiers", "plusieurs dizaines de blessés ont été admis depuis mercredi, dont une dizaine":
            // the nearest figure before, however far, when no other count stands between.
            // round 22: a part set off by a comma at the end of its clause ("61 people wounded in the bombings at a wedding had been
            // brought in, including 23 women", "٩٠٠ شخص اختطفوا في ولايات … خلال النصف الأول من العام، بينهم ١٢٠ طالبا") reaches
            // its figure past the adjuncts of the clause.
            var setOff = subset.First > 0 && AsideOpeners.Contains(words[subset.First - 1].Text) && sentence.CommaBefore(subset.First - 1)
                || subset.First > 1 && words[subset.First - 2].Text is "among" or "parmi" && sentence.CommaBefore(subset.First - 2);
            var parent = found.Where(f => f.First < subset.First && (subset.First <= f.Last || subset.First - f.Last <= (setOff ? 20 : 10))
                && !all.Any(n => n.First > f.Last && n.Last < subset.First)).MaxBy(f => f.First);
            if (parent is null)
            {
                // "les corps de vingt d'entre eux ont été retrouvés": no figure before it in the sentence, the toll word just before counts it.
                var c = Enumerable.Range(0, cues.Count).Where(c => !usedCues.Contains(c) && cues[c].Last < subset.First && subset.First - cues[c].Last <= 2).Select(c => (int?)c).LastOrDefault();
                if (c is { } lone && !CountsThings(words, subset.Last + 1))
                {
                    usedCues.Add(lone);
                    found.Add(new Found(cues[lone].Kind, Victims(words, subset.Last + 1, Math.Min(words.Count - 1, subset.Last + 2)), subset.Range, cues[lone].First, subset.Last));
                }
                // session 8: "des terroristes, dont une quinzaine auraient été abattus", "gunmen, of whom 12 were killed": the people
                // named before with no count of their own; the part counted is the toll of the verb right after it (past its auxiliaries).
                // Not a vague part ("Les assaillants, dont plusieurs blessés, ont fui": some of a group, no figure).
                else if (subset.Range.Qualifier is not ("several" or "dozens" or "hundreds" or "thousands") && Enumerable.Range(0, cues.Count).Where(c => !usedCues.Contains(c) && cues[c].First > subset.Last && cues[c].First - subset.Last <= 4
                        && Enumerable.Range(subset.Last + 1, cues[c].First - subset.Last - 1).All(k => PassiveAuxiliaries.Contains(words[k].Text) || Conditionals.Contains(words[k].Text)))
                    .Select(c => (int?)c).FirstOrDefault() is { } next && !CountsThings(words, subset.Last + 1) && !Negated(words, cues[next].First))
                {
                    usedCues.Add(next);
                    found.Add(new Found(cues[next].Kind, null, subset.Range, subset.First, cues[next].Last));
                }
                continue;
            }
            if (CountsThings(words, subset.Last + 1))
                continue;
            // round 20: "onze cas d'enlèvement, dont quatre personnes libérées depuis", "including four later freed": a part of the
            // kidnapped already set free is the end of their kidnapping, not a toll of its own.
            if (parent.Kind == TollKind.Kidnapped && Enumerable.Range(subset.Last + 1, Math.Max(0, Math.Min(4, words.Count - subset.Last - 1)))
                    .TakeWhile(k => !sentence.CommaBefore(k) || k == subset.Last + 1).Any(k => Liberation(words, k)))
                continue;
            // round 22: "ثلاثة من الجرحى فارقوا الحياة، وأن حالة اثنين منهم حرجة", "two of them in critical condition", "dont deux dans
            // un état critique": a part in a critical state is of the living, never a part of the dead before it.
            if (parent.Kind == TollKind.Killed && Enumerable.Range(Math.Max(0, subset.First - 2), Math.Min(words.Count, subset.Last + 6) - Math.Max(0, subset.First - 2))
                    .Any(k => Critical.Contains(words[k].Text)))
                continue;
            var who = Victims(words, subset.Last + 1, Math.Min(words.Count - 1, subset.Last + 2)) ?? parent.Victims;
            found.Add(new Found(parent.Kind, who, subset.Range, subset.First, VictimEnd(words, subset.Last + 1, Math.Min(words.Count - 1, subset.Last + 2))));
        }
    }
}
