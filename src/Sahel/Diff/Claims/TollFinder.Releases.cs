namespace Sahel.Diff.Claims;

/// <summary>
/// Whether people taken or missing still are: hostages set free (in the sentence or later in their clause; only asked for,
/// they stay held), found alive, or a liberation word that only names a group ("Front de libération"); and the missing
/// read from a fate called unknown, or a loss of contact that is no death.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>Verbs and nouns of setting people free: a count of freed hostages is not a toll.</summary>
    private static readonly HashSet<string> Liberations = new(StringComparer.Ordinal)
    {
        "freed", "frees", "freeing", "released", "rescued", "rescuing", "liberated", "libere", "liberes", "liberee", "liberees", "liberant", "liberer",
        "relache", "relaches", "relachee", "relachees", "حرر", "حررت", "افرج", "افرجت", "الافراج", "سراح",
        // the whole paradigm, headline present tense included ("Troops rescue 21 hostages", "L'armée libère 12 otages",
        // "الجيش ينقذ ١٥ رهينة"): every person and tense of free, release, rescue, liberate; libérer, relâcher, délivrer,
        // secourir, remettre en liberté; حرّر, أفرج, أطلق سراح (not أطلق alone: "أطلقوا النار" is opening fire), أنقذ, and their verbal nouns
        "free", "release", "releases", "releasing", "rescue", "rescues", "liberate", "liberates", "liberating", "liberation",
        "liberent", "liberons", "relacher", "relachent", "relachant", "delivre", "delivres", "delivree", "delivrees", "delivrer", "delivrent",
        "secouru", "secourus", "secourue", "secourues", "liberte",
        "حرروا", "حررنا", "يحرر", "تحرر", "تحرير", "افرجوا", "افرجنا", "يفرج", "تفرج", "افراج",
        "انقذ", "انقذت", "انقذوا", "انقذنا", "ينقذ", "تنقذ", "انقاذ",
        // session 7: freedom regained ("the abducted farmers regained their freedom", "ont recouvré la liberté", "استعادوا حريتهم")
        "regained", "freedom", "recouvre", "recouvrent", "استعادوا", "استعاد", "حريتهم",
        // session 9, round 17: hostages exchanged or swapped ("prisoners were exchanged for two hostages", "otages échangés contre",
        // "مبادلة الرهائن"); only the participles and the Arabic noun of swapping ("échange de tirs", "تبادل إطلاق النار" are fire)
        "exchanged", "swapped", "echanges", "echangee", "echangees", "مبادلة", "مبادلتهم",
    };

    private static bool Liberation(IReadOnlyList<ClaimWord> words, int k) =>
        k >= 0 && k < words.Count && (Liberations.Contains(words[k].Text) || words[k].Readings.Any(Liberations.Contains)) && !InAName(words, k);

    /// <summary>
    /// Round 20: the predicate of the kidnapped count's own clause sets them free, past the participle's adjuncts: "Onze personnes
    /// enlevées en octobre sur l'axe de Djibo ont été libérées", "A nurse kidnapped in the north in August last year has been
    /// released": a release is the end of a kidnapping told before, not a kidnapping of the story (the labelling rules: hostages
    /// freed are no toll). The liberation follows an auxiliary (the passive of the clause) before a semicolon, a colon, a clause
    /// joint or other count (an aside set off by commas stays: "Three of the abducted, all elderly women, were released"), so
    /// "were kidnapped on Monday, and six have been freed" keeps its toll. Not the whole of a partitive ("14 of the 22 passengers
    /// abducted … had been rescued": the part was freed).
    /// </summary>
    private static bool ReleasedLater(ClaimSentence sentence, bool wholeOfAPart, int from)
    {
        var words = sentence.Words;
        if (wholeOfAPart)
            return false;
        // round 31: an aside set off by commas right after the hostages ("40 hostages, mostly women and children, had been freed",
        // "40 otages, pour la plupart des femmes et des enfants, ont été libérés") holds its own "and": no clause joint there.
        var aside = from > 0 && from < words.Count && sentence.Between(from - 1, from).IndexOfAny(",،") >= 0;
        for (var j = from; j < words.Count && j < from + 14; j++)
        {
            if (j > from && aside && sentence.Between(j - 1, j).IndexOfAny(",،") >= 0)
                aside = false;
            else if (j > from && sentence.Between(j - 1, j).IndexOfAny(";:؛()") >= 0 || ClauseJoints.Contains(words[j].Text) && !aside || words[j].Number is not null)
                return false;
            if (j > from && Liberation(words, j) && PassiveAuxiliaries.Contains(words[j - 1].Text))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Round 31: the kidnapped too (<paramref name="predicate"/>: "un commerçant enlevé … a été retrouvé sain et sauf", "a trader
    /// kidnapped … was found safe"), only as the passive predicate of the count's own clause, not past "et" ("six personnes enlevées
    /// et un chauffeur retrouvé sain et sauf": another man found).
    /// Round 20: the missing count's clause finds them alive: "were found alive", "ont été retrouvés sains et saufs", "عثر على
    /// ثلاثة رعاة … أحياء" (the finding verb before the count in Arabic). The same clause ends as in <see cref="ReleasedLater"/>.
    /// </summary>
    private static bool FoundAlive(ClaimSentence sentence, int first, int from, bool predicate = false)
    {
        var words = sentence.Words;
        var arabicFound = Enumerable.Range(Math.Max(0, first - 3), Math.Min(3, first)).Any(k => words[k].Readings.Any(r => r is "عثر" or "عثرت" or "وجد" or "وجدت"));
        for (var j = from; j < words.Count && j < from + 12; j++)
        {
            if (sentence.Between(j - 1, j).IndexOfAny(";:؛()") >= 0 || ClauseJoints.Contains(words[j].Text) && (words[j].Text != "et" || predicate) || words[j].Number is not null)
                return false;
            if (predicate && !PassiveAuxiliaries.Contains(words[j - 1].Text))
                continue;
            if (words[j].Readings.Any(r => r is "احياء" or "سالمين") && arabicFound
                || words[j].Text is "found" or "retrouve" or "retrouves" or "retrouvee" or "retrouvees" && j + 1 < words.Count
                    && words[j + 1].Text is "alive" or "safe" or "unharmed" or "sains" or "saines" or "sain" or "vivants" or "vivantes" or "vivant" or "indemnes"
                // round 31: back with their unit ("portés disparus … ont rejoint leur unité", "had rejoined their unit")
                || words[j].Text is "rejoint" or "rejoined" or "regagne" && j + 1 < words.Count && words[j + 1].Text is "leur" or "leurs" or "their" or "its" or "son" or "sa")
                return true;
        }
        return false;
    }

    /// <summary>Words between a part and its whole: "14 of the 22", "quatorze des 22", "١٤ من أصل ٢٢".</summary>
    private static readonly HashSet<string> PartitiveJoints = new(StringComparer.Ordinal) { "of", "the", "des", "sur", "les", "d", "من", "اصل" };

    /// <summary>A liberation verb just before the count or just after the hostage word: "freed 12 hostages", "12 otages libérés".</summary>
    private static bool Freed(IReadOnlyList<ClaimWord> words, int number, int cueFirst, int cueLast)
    {
        bool Is(int k) => k >= 0 && k < words.Count && (Liberations.Contains(words[k].Text) || words[k].Readings.Any(Liberations.Contains)) && !InAName(words, k);
        var start = Math.Min(number, cueFirst);
        // session 8: "quatorze ont été libérés dimanche et six sont toujours détenus", "14 had been rescued, and that eight remained":
        // a liberation before a clause joint frees the count of its own clause, not the one after the joint.
        bool Before(int d) => Is(start - d) && !Demanded(words, start - d) && !Enumerable.Range(start - d + 1, d - 1).Any(k => ClauseJoints.Contains(words[k].Text)) && !(d > 1 && words[start].Text.StartsWith('و'));
        // (a passive of liberation later in the clause: ReleasedLater, which since round 20 stops at the clause's end: "were
        // kidnapped on Monday, and six have been freed" keeps its toll)
        // "أُفرج مساء اليوم الجمعة عن اثنين من المنمين": the Arabic verb of release governs its count through "عن", however many
        // words of time come between (up to six; not past a clause joint or another number).
        bool ReleasedFrom() => start > 1 && words[start - 1].Text == "عن" && Enumerable.Range(Math.Max(0, start - 7), start - 1 - Math.Max(0, start - 7)).Reverse()
            .TakeWhile(k => !ClauseJoints.Contains(words[k].Text) && words[k].Number is null)
            .Any(k => Is(k) && !Demanded(words, k));
        return Before(1) || Before(2) || Before(3) || ReleasedFrom() || Is(cueLast + 1)
            // "the abducted farmers regained their freedom": past the noun the participle qualifies
            || cueLast + 1 < words.Count && PhraseMatch.At(words, cueLast + 1, ClaimVocabulary.VictimWords) is { } who && Is(cueLast + 1 + who.Length);
    }

    /// <summary>Round 22: words that ask for something ("called for", "appelle à", "réclame", "نداء", "طالب بـ").</summary>
    private static readonly HashSet<string> Demands = new(StringComparer.Ordinal)
    {
        "call", "calls", "called", "calling", "urged", "urges", "urging", "demand", "demands", "demanded", "demanding", "appeal", "appeals", "appealed", "pressing",
        "appel", "appels", "appelle", "appellent", "appele", "appelant", "demande", "demandent", "demandant", "reclame", "reclament", "reclamant", "exige", "exigent", "exigeant", "plaide",
        "نداء", "نداءا", "دعوه", "دعا", "دعت", "يدعو", "تدعو", "دعوا", "طالب", "طالبت", "يطالب", "تطالب", "طالبوا", "يطالبون", "مطالبه", "ناشد", "ناشدت", "يناشد", "تناشد",
    };

    /// <summary>
    /// Round 22: the liberation at <paramref name="k"/> is asked for, not done ("called for the release of 12 farmers abducted",
    /// "appelle à la libération de douze bergers enlevés", "نداء عاجلا للإفراج عن ٣٧ تلميذة اختُطفن"): the people are still held,
    /// so their kidnapping stays a toll. A demand word at most four words before it.
    /// </summary>
    private static bool Demanded(IReadOnlyList<ClaimWord> words, int k) =>
        Enumerable.Range(Math.Max(0, k - 4), k - Math.Max(0, k - 4)).Any(j => Demands.Contains(words[j].Text) || words[j].Readings.Any(Demands.Contains));

    /// <summary>Words that open a clause of its own: a liberation before them is of the clause before.</summary>
    private static readonly HashSet<string> ClauseJoints = new(StringComparer.Ordinal) { "et", "and", "mais", "but", "while", "whereas", "tandis", "alors", "que", "that", "و", "بينما", "فيما", "لكن" };

    /// <summary>Fronts and movements named for liberation: "جبهة تحرير أزواد", "حركة تحرير", "Azawad Liberation Front".</summary>
    private static readonly HashSet<string> NamedForLiberation = new(StringComparer.Ordinal) { "جبهه", "حركه", "جيش", "قوات", "front", "mouvement", "movement", "army" };

    /// <summary>A liberation word that is part of a group's name ("جبهة تحرير أزواد", "Front de libération", "Liberation Front"), not a deed.</summary>
    private static bool InAName(IReadOnlyList<ClaimWord> words, int k) =>
        (words[k].Text.StartsWith("liberat", StringComparison.Ordinal) || words[k].Readings.Contains("تحرير"))
        && (words[k].Capital && !ArabicScript.Starts(words[k].Text)
            || k > 0 && (words[k - 1].Readings.Any(NamedForLiberation.Contains) || words[k - 1].Text == "de" && k > 1 && NamedForLiberation.Contains(words[k - 2].Text))
            || k + 1 < words.Count && words[k + 1].Text is "front" or "movement" or "army");

    /// <summary>Verbs of losing: a loss of contact after them is no death.</summary>
    private static readonly HashSet<string> LossVerbs = new(StringComparer.Ordinal) { "فقد", "فقدت", "فقدنا", "lost", "perdu" };

    /// <summary>Nouns of a fate or whereabouts, and the words that call it unknown (session 9).</summary>
    private static readonly HashSet<string> FateNouns = new(StringComparer.Ordinal) { "مصير", "sort", "fate", "whereabouts" };

    private static readonly HashSet<string> Unknown = new(StringComparer.Ordinal)
    {
        "مجهول", "مجهولا", "مجهوله", "مجهولين", "inconnu", "inconnus", "inconnue", "inconnues", "ignore", "ignorent", "unknown", "unclear",
        "يعرف", "يعلم", "نعرف", "نعلم", "يجهل", "تجهل",
    };

    /// <summary>
    /// The fate noun at <paramref name="at"/> with a count within two words after it ("مصير ثلاثة آخرين", "the fate of two others",
    /// "le sort de trois autres") in a sentence that calls it unknown after it ("ما زال مجهولا", "remains unknown", "reste inconnu", "لا
    /// يعرف أحد مكانهم") or before it ("on ignore le sort de"). Not "le sort des otages" with no count, not "the fate of the talks".
    /// </summary>
    private static bool FateUnknown(IReadOnlyList<ClaimWord> words, int at)
    {
        if (!words[at].Readings.Any(FateNouns.Contains))
            return false;
        var count = Enumerable.Range(at + 1, Math.Max(0, Math.Min(2, words.Count - at - 1))).FirstOrDefault(k => StartsCount(words[k]) && words[k].Text is not ("the" or "a" or "un" or "une"), -1);
        if (count < 0 || Enumerable.Range(at + 1, count - at - 1).Any(k => words[k].Text is not ("of" or "de" or "des" or "d")))
            return false;
        return Enumerable.Range(count + 1, Math.Max(0, Math.Min(14, words.Count - count - 1))).Any(k => Unknown.Contains(words[k].Text))
            || Enumerable.Range(Math.Max(0, at - 3), at - Math.Max(0, at - 3)).Any(k => Unknown.Contains(words[k].Text));
    }
}
