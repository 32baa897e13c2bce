namespace Sahel.Normalize;

/// <summary>
/// Names the language of a headline or summary: Arabic by script; the Latin-script languages by their commonest
/// function words and their own letters, each clue weighed by how many languages share it ("de" is French, Spanish,
/// Portuguese and Turkish, "der" only German). Besides the three languages sahel analyses (French, Arabic, English)
/// it knows the ones a Sahel newsroom meets, so that a Portuguese or Hausa item keeps its own code instead of being
/// forced into French or English. Says nothing when unsure, because a wrong language is worse than none; a prior
/// (the declared language) tips a close call. Chosen over SearchPioneer.Lingua after the comparison in
/// docs/benchmarks.md ("Language detection").
/// </summary>
public static class LanguageGuesser
{
    /// <summary>Tuned on samples/language/dev.tsv only.</summary>
    private const double MinScore = 0.75, MinMargin = 0.4, PriorBonus = 0.75, LetterWeight = 0.5, EndingWeight = 0.5;

    private static readonly (string Code, string Words, string Letters, string Endings)[] Languages =
    [
        ("fr", "le la les des du de un une et est dans pour sur par au aux avec qui que selon après contre ont été entre près lors ses "
               + "leur leurs l d qu n s pourquoi sous depuis plusieurs deux trois cette ce cet vers sans chez se sont il elle ils ne pas plus",
            "éèêàùœçâîïëûÉÈ",
            "ée ées és ent eux aux ment tion ité eur eurs"),
        ("en", "the of and in to a is was were for on by with from at after said says near killed against an as its their has have "
               + "according over into two three why who what are been be before this that it not more than they he she",
            "",
            "ing ed ers ly ion ity"),
        ("pt", "o os a as do da dos das em no na nos nas um uma e é para com por que pelo pela pelos pelas ao aos à às segundo depois "
               + "há sobre entre três dois não mais foi são num numa durante sem",
            "ãõçêâáóíúàé",
            "ção ções ões ado ada ados adas nho ndo ém"),
        ("es", "el los la las del de un una y en con por para que según tras desde hacia al se su sus es fue son dos tres más entre "
               + "sobre lleva unos unas le les sin durante",
            "ñ¿¡áíóú",
            "ción ciones ado ada ados adas dad ía ían"),
        ("it", "il lo la i gli le del della dei degli delle di da in con per che un una e è al alla nel nella sul sulla dopo secondo "
               + "tra fra verso due tre sono dell un l nei negli ha hanno sotto senza",
            "àèìòù",
            "zione zioni ato ata ati ità ggi gli cchi"),
        ("de", "der die das den dem des ein eine einer eines und ist in im mit von zu zum zur auf für nach bei aus über seit sich "
               + "nicht zwei drei sind wird haben hat laut vor um gegen unter am",
            "äöüßÄÖÜ",
            "ung ungen sch chen keit lich ern"),
        ("tr", "ve bir bu da de ile için olarak sonra göre en az iki üç kişi etti oldu edildi neden yerel yaklaşık olan gibi daha",
            "ıİşŞğĞçöüÇÖÜ",
            "lar ler ını ini dı di yor tı ti ndan nden ında"),
        ("ha", "da a na ta ya sun an wani wata zuwa ga kan cikin bayan suka ke don wadanda tsawon in ji yan sa kasar kusa su "
               + "shi ita mun za yi domin saboda amma kuma biyu uku",
            "ƙɗɓƴƘƊƁ",
            "wa ka ta nan sun"),
    ];

    // Words and endings are looked up as spans of the text (see BestLatin).
    private static readonly Dictionary<string, List<(int Language, double Weight)>>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        BuildWordClues().GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<char, List<(int Language, double Weight)>> LetterClues = BuildLetterClues();
    private static readonly Dictionary<string, List<(int Language, double Weight)>>.AlternateLookup<ReadOnlySpan<char>> EndingLookup =
        BuildClues(l => l.Endings, EndingWeight).GetAlternateLookup<ReadOnlySpan<char>>();

    public static string? Guess(string? text) => Guess(text, prior: null);

    /// <param name="prior">The declared language ("fr", "pt"…), if any: it wins a close call, never against clear evidence.</param>
    public static string? Guess(string? text, string? prior)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        int arabic = 0, latin = 0, other = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFC')
                arabic++;
            else if (char.IsLetter(c))
            {
                if (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF') latin++;
                else other++;
            }
        }
        if (arabic > latin && arabic > other)
            return "ar";
        if (other > latin)
            return null; // a script sahel does not know: the declaration decides
        return BestLatin(text, prior);
    }

    private static string? BestLatin(string text, string? prior)
    {
        Span<double> scores = stackalloc double[Languages.Length];
        // Words are lowercased into one buffer and looked up as spans: a sweep guesses tens of thousands of
        // summaries, and a string per word (and per ending tried) was most of the cost.
        Span<char> lower = stackalloc char[64];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                start = -1;
                if (word.Length > lower.Length)
                    continue; // no clue is this long, and no ending is read from a word this unusual
                var length = word.ToLowerInvariant(lower);
                Score(lower[..length], scores);
            }
        }
        foreach (var c in text)
        {
            if (LetterClues.TryGetValue(c, out var clues))
                foreach (var (language, weight) in clues) scores[language] += weight;
        }
        var priorIndex = Array.FindIndex(Languages, l => l.Code == prior);
        if (priorIndex >= 0 && scores[priorIndex] > 0) scores[priorIndex] += PriorBonus;

        int best = -1, second = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (best < 0 || scores[i] > scores[best]) { second = best; best = i; }
            else if (second < 0 || scores[i] > scores[second]) second = i;
        }
        if (scores[best] < MinScore || scores[best] - scores[second] < MinMargin)
            return null;
        return Languages[best].Code;
    }

    private static void Score(ReadOnlySpan<char> word, Span<double> scores)
    {
        if (WordLookup.TryGetValue(word, out var clues))
        {
            foreach (var (language, weight) in clues) scores[language] += weight;
            return;
        }
        if (word.Length <= 4)
            return;
        // One ending per word, the longest that is a clue ("-ções" before "-ões").
        for (var n = Math.Min(6, word.Length - 2); n >= 2; n--)
        {
            if (!EndingLookup.TryGetValue(word[^n..], out var endings)) continue;
            foreach (var (language, weight) in endings) scores[language] += weight;
            break;
        }
    }

    private static Dictionary<string, List<(int, double)>> BuildWordClues() => BuildClues(l => l.Words, 1.0);

    /// <summary>Each clue's weight is shared among the languages that have it.</summary>
    private static Dictionary<string, List<(int, double)>> BuildClues(Func<(string Code, string Words, string Letters, string Endings), string> list, double weight)
    {
        var owners = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Languages.Length; i++)
        {
            foreach (var w in list(Languages[i]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
            {
                if (!owners.TryGetValue(w, out var owner)) owners[w] = owner = [];
                owner.Add(i);
            }
        }
        return owners.ToDictionary(p => p.Key, p => p.Value.Select(l => (l, weight / p.Value.Count)).ToList(), StringComparer.Ordinal);
    }

    private static Dictionary<char, List<(int, double)>> BuildLetterClues()
    {
        var owners = new Dictionary<char, List<int>>();
        for (var i = 0; i < Languages.Length; i++)
        {
            foreach (var c in Languages[i].Letters.Distinct())
            {
                if (!owners.TryGetValue(c, out var list)) owners[c] = list = [];
                list.Add(i);
            }
        }
        return owners.ToDictionary(p => p.Key, p => p.Value.Select(l => (l, LetterWeight / p.Value.Count)).ToList());
    }
}
