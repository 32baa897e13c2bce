namespace Sahel.Diff.Claims;

/// <summary>
/// A counter-account of a force's strike or operation (<see cref="ContradictedOperation"/>): someone else saying that civilians
/// died in it, with no doer named. The words that tie the deaths to the operation and those that keep it from blaming.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// What opposes the account or points back at the operation's dead: "au contraire", "toutefois", "however", "in fact",
    /// "لكن", "parmi (les morts)", "among (the dead)", "بين (القتلى)". The operation nouns (<see cref="OperationNouns"/>) tie as well.
    /// </summary>
    private static readonly HashSet<string> CounterMarks = new(StringComparer.Ordinal)
    {
        "however", "but", "fact", "actually", "contrary", "instead", "among",
        "contraire", "toutefois", "cependant", "pourtant", "mais", "parmi", "realite",
        "لكن", "ولكن", "لكنه", "لكنهم", "غير", "بل", "بين", "ضمن", "الواقع",
    };

    /// <summary>Deaths, as a verb or a noun: "killed", "died", "dead", "tués", "ont péri", "morts", "قتلوا", "لقوا (حتفهم)", "القتلى".</summary>
    private static readonly HashSet<string> DeathWords = new(StringComparer.Ordinal)
    {
        "killed", "died", "dead", "deaths", "perished",
        "tue", "tues", "tuee", "tuees", "peri", "mort", "morts", "decedes", "victimes",
        "قتل", "قتلوا", "قتلي", "القتلي", "لقوا", "مصرع", "ضحايا", "الضحايا", "قتيلا", "قتلاه",
    };

    // The Arabic words are in their normalised spelling (TextNormalizer: "ى" is "ي", "ة" is "ه").

    /// <summary>The operation's dead as a definite noun, "the dead", "les morts", "القتلى" (Arabic's article is in the word).</summary>
    private static readonly HashSet<string> DeadNouns = new(StringComparer.Ordinal) { "dead", "victims", "casualties", "morts", "victimes", "tues" };

    /// <summary>
    /// Negations that make the sentence agree with the force ("no civilians died", "aucun civil n'a péri", "لم يقتل أي مدني") unless a
    /// fighters' word follows at once ("not fighters", "pas des combattants", "وليسوا مسلحين").
    /// </summary>
    private static readonly HashSet<string> CounterNegations = new(StringComparer.Ordinal)
    {
        "no", "not", "none", "never", "nor", "without", "aucun", "aucune", "pas", "jamais", "ni", "sans",
        "لم", "لا", "لن", "ليس", "ليسوا", "وليسوا", "دون",
    };

    /// <summary>Doers left unnamed ("armed men", "des hommes armés", "مسلحون"): the civilians were killed by them, not by the operation.</summary>
    private static readonly HashSet<string> UnnamedDoers = new(StringComparer.Ordinal) { "armed", "armes", "assaillants", "مسلحون", "مسلحين" };

    /// <summary>Another time than the operation's: "a raid last month in which villagers were killed", "l'attaque du mois dernier", "الشهر الماضي".</summary>
    private static readonly HashSet<string> OtherTimes = new(StringComparer.Ordinal)
    {
        "last", "earlier", "previous", "ago", "dernier", "derniere", "precedent", "precedente", "passe", "auparavant",
        "الماضي", "الماضيه", "السابق", "السابقه",
    };

    /// <summary>
    /// Session 14, round 29 (the README's rule on contradicting a force's account): after a force's own claim of a strike or an
    /// operation, a local, NGO, UN, medical speaker (else an outlet in its own voice) saying that civilians died, with no doer
    /// named, blames the force when the sentence opposes the account or points back at the operation's dead: "Des habitants
    /// affirment au contraire que douze civils ont péri", "Residents said the dead were farmers, not fighters", "لكن سكانا قالوا إن
    /// القتلى مدنيون". Not when the story told civilians killed before (then they are another deed's, maybe the enemy's), not when
    /// an armed group was claimed or blamed before, not when another actor or an unnamed doer is in the sentence, not when a
    /// negation makes it agree ("no civilians died").
    /// </summary>
    /// <remarks>The force and the story's tolls and claims before are asked for only once the sentence's words have the counter-account.</remarks>
    internal static ResponsibilityClaim? ContradictedOperation(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions,
        List<TollFinder.Found> tolls, Func<string?> claimedForce, Func<bool> civiliansBefore, Func<bool> groupBefore, Func<bool>? fightBefore = null)
    {
        var words = sentence.Words;
        var civilian = tolls.Exists(t => t is { Kind: TollKind.Killed, Victims: "civilians" })
            || words.Any(w => CivilianMarks.Contains(w.Text)) && words.Any(w => DeathWords.Contains(w.Text));
        if (!civilian || !Ties(words) && !UntiedCounterAccount(words, tolls, attributions, fightBefore) || words.Any(w => OtherTimes.Contains(w.Text) || IsYear(w.Text)))
            return null;
        for (var k = 0; k < words.Count; k++)
        {
            if (Disowned(words, k))
                continue;
            if (AgreesOrNamesADoer(words, k))
                return null;
        }
        // the story's look-ups last, once the sentence's own words have it
        if (attributions.Exists(a => a.Attribution.Kind is SourceKind.Army or SourceKind.Government or SourceKind.Security or SourceKind.ArmedGroup)
            || claimedForce() is not { } force || civiliansBefore() || groupBefore()
            || mentions.Exists(m => m.Name is not null && m.Name != force && m.Kind is SourceKind.ArmedGroup or SourceKind.Army or SourceKind.Government or SourceKind.Security))
            return null;
        var speaker = attributions.FirstOrDefault(a => a.Attribution.Kind is SourceKind.Local or SourceKind.Ngo or SourceKind.Un or SourceKind.Hospital)
            ?? attributions.FirstOrDefault(a => a.Attribution.Kind is SourceKind.Media);
        return speaker is null ? null
            : new ResponsibilityClaim { Actor = force, Polarity = ResponsibilityPolarity.Blamed, By = speaker.Attribution, Attackers = force, Text = sentence.Text };
    }

    /// <summary>
    /// Whether the word at k undoes a counter-account: a negation that agrees with the force ("no civilians", not "no
    /// fighters"), or a doer other than the force ("gunmen", "the fighters") not negated. Shared with the armed group's
    /// counter-account, which reads the same sentence shapes.
    /// </summary>
    private static bool AgreesOrNamesADoer(IReadOnlyList<ClaimWord> words, int k)
    {
        var fighters = k + 1 < words.Count && IsFighters(words[k + 1].Text) || k + 2 < words.Count && IsFighters(words[k + 2].Text);
        return CounterNegations.Contains(words[k].Text) && !fighters
            || UnnamedDoers.Contains(words[k].Text) && (k == 0 || !CounterNegations.Contains(words[k - 1].Text))
            || IsFighters(words[k].Text) && (k == 0 || !CounterNegations.Contains(words[k - 1].Text)) && (k < 2 || !CounterNegations.Contains(words[k - 2].Text));
    }

    /// <summary>The sentence opposes the account, names the operation again, or speaks of its dead as a definite noun.</summary>
    private static bool Ties(IReadOnlyList<ClaimWord> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k].Text;
            if (CounterMarks.Contains(w) || OperationNouns.Contains(w) || w == "القتلي" || w == "الضحايا"
                || DeadNouns.Contains(w) && k > 0 && words[k - 1].Text is "the" or "les" or "their" or "leurs")
                return true;
        }
        return false;
    }

    /// <summary>Words that tie the dead to the fighters: "(nothing) to do with", "(no) links to", "(rien) à voir avec", "(aucun) lien avec", "(لا) علاقة لهم", "(لا) صلة".</summary>
    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "do", "link", "links", "linked", "ties", "connection", "connected", "voir", "lien", "liens", "lies", "علاقه", "صله",
    };

    /// <summary>Negations of a tie the counter-account denies: "nothing (to do with)", "n'avaient rien (à voir)".</summary>
    private static readonly HashSet<string> LinkNegations = new(StringComparer.Ordinal) { "nothing", "rien", "n" };

    /// <summary>Comparatives after a negation that make a figure, not a denial: "no fewer than", "pas moins de", "لا يقل عن".</summary>
    private static readonly HashSet<string> FloorComparatives = new(StringComparer.Ordinal) { "less", "fewer", "moins", "يقل", "تقل" };

    /// <summary>
    /// Session 15, round 31: words that disown the fighters rather than agree with the force, so that neither their negation nor
    /// their fighters' word keeps the counter-account from blaming: the dead "had nothing to do with the militants", "n'avaient
    /// rien à voir avec les jihadistes", "لا علاقة لهم بالجماعة" (a negation, a tie word within three, then what it ties to); and
    /// a floor on the figure, "no fewer than ten", "pas moins de dix", "ما لا يقل عن عشرة", which is no negation at all.
    /// </summary>
    private static bool Disowned(IReadOnlyList<ClaimWord> words, int k)
    {
        bool Negation(int i) => CounterNegations.Contains(words[i].Text) || LinkNegations.Contains(words[i].Text);
        if (CounterNegations.Contains(words[k].Text) && k + 1 < words.Count && FloorComparatives.Contains(words[k + 1].Text))
            return true;
        // the tie word within three after the negation, or the negation within three before a tie word before this word
        for (var j = Math.Max(0, k - 6); j < Math.Min(words.Count, k + 4); j++)
        {
            if (!LinkWords.Contains(words[j].Text))
                continue;
            var negated = Enumerable.Range(Math.Max(0, j - 3), j - Math.Max(0, j - 3)).Any(Negation);
            if (negated && (j > k && Negation(k) || j < k && k - j <= 3))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Session 15, round 31: a year named in the sentence dates another event ("En août 2024, des frappes dans la même zone avaient
    /// fait une vingtaine de morts civils", "In 2023 a strike there killed 12 civilians"): the counter-account of today's operation names no year.
    /// </summary>
    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsAsciiDigit) && word[..2] is "19" or "20";

    private static bool IsFighters(string word) =>
        ClaimVocabulary.VictimWords.TryGetValue(word, out var who) && who == "attackers" || AttackerPlaces.Contains(word);
}
