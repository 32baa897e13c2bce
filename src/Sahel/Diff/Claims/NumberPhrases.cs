namespace Sahel.Diff.Claims;

/// <summary>
/// Counts in a sentence, with their qualifiers: digits in any script ("12", "١٢", "1 400", "1.400"), number words
/// ("cinq", "خمسة", "twenty", "vingt-cinq"), approximations ("une vingtaine", "a dozen"), vague counts ("des dizaines",
/// "عشرات", "dozens", "plusieurs") and qualifiers before or after ("au moins", "more than", "على الأقل").
/// Years, dates, distances and times are not counts.
/// </summary>
internal static class NumberPhrases
{
    private static readonly HashSet<string> NotCounts = new(StringComparer.Ordinal)
    {
        "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "m", "metres", "h", "heures", "heure", "hours", "hour", "minutes",
        "jours", "days", "ans", "years", "year", "mois", "months", "semaines", "weeks", "pour", "percent", "cent", "degres", "c", "fcfa", "cfa", "dollars", "euros", "tonnes", "tons",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "كيلومتر", "كيلومترا", "كلم", "ساعه", "ساعات", "يوما", "ايام", "عاما", "سنوات", "سنه",
        "am", "pm", "gmt", "utc", "times", "fois", "fold", "مرات", "اضعاف",
    };

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string> Subset = new(StringComparer.Ordinal) { "dont", "including", "incluant", "notamment", "بينهم", "منهم", "بينهن", "بينها" };

    private static readonly HashSet<string> OneWords = new(StringComparer.Ordinal) { "un", "une", "one", "a", "an" };

    /// <summary>A count and the words it spans (qualifiers included).</summary>
    public sealed record Found(NumberRange Range, int First, int Last);

    public static List<Found> Find(ClaimSentence sentence)
    {
        var words = sentence.Words;
        var found = new List<Found>();
        for (var i = 0; i < words.Count; i++)
        {
            var qualifier = PhraseMatch.At(words, i, ClaimVocabulary.QualifierBefore);
            var coreStart = qualifier is { } q ? i + q.Length : i;
            if (Core(words, coreStart) is not { } core)
                continue;
            if (IsDateOrUnit(words, coreStart, core))
                continue;
            var coreEnd = coreStart + core.Length - 1;
            var last = coreEnd;
            var name = qualifier?.Value ?? (core.Vague is null ? core.Approximate ? "about" : "exact" : core.Vague);
            var text = sentence.Quote(i, coreEnd);
            // "١٢ جنديا ماليا على الأقل": a qualifier after the count and up to two words describing it.
            if (qualifier is null && core.Vague is null)
            {
                for (var after = coreEnd + 1; after <= coreEnd + 3 && after < words.Count; after++)
                {
                    if (PhraseMatch.At(words, after, ClaimVocabulary.QualifierAfter) is { } post)
                    {
                        name = post.Value;
                        last = after + post.Length - 1;
                        text += " … " + sentence.Quote(after, last);
                        break;
                    }
                }
            }
            found.Add(new Found(Range(name, core) with { Text = text }, i, last));
            i = last;
        }
        return found;
    }

    private sealed record CoreCount(int Value, int Length, bool Approximate, string? Vague);

    private static CoreCount? Core(IReadOnlyList<ClaimWord> words, int start)
    {
        if (start >= words.Count)
            return null;
        var word = words[start];
        if (word.Number is { } digits)
            return new CoreCount(digits, 1, false, null);
        // "une vingtaine", "a dozen", "une dizaine"; "des dizaines" and "plusieurs dizaines" are vague.
        var skip = OneWords.Contains(word.Text) && start + 1 < words.Count ? 1 : 0;
        if (ClaimVocabulary.Approximate.TryGetValue(words[start + skip].Text, out var approximately))
            return new CoreCount(approximately, skip + 1, true, null);
        if (PhraseMatch.At(words, start, ClaimVocabulary.Vague) is { } vague)
        {
            // "plusieurs dizaines" is dozens, not several.
            if (vague.Value == "several" && start + vague.Length < words.Count && PhraseMatch.At(words, start + vague.Length, ClaimVocabulary.Vague) is { Value: not "several" } larger)
                return new CoreCount(0, vague.Length + larger.Length, false, larger.Value);
            return new CoreCount(0, vague.Length, false, vague.Value);
        }
        if (Cardinal(word) is { } value)
        {
            // "vingt-cinq", "twenty five", "خمسة وعشرون", "quatre-vingt".
            var length = 1;
            while (start + length < words.Count && Cardinal(words[start + length], allowAnd: true) is { } next)
            {
                value = next == 100 || (next == 20 && value < 10 && words[start].Text == "quatre") ? value * next : value + next;
                length++;
            }
            return new CoreCount(value, length, false, null);
        }
        // "un soldat", "one soldier": one, only when a person follows.
        if (OneWords.Contains(word.Text) && start + 1 < words.Count && PhraseMatch.Is(words[start + 1], ClaimVocabulary.VictimWords))
            return new CoreCount(1, 1, false, null);
        return null;
    }

    private static int? Cardinal(ClaimWord word, bool allowAnd = false)
    {
        if (ClaimVocabulary.Cardinals.TryGetValue(word.Text, out var value))
            return value;
        // Arabic joins "and" to the tens: خمسة وعشرون.
        if (allowAnd && word.Text.Length > 2 && word.Text[0] == 'و' && ClaimVocabulary.Cardinals.TryGetValue(word.Text[1..], out value))
            return value;
        return null;
    }

    private static bool IsDateOrUnit(IReadOnlyList<ClaimWord> words, int start, CoreCount core)
    {
        // "dont deux enfants", "including two children", "dont plusieurs chauffeurs", "بينهم طفلان": part of a count already given.
        if (start > 0 && Subset.Contains(words[start - 1].Text))
            return true;
        if (core.Vague is not null || core.Approximate)
            return false;
        var next = start + core.Length < words.Count ? words[start + core.Length].Text : null;
        if (next is not null && NotCounts.Contains(next))
            return true;
        if (core.Value is >= 1900 and <= 2100 && words[start].Number is not null)
            return true;
        // "March 10", "le 10", "du 10 au 12": days of the month.
        var previous = start > 0 ? words[start - 1].Text : null;
        if (previous is not null && Months.Contains(previous))
            return true;
        return previous is "le" or "du" or "au" && next is null or "et" or "au";
    }

    private static NumberRange Range(string qualifier, CoreCount core) => qualifier switch
    {
        "dozens" => new NumberRange { Min = 20, Max = 99, Qualifier = "dozens", Text = "" },
        "hundreds" => new NumberRange { Min = 200, Max = 999, Qualifier = "hundreds", Text = "" },
        "several" => new NumberRange { Min = 2, Max = 9, Qualifier = "several", Text = "" },
        "about" => new NumberRange { Min = core.Value - core.Value / 4, Max = core.Value + core.Value / 4, Qualifier = "about", Text = "" },
        "at-least" => new NumberRange { Min = core.Value, Qualifier = "at-least", Text = "" },
        "more-than" => new NumberRange { Min = core.Value + 1, Qualifier = "more-than", Text = "" },
        "at-most" => new NumberRange { Min = 0, Max = core.Value, Qualifier = "at-most", Text = "" },
        "fewer-than" => new NumberRange { Min = 0, Max = Math.Max(0, core.Value - 1), Qualifier = "fewer-than", Text = "" },
        _ => new NumberRange { Min = core.Value, Max = core.Value, Qualifier = "exact", Text = "" },
    };
}
