namespace Sahel.Diff.Claims;

/// <summary>
/// Session 12, round 23: a group saying it killed or took people, with or without a figure and whatever else the sentence
/// says ("JNIM denied attacking traders and said it had killed six informants", "JNIM, which said it had killed militiamen
/// and denied targeting civilians", "Le JNIM a démenti avoir visé des civils et affirmé avoir tué des miliciens", "ونفى
/// التنظيم استهداف المدنيين، مؤكدا أنه قتل عناصر من الميليشيات"). The README's "claimed": the actor says it did it. A
/// denial in the same sentence denies harm to civilians; it does not take back the deed the group owns.
/// The structure, not a word list: a verb of saying, then the speaker as a pronoun (or the French infinitive), then a verb
/// of killing or taking people, all in a row.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Verbs and participles of saying that may govern the group's own deed ("said it had", "affirmant avoir", "مؤكدا أنه").</summary>
    private static readonly HashSet<string> OwnDeedSayings = Folded(
    [
        "said", "says", "say", "saying", "added", "adding", "stated", "claimed", "claiming", "insisted", "maintained", "announced",
        "affirme", "affirment", "affirmant", "dit", "disent", "disant", "assure", "assurent", "assurant", "declare", "declarent", "declarant", "annonce",
        "annoncent", "annoncant", "ajoute", "ajoutant", "soutient", "soutenant", "precise", "precisant",
        "قال", "قالت", "وقال", "وقالت", "اكد", "اكدت", "واكد", "واكدت", "مؤكدا", "مؤكده", "مؤكدين", "اعلن", "اعلنت", "واعلن", "واعلنت",
        "اضاف", "اضافت", "واضاف", "واضافت", "مضيفا", "مضيفه", "زاعما", "زاعمه", "زعم", "زعمت",
    ]);

    /// <summary>The deed on people, in the active: killing, executing, taking ("killed", "tué", "قتلت", "خطفنا").</summary>
    private static readonly HashSet<string> OwnDeedVerbs = Folded(
    [
        "killed", "executed", "abducted", "kidnapped", "captured", "neutralised", "neutralized", "shot",
        "tue", "tues", "execute", "executes", "enleve", "enleves", "kidnappe", "kidnappes", "capture", "captures", "neutralise", "neutralises", "abattu", "abattus",
        "قتل", "قتلت", "قتلوا", "قتلنا", "اعدم", "اعدمت", "اعدموا", "خطف", "خطفت", "خطفوا", "اختطف", "اختطفت", "اختطفوا", "اسر", "اسرت", "اسروا", "حيد", "حيدت",
        // the victims as the verb's suffix: "قالت إنها أسرتهم", "إنه قتلهم", "it had captured them" is the English pronoun after
        "اسرتهم", "اسرهم", "قتلتهم", "قتلهم", "خطفتهم", "خطفهم", "اختطفتهم", "اختطفهم", "اعدمتهم", "اعدمهم",
    ]);

    /// <summary>Words as the sentence holds them: the text's folding ("مؤكدا" is read "موكدا", hamza seats dropped).</summary>
    private static HashSet<string> Folded(string[] words) => new(words.Select(Sahel.Normalize.TextNormalizer.Normalize), StringComparer.Ordinal);

    /// <summary>Between the speaking pronoun and the deed: the auxiliaries of the past ("it had killed", "qu'il a tué", "انه قد قتل").</summary>
    private static readonly HashSet<string> DeedAuxiliaries = new(StringComparer.Ordinal) { "had", "has", "have", "a", "ont", "avait", "avaient", "قد" };

    /// <summary>"that", "que", "إن": the conjunction after the verb of saying.</summary>
    private static readonly HashSet<string> ThatWords = new(StringComparer.Ordinal) { "that", "que", "qu" };

    /// <summary>
    /// The armed group that says, in this sentence, that it killed or took people, else null. The group is the last actor
    /// named before the verb of saying, and it speaks in the sentence or denies there ("The government blamed JNIM, which
    /// said it had killed militiamen and denied…"); "JNIM accused the army, which said it had killed…" is the army's.
    /// </summary>
    private static string? GroupSaysItDid(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, List<ResponsibilityClaim> found, Func<List<TollFinder.Found>> tolls)
    {
        var words = sentence.Words;
        for (var v = 2; v < words.Count; v++)
        {
            if (!OwnDeedVerbs.Contains(words[v].Text) || SaidOwnDeedAt(words, v) is not (>= 0 and var said))
                continue;
            // "said it had killed no civilians", "affirme n'avoir tué aucun civil": a denial, read elsewhere
            if (v + 1 < words.Count && words[v + 1].Text is "no" or "nobody" or "aucun" or "aucune" or "personne" or "any")
                continue;
            // the last one named before, even unnamed ("the army, which said it had killed…" is no group's)
            if (mentions.LastOrDefault(m => m.Last < said && m.Kind is SourceKind.ArmedGroup or SourceKind.Army or SourceKind.Government) is not { Kind: SourceKind.ArmedGroup } group)
                continue;
            // "the group said it had killed…": the group speaking in the sentence
            var name = group.Name ?? attributions.LastOrDefault(a => a.Attribution is { Kind: SourceKind.ArmedGroup, Name: not null } && a.First < said)?.Attribution.Name;
            // a figure of attackers killed is a claim for a self-defence militia only, as in ReadResults (round 13: "Le FLA
            // affirme avoir tué sept terroristes de l'EIGS" is no claim)
            if (name is not null && !ArmyReferences.SelfDefenceMilitias.Contains(name) && tolls().Exists(t => t.Victims == "attackers" && t.First >= v && t.First - v <= 4))
                continue;
            if (name is not null && (attributions.Exists(a => a.Attribution is { Kind: SourceKind.ArmedGroup } && a.Attribution.Name == name)
                || found.Exists(f => f.Polarity == ResponsibilityPolarity.Denied && f.Actor == name)))
                return name;
        }
        return null;
    }

    /// <summary>Words of the statement between the verb of saying and what it says: "said in a statement that", "في بيان".</summary>
    private static readonly HashSet<string> StatementWords = new(StringComparer.Ordinal)
    {
        "in", "a", "its", "statement", "dans", "un", "son", "communique", "في", "بيان", "لها", "له",
    };

    /// <summary>
    /// Where the speaker of the deed at <paramref name="v"/> stands (its pronoun, or the French "avoir"), or -1: "said (in a
    /// statement) (that) it (had) killed", "affirmé avoir tué", "affirme qu'il a tué", "قالت الجماعة إنها قتلت", "مؤكدا أنه
    /// قتل". No negation may stand between.
    /// </summary>
    private static int SaidOwnDeedAt(IReadOnlyList<ClaimWord> words, int v)
    {
        var k = v - 1;
        while (k > 0 && DeedAuxiliaries.Contains(words[k].Text))
            k--;
        // the French infinitive: "affirme avoir tué", "affirmé avoir tué"
        if (words[k].Text == "avoir")
            return k > 0 && OwnDeedSayings.Contains(words[k - 1].Text) ? k : -1;
        if (!SpeakerPronouns.Contains(words[k].Text) || k == 0)
            return -1;
        var j = k - 1;
        if (j > 0 && ThatWords.Contains(words[j].Text))
            j--;
        for (var skipped = 0; skipped < 4 && j > 0 && StatementWords.Contains(words[j].Text); skipped++)
            j--;
        if (OwnDeedSayings.Contains(words[j].Text))
            return k;
        // the Arabic verb before its subject: "قالت جماعة نصرة الإسلام والمسلمين إنها قتلت"
        return ArabicScript.Starts(words[k].Text) && Enumerable.Range(Math.Max(0, k - 8), k - Math.Max(0, k - 8)).Any(i => OwnDeedSayings.Contains(words[i].Text)) ? k : -1;
    }

    /// <summary>Between the holder and its verb: the hostages as an object pronoun, an adverb of still ("le JNIM les détient").</summary>
    private static readonly HashSet<string> HoldingGap = new(StringComparer.Ordinal) { "les", "l", "still", "toujours", "encore" };

    /// <summary>
    /// Session 12, round 23: someone else saying an actor holds the hostages ("A village chief said JNIM is holding the herders",
    /// "le chef affirme que le JNIM les détient", "وقال زعيم قبلي إن الجماعة تحتجزهم"): the holder is blamed, by the speaker.
    /// The actor said of itself that it holds them claims it (<see cref="HoldingCues"/>); a negation before the verb says no one.
    /// </summary>
    private static SourceFinder.Mention? HolderNamedByAnother(ClaimSentence sentence, List<SourceFinder.Mention> actors)
    {
        var words = sentence.Words;
        for (var k = 1; k < words.Count; k++)
        {
            if (HoldingLength(words, k) == 0 || Negated(sentence, k))
                continue;
            var j = k - 1;
            while (j > 0 && HoldingGap.Contains(words[j].Text))
                j--;
            if (actors.FirstOrDefault(m => m.Last == j && m.Kind is SourceKind.ArmedGroup or SourceKind.Army) is { } holder)
                return holder;
        }
        return null;
    }

    /// <summary>The group's own men after "of their", "de leurs", "من": "two of their men", "deux de ses combattants", "اثنان من عناصرها".</summary>
    private static readonly HashSet<string> OwnMenNouns = Folded(
    [
        "men", "fighters", "members", "volunteers", "elements", "comrades", "hommes", "combattants", "membres", "volontaires", "elements", "camarades", "freres",
        "عناصرها", "عناصره", "عناصرهم", "مقاتليها", "مقاتليه", "مقاتليهم", "رجالها", "رجاله", "رجالهم", "افرادها", "افراده", "افرادهم",
    ]);

    /// <summary>
    /// Session 12, round 23: the figure counts the speaking group's own dead ("VDP said two of their men died pursuing the
    /// attackers", "deux de leurs hommes sont morts", "قالت الجماعة إن اثنين من عناصرها قتلوا"): its loss, not its deed.
    /// </summary>
    private static bool OwnMenLost(IReadOnlyList<ClaimWord> words, TollFinder.Found toll)
    {
        for (var k = toll.First; k < words.Count && k <= toll.Last + 3; k++)
        {
            if (OwnMenNouns.Contains(words[k].Text) && ArabicScript.Starts(words[k].Text) && k > 0 && words[k - 1].Text == "من")
                return true;
            if (k > 1 && OwnMenNouns.Contains(words[k].Text) && words[k - 1].Text is "their" or "its" or "leurs" or "ses" or "nos" or "our" && words[k - 2].Text is "of" or "de")
                return true;
        }
        return false;
    }
}
