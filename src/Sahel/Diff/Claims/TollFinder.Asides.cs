namespace Sahel.Diff.Claims;

/// <summary>
/// Counts inside or beside another: ", dont …," asides and brackets, a figure that rises from an earlier one
/// ("contre onze annoncés"), a gapped or added count ("and 19 in army operations", "ainsi que"), and the victims an
/// elliptical count ("three others") borrows from the figure before it.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>"the toll has risen to 31", "le bilan s'est alourdi à 27": a rise between a toll and its count.</summary>
    private static readonly HashSet<string> RiseWords = new(StringComparer.Ordinal)
    {
        "risen", "rose", "rises", "rise", "climbed", "climbs", "jumped", "reached", "alourdi", "alourdit", "passe", "grimpe", "atteint", "ارتفعت", "ارتفع", "وصلت",
    };

    /// <summary>Prepositions that open the adjunct of a gapped figure: "and at least 19 in army operations", "et 19 lors d'opérations".</summary>
    private static readonly HashSet<string> GappedPrepositions = new(StringComparer.Ordinal)
    {
        "in", "during", "by", "at", "on", "near", "from", "lors", "dans", "par", "pendant", "au", "aux", "a", "pres", "en", "في", "خلال", "على", "قرب",
    };

    private static bool RisesBetween(IReadOnlyList<ClaimWord> words, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (RiseWords.Contains(words[k].Text))
                return true;
        return false;
    }

    /// <summary>Words before the earlier figure of an updated toll: "contre onze", "بعدما كانت ١٩", "from 12" (after up/down).</summary>
    private static readonly HashSet<string> EarlierFigure = new(StringComparer.Ordinal) { "contre", "كانت", "بعدما", "instead" };

    /// <summary>Participles of a figure given earlier: "contre onze annoncés", "contre 12 avancés la veille".</summary>
    private static readonly HashSet<string> Announced = new(StringComparer.Ordinal) { "annonces", "annoncees", "avances", "avancees", "donnes", "rapportes", "evoques", "recenses", "comptes", "communiques" };

    /// <remarks>The Arabic "others" in every number and gender: the dual "آخران"/"آخرين", the feminine "أخرى"/"أخريات".</remarks>
    private static readonly HashSet<string> OtherWords = new(StringComparer.Ordinal) { "autres", "others", "other", "more", "اخرين", "اخرون", "اخري", "اخران", "اخريات", "اخريين", "اخرتين", "اخرتان" };

    /// <summary>
    /// "cinq soldats ont été tués et neuf blessés", "مقتل خمسة جنود وإصابة تسعة آخرين": the second figure counts the
    /// same people as the one just before it.
    /// </summary>
    /// Round 24: the attackers too when the second figure is a capture after their dead ("killing 25 militants and capturing three",
    /// "neutralisé douze terroristes et capturé trois autres", "تحييد ثمانية عشر إرهابيا وأسر اثنين"): a force captures the enemy it
    /// fights; a wounded or dead figure after the enemy's dead is most often the force's own, so that stays unread.
    private static string? Elliptical(IReadOnlyList<ClaimWord> words, IEnumerable<Found> earlier, int first, int last, TollKind kind)
    {
        var previous = earlier.Where(f => f.Last < first && first - f.Last <= 3 && f.Victims is not null
            && (f.Victims != "attackers" || kind == TollKind.Kidnapped && f.Kind == TollKind.Killed)).MaxBy(f => f.Last);
        if (previous is null)
            return null;
        var others = Enumerable.Range(first, Math.Max(0, last - first + 1)).Any(i => OtherWords.Contains(words[i].Text));
        var joined = Enumerable.Range(previous.Last + 1, first - previous.Last - 1).Any(i => words[i].Text is "et" or "and" or "و" || words[i].Text.StartsWith('و'))
            || words[first].Text.StartsWith('و');
        return others || joined ? previous.Victims : null;
    }

    /// <summary>
    /// Round 24: who two joined figures were, said once after the second ("11 morts et 7 blessés dans nos rangs", "four killed and
    /// five wounded among the troops", "أربعة شهداء وخمسة جرحى في صفوف القوات"): the victims the second figure reads from a phrase of
    /// "among/dans/parmi/في" right after it, when the two are joined by "and" with nothing else between.
    /// </summary>
    private static string? SharedAfter(IReadOnlyList<ClaimWord> words, Found first, Found second)
    {
        if (second.Victims is null || second.First <= first.Last || second.First - first.Last > 2)
            return null;
        var joined = Enumerable.Range(first.Last + 1, second.First - first.Last - 1).All(i => words[i].Text is "et" or "and")
            && (second.First - first.Last == 2 || words[second.First].Text.StartsWith('و'));
        if (!joined || second.Last + 2 >= words.Count || !Among.Contains(words[second.Last + 1].Text))
            return null;
        return Victims(words, second.Last + 2, Math.Min(words.Count - 1, second.Last + 4)) == second.Victims ? second.Victims : null;
    }

    /// <summary>Words after a count that show it counts the people just mentioned: "wounded three on Wednesday".</summary>
    private static readonly HashSet<string> Loose = new(StringComparer.Ordinal) { "on", "in", "at", "and", "near", "when", "during", "et", "a", "dans", "lors", "pres", "le", "la", "les" };

    /// <summary>Words that open an aside about the people just counted: "Trois personnes, dont le chef du village, ont été abattues".</summary>
    private static readonly HashSet<string> AsideOpeners = new(StringComparer.Ordinal) { "dont", "including", "among", "parmi", "بينهم", "منهم", "ومنهم", "بينهن", "most", "mostly" };

    /// <summary>Determiners that open an apposition naming a person (session 9).</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "le", "la", "l", "leur", "son", "sa", "their", "his", "her", "its", "the", "notre", "our" };

    /// <summary>The words of ", dont …," asides: between commas, opened by a word that says what part of a count it is.</summary>
    private static bool[] Asides(ClaimSentence sentence)
    {
        var words = sentence.Words;
        var aside = new bool[words.Count];
        for (var i = 1; i < words.Count; i++)
        {
            // session 9: "un troisième, le directeur de l'école, a été emmené", "a fourth colleague, their driver, was killed": an apposition
            // after an ordinal person, opened by a determiner; "31 people, most of them women, were buried": a part told loosely
            var apposition = Determiners.Contains(words[i].Text) && (NumberPhrases.IsOrdinal(words[i - 1]) || i > 1 && NumberPhrases.IsOrdinal(words[i - 2]) && PhraseMatch.Is(words[i - 1], ClaimVocabulary.VictimWords));
            if (!AsideOpeners.Contains(words[i].Text) && !apposition || !sentence.CommaBefore(i))
                continue;
            var close = Enumerable.Range(i + 1, Math.Max(0, Math.Min(12, words.Count - i - 1))).FirstOrDefault(sentence.CommaBefore, -1);
            // an aside holding its own count ("dont trois enfants") is a part told apart; leave it to be read
            if (close < 0 || Enumerable.Range(i, close - i).Any(k => words[k].Number is not null))
                continue;
            for (var k = i; k < close; k++)
                aside[k] = true;
        }
        // session 9, round 16: a list set off by dashes after a count ("three people - two guards and a nurse - were killed",
        // "trois personnes – deux gardes et une infirmière – ont été tuées"): an aside even with counts of its own (its parts).
        for (var i = 1; i < words.Count; i++)
            if (NumberPhrases.DashPart(sentence, i) is { } close)
                for (var k = i; k < close; k++)
                    aside[k] = true;
        return aside;
    }

    private static bool InBrackets(ClaimSentence sentence, int word)
    {
        var start = sentence.Words[word].Start;
        var open = sentence.Text.LastIndexOf('(', start);
        return open >= 0 && sentence.Text.IndexOf(')', open) is var close && close > start;
    }

    /// <summary>Joiners of an added count: "as well as", "ainsi que", "en plus de", "إضافة إلى", "فضلا عن".</summary>
    private static readonly PhraseVocabulary<bool> AdditionJoiners = ClaimVocabulary.Set(
        "as well as", "in addition to", "ainsi que", "en plus de", "اضافة الى", "بالاضافة الى", "إضافة إلى", "بالإضافة إلى", "فضلا عن", "علاوة على");
}
