namespace Sahel.Diff.Claims;

/// <summary>
/// Session 11, round 20: who blames, and what an accusation does not blame.
/// <list type="bullet">
/// <item>A speaker carried by a pronoun placed after what it says ("« Ce sont les mêmes », dit-il, désignant le JNIM",
/// "\"Everything points to JNIM,\" one of them said", "قال أحدهم") or by a demonstrative subject ("Ceux-ci accusent
/// l'armée"): the subject of the sentence before, as "He said" at the head of a sentence already is. A court heading the
/// sentence blames as the state.</item>
/// <item>An accusation whose object is people, not an actor ("accused the villagers of collaborating with the VDP",
/// "اتهموا القرويين بالتعاون مع الجيش"): the actor named inside the deed is not the one accused.</item>
/// <item>An accusation of lying ("accuse le JNIM de mensonge", "accused ISWAP of spreading lies", "اتهم الجبهة بترويج
/// الأكاذيب"): an answer to a claim, not a blame for the attack.</item>
/// </list>
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Verbs of saying a pronoun follows or precedes after a quote: "dit-il", "ajoute-t-elle", "he said", "she added".</summary>
    private static readonly HashSet<string> InvertedSayings = new(StringComparer.Ordinal)
    {
        "dit", "ajoute", "affirme", "precise", "explique", "assure", "estime", "declare", "indique", "soutient", "raconte", "lance", "poursuit", "insiste",
        "said", "says", "added", "adds", "told", "explained", "insisted", "noted", "stressed",
    };

    /// <summary>
    /// The sentence's speaker is a pronoun after what it says ("…, dit-il, désignant le JNIM", "…, a-t-il ajouté", "…,\" she
    /// said", "…,\" one of them said", "قال أحدهم"), or a demonstrative at its head ("Ceux-ci accusent",
    /// "Celle-ci impute"): either stands for the subject of the sentence before. Not a pronoun that names itself speaking
    /// after a source already named in the sentence (the caller reads only blames no one was found to make).
    /// </summary>
    private static bool PronounSpeaksLater(ClaimSentence sentence)
    {
        var words = sentence.Words;
        // "Ceux-ci accusent …", "Celles-ci imputent …": the demonstrative opens the sentence
        if (words.Count > 2 && words[0].Text is "ceux" or "celles" or "celui" or "celle" && words[1].Text == "ci")
            return true;
        for (var k = 1; k < words.Count; k++)
        {
            var quoteOrComma = sentence.Between(k - 1, k).IndexOfAny([',', '»', '"', '”', '،']) >= 0;
            // "dit-il", "a-t-il dit", "ajoute-t-elle": the verb, then the pronoun (after "t" in the compound form)
            if (quoteOrComma && InvertedSayings.Contains(words[k].Text) && k + 1 < words.Count && ClaimVocabulary.PersonalPronouns.Contains(words[k + 1].Text))
                return true;
            if (quoteOrComma && words[k].Text == "a" && k + 2 < words.Count && words[k + 1].Text == "t" && ClaimVocabulary.PersonalPronouns.Contains(words[k + 2].Text))
                return true;
            // "…," he said / "…," one of them said / "قال أحدهم"
            if (quoteOrComma && ClaimVocabulary.PersonalPronouns.Contains(words[k].Text) && k + 1 < words.Count && InvertedSayings.Contains(words[k + 1].Text))
                return true;
            if (quoteOrComma && words[k].Text == "one" && k + 3 < words.Count && words[k + 1].Text == "of" && words[k + 2].Text is "them" or "those" && InvertedSayings.Contains(words[k + 3].Text))
                return true;
            if (words[k].Text is "احدهم" or "احدهما" && ArabicSayings.Contains(words[k - 1].Text))
                return true;
        }
        return words.Count > 1 && words[0].Text is "احدهم" or "واحدهم" && ArabicSayingVerbs.Contains(words[1].Text);
    }

    /// <summary>The deed an accusation names after its object: "of", "de", "d'", and the Arabic "ب" of the verbal noun.</summary>
    private static bool OfTheDeed(ClaimWord word) =>
        word.Text is "of" or "de" or "d" || ArabicScript.Starts(word.Text) && word.Text.Length > 2 && word.Text[0] == 'ب';

    /// <summary>Articles before an accusation's object.</summary>
    private static readonly HashSet<string> ObjectArticles = new(StringComparer.Ordinal) { "the", "some", "les", "des", "le", "la", "l", "ces", "these", "those" };

    /// <summary>Lying, as what someone is accused of: "de mensonge", "of lying", "بالكذب"; with <see cref="FalseWords"/>.</summary>
    private static readonly HashSet<string> LyingWords = new(StringComparer.Ordinal) { "lying", "mentir", "bluff", "بالكذب", "الكذب" };

    /// <summary>
    /// An accusation that blames no actor for the attack: its object is people, who are accused of a deed an actor is named in
    /// ("accused the villagers of collaborating with the VDP", "accusent les habitants de renseigner l'armée", "اتهموا
    /// القرويين بالتعاون مع الجيش"), or the one accused is accused of lying ("accuse le JNIM de « mensonge »", "accused ISWAP
    /// of lying", "اتهم الجبهة بترويج الأكاذيب"). The cue is the verb's words, <paramref name="cue"/> to <paramref name="last"/>.
    /// </summary>
    private static bool AccusationOfNoAttack(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> actors, int cue, int last)
    {
        if (words[cue].Text is not ("accused" or "accuses" or "accuse" or "accusing" or "accusent" or "accusant" or "accusait" or "accusaient")
            && !(ArabicScript.Starts(words[cue].Text) && words[cue].Text.Contains("تهم", StringComparison.Ordinal)))
            return false;
        var k = last + 1;
        while (k < words.Count && k - last <= 2 && ObjectArticles.Contains(words[k].Text))
            k++;
        // people as the object, the deed after them
        // ("les hommes de la katiba Macina" are the group's men: an actor right after "de" is whose they are, not a deed)
        if (k + 1 < words.Count && !actors.Exists(m => m.First <= k && m.Last >= k)
            && ClaimVocabulary.VictimWords.TryGetValue(words[k].Text, out var who) && who is "civilians" or "people" && OfTheDeed(words[k + 1])
            && !actors.Exists(m => m.First > k + 1 && m.First - (k + 1) <= 3))
            return true;
        // the actor accused, then lying as the deed
        if (actors.FirstOrDefault(m => m.First > last && m.First - last <= 4) is not { } accused)
            return false;
        for (var j = accused.Last + 1; j < words.Count && j - accused.Last <= 2; j++)
            if (OfTheDeed(words[j]))
                return Enumerable.Range(j, Math.Min(4, words.Count - j)).Any(d => LyingWords.Contains(words[d].Text) || words[d].Readings.Any(LyingWords.Contains)
                    || d > j && PhraseMatch.At(words, d, FalseWords) is not null);
        return false;
    }

    /// <summary>A court and its judges, who speak as the state (the labelling rules' source kinds: court, prosecutor, judge).</summary>
    private static readonly HashSet<string> CourtWords = new(StringComparer.Ordinal)
    {
        "court", "judges", "judge", "tribunal", "cour", "juges", "juge", "chambre", "المحكمه", "المحكمة", "القاضي", "القضاه", "القضاة", "هيئه",
    };

    /// <summary>
    /// A blame with no one blaming, in a sentence whose subject is a court or its judges ("Le tribunal a jugé que l'attaque avait
    /// été commise par le JNIM", "The court found the men fought for ISSP", "وقالت المحكمة إن المتهمين عملوا لصالح …"): the
    /// court's, as the state. Only a court at the head of the sentence, before the blame's actor is named.
    /// </summary>
    private static void CourtAsBlamer(ClaimSentence sentence, List<SourceFinder.Mention> actors, List<ResponsibilityClaim> found)
    {
        if (!found.Exists(f => f is { Polarity: ResponsibilityPolarity.Blamed, By: null }))
            return;
        var words = sentence.Words;
        var firstActor = actors.Count > 0 ? actors.Min(m => m.First) : words.Count;
        var court = Enumerable.Range(0, Math.Min(Math.Min(5, words.Count), firstActor)).FirstOrDefault(k => CourtWords.Contains(words[k].Text) || words[k].Readings.Any(CourtWords.Contains), -1);
        if (court < 0)
            return;
        var by = new Attribution { Kind = SourceKind.Government, Text = sentence.Quote(court, court) };
        for (var f = 0; f < found.Count; f++)
            if (found[f] is { Polarity: ResponsibilityPolarity.Blamed, By: null } blame)
                found[f] = blame with { By = by };
    }
}
