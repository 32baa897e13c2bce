namespace Sahel.Diff.Claims;

/// <summary>
/// Session 19, round 44: a verb of GIVING, COUNTING OR ESTIMATING a toll is a verb of saying about it, as round 34's verbs of
/// revising are (<see cref="TollVerbSpeakers"/>): "a ensuite donné un bilan de 44 morts", "a chiffré le bilan à", "a dressé un
/// bilan", "gave a toll of", "revised the figure to", "أعطت الوزارة حصيلة". Its subject gives the figures after it. Round 34 knew
/// the toll by "bilan"/"toll" only; the figure nouns of the same class ("chiffre", "nombre", "figure", "number", "losses",
/// "العدد", "الرقم") are read here with its verbs and these.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Verbs of giving or counting a toll (normalised: no accents); "chiffre" and "communique" only as verbs (not after an article);
    /// the subject before the verb, but after it in Arabic (verb first).</summary>
    private static readonly HashSet<string> TollGivingVerbs = new(StringComparer.Ordinal)
    {
        "donne", "donnent", "donnait", "donnaient", "chiffre", "chiffrent", "chiffrait", "dresse", "dressent", "etabli", "etablit", "etablissent",
        "fixe", "fixent", "evalue", "evaluent", "communique", "communiquent", "livre", "livrent",
        "gave", "give", "gives", "giving", "placed", "places", "placing", "set", "sets", "setting", "tallied", "provided",
        "اعطى", "اعطت", "قدم", "قدمت", "حدد", "حددت",
    };

    /// <summary>
    /// Nouns of the figure such a verb acts on, besides round 34's "bilan"/"toll"/"tally"/"الحصيلة": the figure nouns with losses and
    /// counts. Built on first use: <see cref="TollFigureNouns"/> sits in another file of this partial class.
    /// </summary>
    private static HashSet<string> GivenTollNouns => _givenTollNouns ??= new(TollFigureNouns.Concat(
        ["pertes", "numbers", "count", "losses", "casualties", "عدد", "رقما", "الخسائر", "ارقاما", "الارقام"]), StringComparer.Ordinal);

    private static HashSet<string>? _givenTollNouns;

    private static readonly HashSet<string> NounArticles = new(StringComparer.Ordinal) { "le", "un", "ce", "du", "de", "au", "l", "d", "les", "des" };

    /// <summary>A verb of giving or revising a toll, Arabic read past its proclitics ("وأعطت").</summary>
    private static bool GivesToll(ClaimWord word) => ArabicScript.Starts(word.Text)
        ? word.Readings.Any(r => TollGivingVerbs.Contains(r) || TollActingVerbs.Contains(r))
        : TollGivingVerbs.Contains(word.Text) || TollActingVerbs.Contains(word.Text);

    /// <summary>Adds the subject of each verb giving or revising a figure that no cue read as an attribution over the verb.</summary>
    private void TollGivingVerbSpeakers(ClaimSentence sentence, List<Mention> mentions, List<Found> found, HashSet<Mention> used)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var text = words[i].Text;
            if (!GivesToll(words[i]) || text is "chiffre" or "communique" && i > 0 && NounArticles.Contains(words[i - 1].Text)
                || found.Exists(f => f.First <= i && i <= f.Last) || NegatedGiving(words, i))
                continue;
            var noun = Enumerable.Range(i + 1, Math.Max(0, Math.Min(5, words.Count - i - 1))).FirstOrDefault(k => GivenTollNouns.Contains(words[k].Text), -1);
            if (noun < 0 || sentence.Between(i, noun).IndexOfAny(",;:،؛\"«»") >= 0)
                continue;
            var source = SpeakerOfVerb(sentence, mentions, mentions, used, i, 1);
            if (source is null || source.Kind is SourceKind.Unattributed || source.First > i && !ArabicScript.Starts(text))
                continue;
            AddSpeaker(sentence, mentions, found, used, i, i, source);
        }
    }

    /// <summary>Words denying the giving: "without giving a toll", "sans donner de bilan", "n'a pas donné de chiffre", "لم تعط حصيلة".</summary>
    private static readonly HashSet<string> GivingNegations = new(StringComparer.Ordinal)
    {
        "without", "not", "never", "no", "sans", "pas", "jamais", "ni", "لم", "لن", "دون", "بدون", "لا", "ولم", "ودون",
    };

    /// <summary>A negation within the two words before the verb: a figure not given is no one's figure.</summary>
    private static bool NegatedGiving(IReadOnlyList<ClaimWord> words, int i) =>
        i > 0 && GivingNegations.Contains(words[i - 1].Text) || i > 1 && GivingNegations.Contains(words[i - 2].Text);
}
