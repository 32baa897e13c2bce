namespace Sahel.Diff.Claims;

/// <summary>
/// Ranges and bounds: "entre cinq et dix", "six à huit personnes", a verb of exceeding ("dépasse 100", "لا تتجاوز"), a lower
/// bound shared by coordinated counts, and the range each qualifier gives a count.
/// </summary>
internal static partial class NumberPhrases
{
    /// <summary>"entre cinq et une dizaine", "between five and ten", "ما بين خمسة وعشرة": a range, not a sum.</summary>
    private static readonly PhraseVocabulary<bool> Between = ClaimVocabulary.Set("entre", "between", "ما بين", "بين");

    /// <summary>Verbs of exceeding, a few words before their count: "تجاوز عدد القتلى ثمانين", "le bilan dépasse désormais 100".</summary>
    private static readonly PhraseVocabulary<bool> Exceed = ClaimVocabulary.Set(
        "depasse", "depasser", "depassent", "exceeded", "exceed", "exceeds", "top", "topped", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز",
        // round 18: the conditional and the imperfect of a reported figure ("dépasserait la vingtaine", "would exceed", "exceeding")
        "depasserait", "depasseraient", "depassait", "depassaient", "exceeding", "would exceed", "يتجاوزون", "تجاوزوا");

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "pas", "not", "لا", "لن", "لم" };

    /// <summary>
    /// The lower bound ("au moins", "at least") written before the count just before this one, when
    /// the two are joined by "and" with only the first one's people between ("vingt et un civils et quatre").
    /// </summary>
    private static string? SharedLowerBound(IReadOnlyList<ClaimWord> words, List<Found> found, int at)
    {
        // Only "at least" and only in French and English: writers read "ما لا يقل عن ٢٠ جنديا واثنين" and "plus de quarante
        // soldats » et « sept" as one bound and one exact count.
        if (found.Count == 0 || found[^1] is not { Range.Qualifier: "at-least" } previous || previous.Subset
            || PhraseMatch.At(words, previous.First, ClaimVocabulary.QualifierBefore) is null || ArabicScript.Starts(words[at].Text))
            return null;
        var joined = at - 1;
        if (joined <= previous.Last || words[joined].Text is not ("et" or "and"))
            return null;
        for (var k = previous.Last + 1; k < joined; k++)
            if (!PhraseMatch.Is(words[k], ClaimVocabulary.VictimWords) && !(words[k].Capital && !ArabicScript.Starts(words[k].Text)))
                return null;
        return joined - previous.Last is >= 2 and <= 3 ? previous.Range.Qualifier : null;
    }

    /// <summary>"entre cinq et une dizaine" (5–10), "between five and ten", "ما بين خمسة وعشرة".</summary>
    private static Found? RangeAt(ClaimSentence sentence, int i)
    {
        var words = sentence.Words;
        if (PhraseMatch.At(words, i, Between) is not { } between)
            return null;
        var start = i + between.Length;
        if (Core(words, start, compound: false) is not { } low || low.Vague is not null)
            return null;
        // session 8: "ما بين خمسة عشر وعشرين": a teen's unit and its ten are the low bound.
        if (low is { Value: >= 3 and < 10, Length: 1 } && start + 1 < words.Count && words[start + 1].Text is "عشر" or "عشره")
            low = low with { Value = low.Value + 10, Length = 2 };
        var and = start + low.Length;
        if (and >= words.Count)
            return null;
        CoreCount? high = null;
        var end = and;
        if (words[and].Text is "et" or "and" or "و" or "a" or "to")
        {
            high = Core(words, and + 1, compound: true);
            end = and + (high?.Length ?? 0);
        }
        // "ما بين خمسة وعشرة", "ما بين ٥٠ و٦٠": the second bound joined to "and", in words or digits.
        else if (words[and].Text.Length > 1 && words[and].Text[0] == 'و' && (words[and].Number ?? Cardinal(new ClaimWord(words[and].Text[1..], 0, 0))) is { } joined)
        {
            high = new CoreCount(joined, 1, false, null);
            // session 8: "ما بين عشرة وخمسة عشر": the high bound a teen.
            if (joined < 10 && words[and].Number is null && and + 1 < words.Count && words[and + 1].Text is "عشر" or "عشره")
                (high, end) = (new CoreCount(joined + 10, 2, false, null), and + 1);
            // round 22: "بين عشرين وخمسة وعشرين": the high bound a unit joined to its tens (twenty-five), as a count reads it
            else if (joined < 10 && words[and].Number is null && and + 1 < words.Count && words[and + 1].Text.Length > 1 && words[and + 1].Text[0] == 'و'
                && Cardinal(new ClaimWord(words[and + 1].Text[1..], 0, 0)) is { } tens && tens is >= 20 and < 100 && tens % 10 == 0)
                (high, end) = (new CoreCount(joined + tens, 2, false, null), and + 1);
        }
        if (high is null || high.Vague is not null || high.Value <= low.Value)
            return null;
        return new Found(new NumberRange { Min = low.Value, Max = high.Value, Qualifier = "range", Text = sentence.Quote(i, end) }, i, end);
    }

    private static readonly HashSet<string> RangeJoins = new(StringComparer.Ordinal) { "a", "to", "ou", "or", "الى", "او" };

    /// <summary>
    /// "six à huit personnes", "five to ten soldiers", "خمسة أو ستة جنود": two counts joined by "to"/"or" before the people
    /// they count, without "entre"/"between". Only before a person noun, so "de 8 à 10 heures" stays a time.
    /// </summary>
    private static Found? BareRangeAt(ClaimSentence sentence, int i, CoreCount low)
    {
        var words = sentence.Words;
        if (low is not { Vague: null, Approximate: false } || i + low.Length + 1 >= words.Count)
            return null;
        var join = i + low.Length;
        if (!RangeJoins.Contains(words[join].Text) && !words[join].Readings.Any(RangeJoins.Contains))
            return null;
        // round 23: "rose from 15 to 44 dead", "ارتفعت من ١٥ إلى ٤٤ قتيلا": a rise's earlier and later figures, not a range
        if (TollFinder.RiseFrom(words, i) is not null)
            return null;
        if (Core(words, join + 1, compound: true) is not { Vague: null, Approximate: false } high || high.Value <= low.Value)
            return null;
        var end = join + high.Length;
        // session 9: also before a toll word ("12 à 14 blessés", "five to seven dead") and as an estimate closing its clause ("put the
        // losses at 15 to 20.", "évalue les pertes à 30 ou 40,")
        var counted = end + 1 < words.Count && (PhraseMatch.Is(words[end + 1], ClaimVocabulary.VictimWords) || PhraseMatch.Is(words[end + 1], ClaimVocabulary.TollWords))
            || i > 0 && words[i - 1].Text is "at" or "a" && (end + 1 >= words.Count || sentence.Between(end, end + 1).IndexOfAny(",;.") >= 0);
        if (!counted || words[i].Number is not null && IsDateOrUnit(words, i, low))
            return null;
        return new Found(new NumberRange { Min = low.Value, Max = high.Value, Qualifier = "range", Text = sentence.Quote(i, end) }, i, end);
    }

    /// <summary>An exceeding verb up to three words before a count, no other count between; true when negated.</summary>
    private static bool? ExceededFrom(IReadOnlyList<ClaimWord> words, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 3); k--)
        {
            if (words[k].Number is not null)
                return null;
            if (PhraseMatch.At(words, k, Exceed) is not null)
                return k > 0 && Negations.Contains(words[k - 1].Text);
        }
        return null;
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
