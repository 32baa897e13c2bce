namespace Sahel.Diff.Claims;

/// <summary>
/// Round 40: one Arabic person with no number, as the subject of a passive toll verb, in the three shapes round 26's reading
/// (<see cref="ArabicOnePerson"/>, the noun right beside its verb) does not take:
/// <list type="bullet">
/// <item>"one of the X": "أحد/إحدى" and a definite plural noun of people, before or after the verb ("أحد الجنود أصيب",
/// "وأصيب أحد الرعاة"), as "one of the soldiers was wounded" and "l'un des soldats a été blessé" are read;</item>
/// <item>the verb first and its indefinite singular subject after it, Arabic's ordinary verb-subject order ("قُتل راكب",
/// "اغتيل زعيم قبلي", "أصيب حارس"): the noun in the nominative (no accusative ending: after a verb in the accusative it is the object
/// of another subject, which round 26 reads);</item>
/// <item>the noun first with its complement, a genitive or a "من" phrase of up to three words, before the verb ("سائق القافلة أصيب",
/// "مراسل إذاعة محلية قُتل", "جنديا من فرقة الحراسة قتل").</item>
/// </list>
/// The noun is a person (the singular person nouns of <see cref="ArabicSingular"/> and the trades, offices and kin a victim is named by),
/// not counted or part of a count before ("بينهم", a number), not already read in a figure.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>"one of": the masculine and the feminine.</summary>
    private static readonly HashSet<string> OneOf = new(StringComparer.Ordinal) { "احد", "احدى" };

    /// <summary>
    /// Singular nouns of persons by trade, office or kin that a single victim is named by: round 38's list
    /// (<see cref="NumberPhrases.ArabicPersons"/>) without "امام" (normalised, "إمام" the imam is also "أمام", in front of, which
    /// opens a place after any verb) and without a group's leader or commander ("قتل قيادي": whether the writers count one leader
    /// killed beside his men is their convention, left), and the ones it lacks.
    /// </summary>
    private static readonly HashSet<string> PersonNouns = new(NumberPhrases.ArabicPersons.Where(p => p is not ("امام" or "قيادي" or "قائد")).Concat(
    [
        "راكب", "مسافر", "مؤذن", "موذن", "مراسل", "صحافي", "مصور", "مدرس", "ناشط", "مقاول", "قروي", "فلاح", "مختار", "فتى", "مسن", "عجوز",
    ]), StringComparer.Ordinal);

    /// <summary>
    /// Kin ("ابن", "شقيق", "زوج"), for <see cref="JoinedPerson"/> only: a relative named alone ("ابن عمه قُتل", "خُطف ابنه") is told by a
    /// relative or a caller whose kind the source finder does not always know in Arabic, so its figure is left to round 26's reading
    /// (the README's round 40 section).
    /// </summary>
    private static readonly string[] KinNouns = ["ابن", "ابنه", "ابنا", "شقيق", "شقيقه", "زوج", "زوجه", "والد", "والده"];

    /// <summary>A singular person, bare or in the accusative: the nouns of round 26 and the trades, offices and kin above.</summary>
    private static bool ArabicPerson(ClaimWord word, bool accusative) =>
        ArabicSingular(word) && (accusative || !word.Text.EndsWith('ا') || Singular.Contains(word.Text)) || PersonNouns.Contains(word.Text)
        || accusative && word.Text.Length > 3 && word.Text[^1] == 'ا' && PersonNouns.Contains(word.Text[..^1]);

    /// <summary>Words that end a noun's complement: a clause opener, a conjunction or a negation.</summary>
    private static readonly HashSet<string> ComplementStops = new(StringComparer.Ordinal)
    {
        "ان", "وان", "انه", "بان", "قد", "لقد", "و", "او", "ثم", "لم", "لا", "ما", "الذي", "التي", "الذين", "بعد", "قبل", "حين", "عندما",
    };

    private static void ArabicOneSubject(IReadOnlyList<ClaimWord> words, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues, HashSet<int> usedCues, List<Found> found)
    {
        for (var c = 0; c < cues.Count; c++)
        {
            var (kind, first, last, _) = cues[c];
            if (usedCues.Contains(c) || !ArabicScript.Starts(words[first].Text) || first == last && Ambiguous.Contains(words[first].Text)
                // a plural verb holds its own subject ("قتلوا"): its noun is an object, round 26's
                || words[last].Text.EndsWith("وا", StringComparison.Ordinal))
                continue;
            var (from, to) = OneOfBeside(words, first, last);
            if (from < 0)
                (from, to) = SubjectAfterVerb(words, last);
            if (from < 0 && !words[first].Text.StartsWith('و'))
                (from, to) = SubjectWithComplement(words, first);
            if (from < 0 || found.Any(f => f.First <= to && from <= f.Last)
                || from > 0 && (words[from - 1].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[from - 1].Text) || ArabicPartWords.Contains(words[from - 1].Text)
                    || PhraseMatch.Is(words[from - 1], ClaimVocabulary.Vague))
                || to + 1 < words.Count && (words[to + 1].Text is "واحد" or "واحدا" or "واخر" || words[to + 1].Number is not null || JoinedPerson(words[to + 1])))
                continue;
            usedCues.Add(c);
            var noun = OneOf.Contains(words[from].Text) ? from + 1 : from;
            found.Add(new Found(kind, Victims(words, noun, noun), new NumberRange { Min = 1, Max = 1, Qualifier = "exact", Text = words[noun].Text },
                Math.Min(from, first), Math.Max(to, last)));
        }
    }

    /// <summary>Another person joined by "و" ("إمام وابناه", "سائق ومساعده"): two or more, no toll of one.</summary>
    private static bool JoinedPerson(ClaimWord word) =>
        word.Text.Length > 3 && word.Text[0] == 'و' && word.Text[1..] is var rest
        && (PersonNouns.Any(p => p.Length > 2 && rest.StartsWith(p, StringComparison.Ordinal)) || KinNouns.Any(p => rest.StartsWith(p, StringComparison.Ordinal)) || Singular.Any(p => p.Length > 2 && rest.StartsWith(p, StringComparison.Ordinal)));

    /// <summary>"أحد الجنود أصيب" (right before the verb) or "أصيب أحد الجنود" (right after it): the span of "one of" and its noun.</summary>
    private static (int From, int To) OneOfBeside(IReadOnlyList<ClaimWord> words, int first, int last)
    {
        if (first >= 2 && OneOf.Contains(words[first - 2].Text) && PeopleOf(words[first - 1]))
            return (first - 2, first - 1);
        if (last + 2 < words.Count && OneOf.Contains(words[last + 1].Text) && PeopleOf(words[last + 2]))
            return (last + 1, last + 2);
        return (-1, -1);
    }

    /// <summary>A definite plural of people after "one of": "الجنود", "الرعاة", "المعلمين" (a victim word, so no thing or place).</summary>
    private static bool PeopleOf(ClaimWord word) =>
        word.Text.StartsWith("ال", StringComparison.Ordinal) && word.Number is null && PhraseMatch.Is(word, ClaimVocabulary.VictimWords);

    /// <summary>"قُتل راكب": the indefinite singular person in the nominative right after the verb.</summary>
    private static (int From, int To) SubjectAfterVerb(IReadOnlyList<ClaimWord> words, int last)
    {
        var at = last + 1;
        if (at >= words.Count || words[at].Text.StartsWith("ال", StringComparison.Ordinal) || !ArabicPerson(words[at], accusative: false))
            return (-1, -1);
        // a second noun in the accusative after it is the verb's object, the first noun its doer ("قتل مسلح جنديا")
        if (at + 1 < words.Count && ArabicPerson(words[at + 1], accusative: true) && words[at + 1].Text.EndsWith('ا'))
            return (-1, -1);
        return (at, at);
    }

    /// <summary>"سائق القافلة أصيب", "مراسل إذاعة محلية قُتل", "جنديا من فرقة الحراسة قتل": the noun and up to three words of its complement.</summary>
    private static (int From, int To) SubjectWithComplement(IReadOnlyList<ClaimWord> words, int first)
    {
        for (var gap = 0; gap <= 3 && first - 1 - gap >= 0; gap++)
        {
            var noun = first - 1 - gap;
            var k = noun + 1;
            // the complement: words with no count, toll word, speech verb or clause opener ("إن", "قد", "و")
            var plain = true;
            for (; k < first && plain; k++)
                plain = ArabicScript.Starts(words[k].Text) && words[k].Number is null && !ClaimVocabulary.Cardinals.ContainsKey(words[k].Text)
                    && !ComplementStops.Contains(words[k].Text) && !words[k].Text.StartsWith('و') && !PhraseMatch.Is(words[k], ClaimVocabulary.TollWords)
                    && PhraseMatch.At(words, k, SourceVocabulary.Verbs) is null && !OneOf.Contains(words[k].Text);
            // a genitive's adjectives agree with it: all definite after a definite genitive ("سائق الشاحنة الصغيرة"), none after an
            // indefinite one ("مراسل إذاعة محلية"); a "من" phrase takes either. Not a clause after the genitive ("سائق السيارة عُثر عليه")
            if (!plain)
                return (-1, -1);
            var agrees = true;
            if (gap >= 2 && words[noun + 1].Text != "من")
            {
                var definite = words[noun + 1].Text.StartsWith("ال", StringComparison.Ordinal);
                for (var j = noun + 2; j < first && agrees; j++)
                    agrees = words[j].Text.StartsWith("ال", StringComparison.Ordinal) == definite;
            }
            // (a longer complement may still open with "من": "جنديا من فرقة الحراسة")
            if (!agrees)
                continue;
            // the complement opens with a genitive (definite or not) or "من"; the noun is a person, not a definite one (round 28's)
            if (ArabicPerson(words[noun], accusative: true) && !words[noun].Text.StartsWith("ال", StringComparison.Ordinal)
                && (gap <= 1 || words[noun + 1].Text == "من" || !words[noun + 1].Text.EndsWith('ا')))
                return (noun, first - 1);
        }
        return (-1, -1);
    }
}
