namespace Sahel.Diff.Claims;

/// <summary>
/// Session 10, round 19: a force telling of its own operation with no figure ("The army said its drone had destroyed a
/// terrorist base", "l'état-major affirme avoir neutralisé des terroristes", "أعلن الجيش أنه حيّد عناصر إرهابية"). Five dev
/// writers label it the force's claim; the same force saying its strike "targeted only terrorists" in answer to an
/// accusation is its denial, not a claim (four writers label no claim there).
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Verbs of a result done to the enemy, past or perfect (not "targeted", "hit": an aim, the denials' word).</summary>
    private static readonly PhraseVocabulary<bool> OwnResults = ClaimVocabulary.Set(
        "destroyed", "neutralised", "neutralized", "eliminated", "dismantled", "wiped out", "killed",
        "détruit", "détruits", "détruite", "neutralisé", "neutralisés", "éliminé", "éliminés", "démantelé", "démantelés", "anéanti", "abattu", "abattus",
        "دمر", "دمرت", "دمرنا", "حيد", "حيدت", "حيدنا", "قضى على", "قضت على", "قضينا على", "تدمير", "تحييد", "القضاء على");

    /// <summary>The French participles, which need their auxiliary ("a détruit", "avoir neutralisé"): bare, a present or an adjective.</summary>
    private static readonly HashSet<string> FrenchParticiples = new(StringComparer.Ordinal)
    {
        "detruit", "detruits", "detruite", "neutralise", "neutralises", "elimine", "elimines", "demantele", "demanteles", "aneanti", "abattu", "abattus",
    };

    private static readonly HashSet<string> FrenchAuxiliaries = new(StringComparer.Ordinal) { "a", "ont", "avoir", "avait", "avaient", "aurait", "auraient" };

    /// <summary>What the result is done to: the enemy's men or their places.</summary>
    private static readonly PhraseVocabulary<bool> EnemyObjects = ClaimVocabulary.Set(
        "terrorist", "terrorists", "militants", "jihadists", "insurgents", "bandits", "base", "bases", "camp", "camps", "hideout", "hideouts", "enclave", "enclaves", "stronghold", "strongholds",
        "terroriste", "terroristes", "jihadistes", "djihadistes", "assaillants", "repaire", "repaires", "sanctuaire", "sanctuaires", "refuge", "refuges",
        "ارهابي", "ارهابيه", "ارهابيين", "ارهابيا", "الارهابيين", "الارهابيه", "عناصر", "مسلحين", "قاعده", "معسكر", "معسكرات", "مخبا", "مخابئ", "اوكار", "وكر");

    /// <summary>
    /// A restriction in the sentence makes it a denial's answer ("the strike hit only terrorists", "seuls des terroristes",
    /// "استهدفت حصرا عناصر إرهابية"), not a claim.
    /// </summary>
    private static readonly HashSet<string> OnlyWords = new(StringComparer.Ordinal)
    {
        "only", "exclusively", "solely", "seuls", "seules", "seulement", "uniquement", "exclusivement", "حصرا", "فقط", "سوى",
    };

    /// <summary>A passive before the verb ("were neutralised", "ont été détruits", "تم تدمير"): a result reported, not a deed claimed.</summary>
    private static readonly HashSet<string> Passives = new(StringComparer.Ordinal) { "was", "were", "been", "being", "ete", "تم", "جرى" };

    /// <summary>Before the one who speaks, a time clause: the operation is background to this story ("a week after the army said").</summary>
    private static readonly HashSet<string> Background = new(StringComparer.Ordinal)
    {
        "after", "since", "when", "apres", "depuis", "lorsque", "quand", "منذ", "بعد", "عندما", "حين", "بعدما",
    };

    /// <summary>Before the verb, its purpose or future ("aims to", "en vue de", "تهدف إلى", "بهدف"): an operation not yet done.</summary>
    private static readonly HashSet<string> Purposes = new(StringComparer.Ordinal) { "will", "would", "plans", "aims", "vise", "visant", "الى", "الي", "تهدف", "يهدف", "بهدف", "سوف" };

    /// <summary>
    /// The force whose own operation the sentence tells with no figure: an army (or its government naming it) speaking, then a
    /// verb of a result done to the enemy ("had destroyed a terrorist base", "avoir neutralisé des terroristes", "حيّد عناصر
    /// إرهابية"), the force or its own men, aircraft or strike the doer. Not a figure (the rule with a figure reads those), not
    /// a passive, not a restriction (a denial's answer), not a partner's or another force's operation, not a group's deed the
    /// army tells, not an operation planned or recalled.
    /// </summary>
    private static SourceFinder.Mention? ForceOfItsFigurelessOperation(ClaimSentence sentence, Func<List<TollFinder.Found>> tolls, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, string? storyArmy)
    {
        var words = sentence.Words;
        if (words.Any(w => OnlyWords.Contains(w.Text)))
            return null;
        for (var k = 1; k < words.Count; k++)
        {
            if (PhraseMatch.At(words, k, OwnResults) is not { } verb || !ReadsAsOwnResult(words, k, verb.Length, mentions))
                continue;
            if (tolls().Exists(t => t.Kind is TollKind.Killed or TollKind.Kidnapped && t.Victims == "attackers"))
                return null;
            // who speaks: the last one named before the verb (an accuser's clause before "بينما أعلن الجيش" is another's)
            var said = attributions.Where(a => a.First < k).OrderBy(a => a.First).LastOrDefault();
            if (said is null || said.Attribution.Kind is not (SourceKind.Army or SourceKind.Government)
                || attributions.Exists(a => a.First > k && a.Attribution.Kind is not (SourceKind.Army or SourceKind.Government or SourceKind.Unattributed))
                // an outlet or a channel relaying it ("a channel that posts material from Africa Corps units claimed that Russian troops…")
                || attributions.Exists(a => a.Attribution.Kind == SourceKind.Media)
                || Enumerable.Range(0, Math.Max(0, said.First)).Any(j => Background.Contains(words[j].Text)))
                continue;
            // the group named between the one speaking and the verb is the doer the army tells of ("the army said JNIM fighters destroyed")
            if (mentions.Exists(m => m.Kind == SourceKind.ArmedGroup && m.First > said.Last && m.Last < k)
                // nor the enemy itself ("the army said terrorists had destroyed a bridge near their base")
                || Enumerable.Range(said.Last + 1, Math.Max(0, k - said.Last - 1)).Any(j => PhraseMatch.At(words, j, EnemyObjects) is not null))
                return null;
            var speakingArmy = said.Attribution.Kind == SourceKind.Army
                ? mentions.FirstOrDefault(m => m is { Kind: SourceKind.Army, Name: not null } && m.First >= said.First && m.Last <= said.Last)?.Name ?? said.Attribution.Name ?? storyArmy
                : null;
            // the force named as the doer, after the one who speaks, not its partner ("alongside Malian troops")
            var named = mentions.LastOrDefault(m => m is { Kind: SourceKind.Army, Name: not null } && m.First > said.Last && m.Last < k && !Partner(words, m));
            // a government's word names the force as the subject of the verb itself ("les FAN ont détruit"), not in a clause it
            // denies before "the operation neutralised terrorists" (the README's unnamed troops of a government's figure)
            if (named is not null)
                return speakingArmy is null ? (k - named.Last <= 3 ? named : null) : named.Name == speakingArmy
                    // Session 13, round 25: its own air force ("the army said its air force had destroyed")
                    || ArmyReferences.AirForceOf(named.Name!, speakingArmy) ? named : null;
            return speakingArmy is null ? null : new SourceFinder.Mention(SourceKind.Army, speakingArmy, said.First, said.Last, false);
        }
        return null;
    }

    /// <summary>The verb at <paramref name="k"/> as a deed done: active, in the past, its object the enemy's men or places.</summary>
    private static bool ReadsAsOwnResult(IReadOnlyList<ClaimWord> words, int k, int length, List<SourceFinder.Mention> mentions)
    {
        var text = words[k].Text;
        if (Passives.Contains(words[k - 1].Text) || Enumerable.Range(Math.Max(0, k - 2), Math.Min(2, k)).Any(j => Purposes.Contains(words[j].Text)))
            return false;
        // "pour neutraliser", "لتدمير", "للقضاء على": the Arabic verbal noun with the proclitic of purpose
        if (ArabicScript.Starts(text) && (text.StartsWith('ل') || text.StartsWith("ول", StringComparison.Ordinal) || text.StartsWith("فل", StringComparison.Ordinal)))
            return false;
        if (FrenchParticiples.Contains(text) && !Enumerable.Range(Math.Max(0, k - 3), Math.Min(3, k)).Any(j => FrenchAuxiliaries.Contains(words[j].Text)))
            return false;
        var end = k + length - 1;
        for (var j = end + 1; j < Math.Min(words.Count, end + 6); j++)
            // a group named as the object of a destruction ("destroyed a JNIM camp"); one kills men, not a group ("killed a JNIM emir": a figure of one)
            if (PhraseMatch.At(words, j, EnemyObjects) is not null || text != "killed" && mentions.Exists(m => m.Kind == SourceKind.ArmedGroup && m.First == j))
                return true;
        return false;
    }

    /// <summary>A group's own men as the object of "to": "ses combattants", "its fighters", "مقاتليها" (the pronoun suffixed).</summary>
    private static readonly HashSet<string> ItsOwnMen = new(StringComparer.Ordinal)
    {
        "fighters", "men", "militants", "combattants", "hommes", "elements", "مقاتليها", "مقاتليه", "عناصرها", "عناصره", "رجالها", "رجاله", "مجاهديها", "مجاهديه",
    };

    /// <summary>
    /// Session 10, round 19: the attack attributed to the subject's own men ("a attribué l'attaque à ses combattants", "attributed
    /// the raid to its own fighters", "نسبت الهجوم إلى مقاتليها"): the group crediting itself, a claim like "s'attribue", not a
    /// blame. Within twelve words after the cue (the Arabic verb comes before its subject and its object); "ses", "its", "its own" before the men, the Arabic pronoun suffixed.
    /// </summary>
    private static bool ToItsOwnMen(IReadOnlyList<ClaimWord> words, int last)
    {
        for (var k = last + 1; k < Math.Min(words.Count - 1, last + 13); k++)
        {
            if (words[k].Text is not ("a" or "to" or "الى" or "الي"))
                continue;
            var j = k + 1;
            if (words[j].Text is "ses" or "its" && j + 1 < words.Count)
                j += words[j + 1].Text == "own" && j + 2 < words.Count ? 2 : 1;
            else if (!ArabicScript.Starts(words[j].Text))
                continue;
            return ItsOwnMen.Contains(words[j].Text);
        }
        return false;
    }

    private static readonly HashSet<string> Publishing = new(StringComparer.Ordinal) { "issued", "released", "published", "posted", "put", "made", "issues", "releases", "publishes", "posts", "puts" };

    /// <summary>
    /// Session 10, round 19: the English noun "claim" as what a group published ("put out its own claim", "issued a claim",
    /// "posted its claim"): the French "revendication" and the Arabic "تبنٍّ" are cues as nouns already; the bare English noun
    /// is not ("a claim that the army…"), so only after a verb of publishing and a determiner.
    /// </summary>
    private static bool PublishedClaim(IReadOnlyList<ClaimWord> words, int cue)
    {
        var k = cue - 1;
        if (k >= 0 && words[k].Text == "own")
            k--;
        if (k < 1 || words[k].Text is not ("its" or "their" or "a"))
            return false;
        k--;
        if (words[k].Text == "out" && k > 0)
            k--;
        return Publishing.Contains(words[k].Text);
    }

    private static readonly HashSet<string> PlainSayings = new(StringComparer.Ordinal)
    {
        "قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "said", "says", "claimed", "affirme", "assure", "annonce",
    };

    /// <summary>
    /// Session 10, round 19: after a group's blame of a rival, a statement resumed with its own verb of saying ("…, وقالت إن
    /// مقاتليها قتلوا ٣٣", "… and said its fighters had killed 33") or another group's statement joined by "while" ("بينما قال
    /// تنظيم الدولة إن مقاتليه قتلوا ٢٧") tells that group's own deed: its men, then a verb of killing or capturing, then a
    /// figure. The claimant is the group named as the subject of the verb of saying, else the one whose blame the sentence read.
    /// </summary>
    private static string? OwnDeedAfterBlame(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<ResponsibilityClaim> found, int blamedAt, Func<List<TollFinder.Found>> tolls)
    {
        var words = sentence.Words;
        var resumed = ResumedStatement(sentence, blamedAt);
        if (resumed < 0)
            resumed = Enumerable.Range(blamedAt + 1, Math.Max(0, words.Count - blamedAt - 2)).FirstOrDefault(k => ContrastWords.Contains(words[k].Text)
                && Enumerable.Range(k + 1, Math.Min(3, words.Count - k - 1)).Any(j => PlainSayings.Contains(words[j].Text)), -1);
        if (resumed < 0)
            return null;
        var men = Enumerable.Range(resumed + 1, Math.Max(0, words.Count - resumed - 1)).FirstOrDefault(k => ItsOwnMen.Contains(words[k].Text) || PhraseMatch.At(words, k, OwnMen) is not null, -1);
        if (men < 0 || tolls().Find(t => t.Kind is TollKind.Killed or TollKind.Kidnapped && t.First > men) is not { } toll
            || !OwnVerbBefore(words, men, toll.First + 1) || Negated(sentence, men + 1))
            return null;
        // the subject of the verb of saying (a second speaker may be the rival blamed: "بينما قال تنظيم الدولة"), else the blamer
        if (mentions.FirstOrDefault(m => m is { Kind: SourceKind.ArmedGroup, Name: not null } && m.First > resumed && m.First - resumed <= 3 && m.Last < men) is { } named)
            return named.Name;
        return found.FirstOrDefault(f => f is { Polarity: ResponsibilityPolarity.Blamed, By: { Kind: SourceKind.ArmedGroup, Name: not null } } && f.Actor != f.By.Name)?.By!.Name;
    }
}

