namespace Sahel.Diff.Claims;

/// <summary>
/// Session 8, round 13: where a denial's reach ends inside its sentence. A denial says no to what was reported; a second
/// statement joined after it with its own verb of saying ("L'état-major dément toute perte et assure que ses aéronefs ont
/// frappé…", "Le gouvernement dément ce bilan et affirme que l'armée tchadienne a tué…", "ونفت هيئة الأركان … وأعلنت أن
/// وحداتها قتلت…", "The army denied the losses and said its troops had killed…") is the speaker's own account again, and a
/// force's operation told there is its claim, as it would be in a sentence of its own.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Verbs of saying that open a statement of their own after "et", "and", "mais", "but", or the Arabic "و".</summary>
    private static readonly HashSet<string> ResumingVerbs = new(StringComparer.Ordinal)
    {
        "affirme", "affirment", "assure", "assurent", "annonce", "annoncent", "indique", "indiquent", "precise", "precisent", "ajoute", "ajoutent",
        "declare", "declarent", "souligne", "soulignent", "explique", "expliquent", "affirmait", "assurait", "annoncait",
        "says", "said", "say", "added", "adds", "announced", "announces", "insisted", "insists", "stated", "states", "claimed", "reported", "reports",
        "واعلن", "واعلنت", "واكد", "واكدت", "وقال", "وقالت", "واضاف", "واضافت", "واوضح", "واوضحت", "واشار", "واشارت", "واعلنوا", "واكدوا",
        // Session 12, round 24: the present of headlines and live blogs ("الجيش ينفي الخسائر ويؤكد أن قواته قتلت"), as the past
        // above, normalised (the hamza of ؤ is dropped)
        "ويعلن", "وتعلن", "ويوكد", "وتوكد", "ويقول", "وتقول", "ويضيف", "وتضيف", "ويوضح", "وتوضح", "ويشير", "وتشير",
    };

    private static readonly HashSet<string> ResumingJoiners = new(StringComparer.Ordinal) { "et", "and", "mais", "but", "puis", "then" };

    /// <summary>
    /// The first word of a statement joined after the denial at <paramref name="deniedAt"/> with its own verb of saying, or -1.
    /// A participle of the denial ("…, affirmant que") goes on with it and opens nothing.
    /// </summary>
    private static int ResumedStatement(ClaimSentence sentence, int deniedAt)
    {
        var words = sentence.Words;
        for (var k = deniedAt + 1; k < words.Count; k++)
        {
            var text = words[k].Text;
            if (!ResumingVerbs.Contains(text))
                continue;
            // the Arabic verb carries its "و"
            if (ArabicScript.Starts(text))
                return k;
            // "et affirme que", "and said that", "et a assuré que", "and has said"
            var j = k - 1;
            if (j > deniedAt && words[j].Text is "a" or "ont" or "has" or "have" or "had" or "il" or "elle" or "it" or "they")
                j--;
            if (j > deniedAt && ResumingJoiners.Contains(words[j].Text))
                return k;
        }
        return -1;
    }

    /// <summary>Losses, not deeds: "a perdu deux hommes", "lost one man", "فقدت ثلاثة", "déplore la mort de".</summary>
    private static readonly HashSet<string> LossWords = new(StringComparer.Ordinal)
    {
        "perdu", "perdus", "perd", "perte", "pertes", "deplore", "deplorons", "deplorent", "lost", "lose", "loses", "loss", "losses", "mourned", "mourns",
        "فقد", "فقدت", "فقدنا", "خسر", "خسرت", "خسائر", "فقدان",
    };

    /// <summary>A verb of killing or capturing after the doer and before the figure (a toll may open on its verb: "tué onze jihadistes"), not a loss ("ont abattu quinze", "killed eleven", "قتلوا").</summary>
    private static bool OwnVerbBefore(IReadOnlyList<ClaimWord> words, int doer, int figure) =>
        Enumerable.Range(doer + 1, Math.Max(0, figure - doer - 1)).Any(k => PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is { Value: TollKind.Killed or TollKind.Kidnapped })
        && !Enumerable.Range(doer + 1, Math.Max(0, figure - doer - 1)).Any(k => LossWords.Contains(words[k].Text));
}
