namespace Sahel.Diff.Claims;

/// <summary>
/// Session 19, round 44: the speaker AFTER its figure. A passive participle of giving a figure ("annoncés", "avancé", "fourni",
/// "released", "given", "reported") right after a figure, with its agent after "par"/"by" past an adverbial of time or manner
/// ("contre onze annoncés dans un premier temps par la mairie", "up from the 22 first announced on Sunday by the police"), and
/// the Arabic relative verb of giving with its object pronoun right after a figure ("حصيلة بلغت تسعين قتيلا أعلنتها المنظمة",
/// "١٢ قتيلا أعلنها الجيش"), name who gave that figure: the agent or the verb's subject is a speaker, as "annoncés par" is
/// (session 7, round 24's <see cref="AgentPastTime"/> took a single word of time only). Which figure the agent governs is decided
/// where the figures are attributed (<c>ClaimExtractor.FigureAgents.cs</c>): the one it follows, not one told before it.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Passive participles of giving a figure (normalised: no accents), French and English.</summary>
    private static readonly HashSet<string> FigureGivingParticiples = new(StringComparer.Ordinal)
    {
        "annonce", "annonces", "annoncee", "annoncees", "avance", "avances", "avancee", "avancees", "donne", "donnes", "donnee", "donnees",
        "fourni", "fournis", "fournie", "fournies", "communique", "communiques", "communiquee", "communiquees", "publie", "publies", "publiee",
        "publiees", "rapporte", "rapportes", "rapportee", "rapportees", "cite", "cites", "citee", "citees", "retenu", "retenus", "retenue",
        "retenues", "etabli", "etablis", "etablie", "etablies", "recense", "recenses", "recensee", "recensees", "confirme", "confirmes",
        "confirmee", "confirmees", "enregistre", "enregistres", "comptabilise", "comptabilises", "denombre", "denombres",
        "announced", "released", "given", "reported", "provided", "issued", "published", "cited", "compiled", "recorded", "counted",
        "tallied", "confirmed", "documented", "quoted",
    };

    /// <summary>
    /// Arabic verbs of giving a figure with the object pronoun that takes the figure back ("أعلنتها", "أوردها", "سجلتها"): a relative
    /// clause without "التي" after an indefinite figure; its subject follows.
    /// </summary>
    private static readonly HashSet<string> ArabicRelativeGivers = new(StringComparer.Ordinal)
    {
        "اعلنتها", "اعلنها", "اعلنته", "اعلنه", "اوردتها", "اوردها", "اوردته", "اورده", "ذكرتها", "ذكرها", "ذكرته", "ذكره", "نشرتها", "نشرها",
        "نشرته", "نشره", "قدمتها", "قدمها", "قدمته", "قدمه", "سجلتها", "سجلها", "وثقتها", "وثقها", "احصتها", "احصاها", "اكدتها", "اكدها",
        "اعلنوها", "اوردوها", "ذكروها", "نشروها", "سجلوها", "وثقوها", "تناقلتها", "نقلتها", "نقلها",
    };

    /// <summary>Nouns of a toll's figure, read both after a giving participle (here) and after a verb of giving one (TollGivingVerbs.cs).</summary>
    private static readonly HashSet<string> TollFigureNouns = new(StringComparer.Ordinal)
    {
        "bilan", "chiffre", "chiffres", "toll", "figure", "figures", "tally", "number", "nombre", "حصيله", "الحصيله", "الرقم",
    };

    /// <summary>Nouns of a figure that a giving participle may follow in apposition ("un bilan annoncé par", "a figure given by").</summary>
    private static readonly HashSet<string> GivenFigureNouns = new(TollFigureNouns.Concat(["estimate", "estimation", "رقم"]), StringComparer.Ordinal);

    /// <summary>
    /// Where the agent cue of an attribution starting at <paramref name="first"/> begins: a giving participle within six words before
    /// it whose agent phrase reaches it ("30 initially reported by local sources": the sources speak on their own, the participle
    /// still governs them), or the Arabic relative giver itself; else -1. Not an active compound tense ("ont rapporté des
    /// habitants": no "par"), which is an ordinary verb of saying.
    /// </summary>
    internal static int AgentCueBefore(ClaimSentence sentence, int first)
    {
        var words = sentence.Words;
        if (first < words.Count && IsArabicRelativeGiver(words[first]))
            return AgentAfterFigure(sentence, first) > 0 ? first : -1;
        for (var p = first; p >= 0 && p >= first - 6; p--)
            if (FigureGivingParticiples.Contains(words[p].Text) && AgentPhrase(sentence, p) is var length and > 0 && p + length >= first)
                return p;
        return -1;
    }

    private static bool IsArabicRelativeGiver(ClaimWord word) =>
        ArabicScript.Starts(word.Text) && word.Readings.Any(ArabicRelativeGivers.Contains);

    /// <summary>
    /// How many words the cue of a figure's agent spans at <paramref name="at"/>, else 0: the participle right after a figure, up to
    /// "par"/"by" within five words and no punctuation between; the Arabic relative giver alone (its subject follows it). Rare
    /// words gate it, so the figure is looked for only then.
    /// </summary>
    private static int AgentAfterFigure(ClaimSentence sentence, int at)
    {
        var words = sentence.Words;
        // not after an explicit relative ("حسب الحصيلة التي أعلنها الوزير"): the preposition before it reads that one
        if (IsArabicRelativeGiver(words[at]))
            return at > 0 && words[at - 1].Text is not ("التي" or "الذي" or "اللتي" or "اللذين") && FigureJustBefore(sentence, at) ? 1 : 0;
        if (!FigureGivingParticiples.Contains(words[at].Text))
            return 0;
        for (var k = at + 1; k < words.Count && k <= at + 5; k++)
        {
            if (words[k].Text is "par" or "by")
                return sentence.Between(at, k).IndexOfAny(",;:،؛\"«»()") < 0 && FigureJustBefore(sentence, at) ? k - at + 1 : 0;
            // another verb or a relative opens another clause: "annoncé hier qui a été démenti par"
            if (words[k].Text is "qui" or "que" or "which" or "that" or "et" or "and")
                return 0;
        }
        return 0;
    }

    /// <summary>A number phrase ending within three words before <paramref name="at"/>, or a figure noun within two, no punctuation between.</summary>
    private static bool FigureJustBefore(ClaimSentence sentence, int at)
    {
        var words = sentence.Words;
        for (var k = at - 1; k >= 0 && k >= at - 2; k--)
            if (GivenFigureNouns.Contains(words[k].Text) && sentence.Between(k, at).IndexOfAny(",;:،؛()") < 0)
                return true;
        return NumberPhrases.Find(sentence).Exists(n => n.Last < at && n.Last >= at - 3 && sentence.Between(n.Last, at).IndexOfAny(",;:،؛()") < 0);
    }

    /// <summary>The agent phrase at <paramref name="at"/>: a figure's agent past words of manner (above), else round 24's single word of time.</summary>
    private static int AgentPhrase(ClaimSentence sentence, int at) =>
        AgentAfterFigure(sentence, at) is var after and > 0 ? after : AgentPastTime(sentence.Words, at);
}
