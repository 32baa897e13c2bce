namespace Sahel.Diff.Claims;

/// <summary>
/// The doer named by a passive's agent ("tués par des hommes de l'EIGS", "seized by Boko Haram", "مقتل … على أيدي
/// عناصر من …") and the nouns that name the doers of a deed ("the abductors were …", "les ravisseurs appartiennent à",
/// "المتهمين ينتمون إلى"): the same construction in every language, read structurally rather than phrase by phrase.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Words that introduce a passive's agent: "par", "by", "على يد", "على أيدي", "من قبل", "من طرف".</summary>
    private static bool AgentWord(IReadOnlyList<ClaimWord> words, int k, out int last)
    {
        last = k;
        var text = words[k].Text;
        if (text is "par" or "by")
            return true;
        // Session 8: the Arabic agent told by its weapon, "برصاص الجيش", "بنيران عناصر من" (by the bullets, the fire of)
        if (text is "برصاص" or "بنيران")
            return true;
        // "على أيدي", "على يد", "من قبل", "من طرف": the Arabic agent is a compound preposition
        if (k + 1 < words.Count && text is "علي" && words[k + 1].Text is "يد" or "ايدي" or "ايادي"
            || k + 1 < words.Count && text is "من" && words[k + 1].Text is "قبل" or "طرف")
        {
            last = k + 1;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Between the agent word and the actor, the men of the actor: "par des hommes de l'EIGS", "by fighters of the JAS faction of
    /// Boko Haram", "par des éléments de Boko Haram", "على أيدي عناصر من متطوعي الدفاع", "by the Malian Air Force".
    /// </summary>
    private static readonly HashSet<string> AgentFillers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "de", "des", "du", "d", "l", "la", "le", "les", "un", "une", "من", "its", "their", "ses", "leurs",
        "men", "hommes", "fighters", "combattants", "elements", "members", "membres", "militants", "gunmen", "insurgents", "jihadists", "jihadistes", "djihadistes",
        "soldiers", "soldats", "militaires", "troops", "units", "unites", "faction", "branch", "wing", "branche", "aile",
        "عناصر", "مسلحين", "مسلحي", "مقاتلين", "مقاتلي", "جنود", "افراد", "وحدات", "جماعه", "تنظيم",
        // Session 8: the agent's means before it, "par une frappe de l'armée tchadienne", "by an air strike by the Nigerian Air
        // Force", "par des tirs de soldats", "by fire from", "في غارة للجيش", "بقصف من"
        "frappe", "frappes", "tirs", "tir", "balles", "bombardement", "bombardements", "drone", "drones", "aerienne", "aeriennes", "raid", "raids",
        "strike", "strikes", "airstrike", "airstrikes", "air", "fire", "gunfire", "shelling", "bombing", "bombardment", "drone", "from",
        "غاره", "غارات", "قصف", "نيران", "رصاص", "طائره", "مسيره",
        // Session 11, round 22: hired men before their force ("by Russian mercenaries of Africa Corps", "par des paramilitaires")
        "russian", "russes", "russe", "mercenaries", "mercenaires", "paramilitaries", "paramilitaires", "مرتزقه",
    };

    /// <summary>
    /// The actor a passive names as its agent, starting right after the verb or the toll: "ont été tués par des hommes de
    /// l'État islamique", "were seized by Boko Haram", "على أيدي عناصر من". The agent word may be <paramref name="reach"/>
    /// words on (an Arabic verbal noun's complements come between it and "على أيدي"), the actor at most four fillers after it.
    /// </summary>
    private static SourceFinder.Mention? PassiveAgent(ClaimSentence sentence, List<SourceFinder.Mention> actors, int after, int reach)
    {
        var words = sentence.Words;
        for (var k = after; k < words.Count && k - after <= reach; k++)
        {
            if (!AgentWord(words, k, out var last))
                continue;
            // "par" and "by" only right after the verb; the compound Arabic agent further on, but not past another verb's clause
            if (words[k].Text is "par" or "by" && k - after > 2 && !AdverbialGap(sentence, after, k))
                return null;
            var j = last + 1;
            // up to seven words: the agent's men or its means ("par une frappe de drone de l'armée")
            while (j < words.Count && j - last <= 7 && !actors.Exists(m => m.First == j) && AgentFillers.Contains(words[j].Text))
                j++;
            return actors.FirstOrDefault(m => m.First == j && m.Kind is SourceKind.ArmedGroup or SourceKind.Army && m.Name is not null);
        }
        return null;
    }

    /// <summary>
    /// Nouns that name the doers of a deed, not its victims: the attackers (the toll's own word for them) and the abductors,
    /// bombers, killers and those tried for it. "the abductors were ISWAP fighters", "les ravisseurs appartiennent à l'EIGS",
    /// "الخاطفون ينتمون إلى", "المتهمين ينتمون إلى".
    /// </summary>
    private static readonly HashSet<string> Doers = new(StringComparer.Ordinal)
    {
        "abductors", "kidnappers", "captors", "bombers", "killers", "raiders", "perpetrators", "defendants", "accused", "convicts",
        "ravisseurs", "kidnappeurs", "preneurs", "kamikazes", "tueurs", "auteurs", "prevenus", "accuses", "condamnes",
        "الخاطفين", "الخاطفون", "خاطفين", "خاطفون", "المهاجمون", "مهاجمون", "المسلحون", "مسلحون", "الانتحاريين", "الانتحاريون", "انتحاريين", "القتله", "الجناه", "المتهمين", "المتهمون", "متهمين", "المدانين", "المدانون",
    };

    /// <summary>The word before a membership cue names the doers: an attacker word, a doer noun, or (before a cue other than a bare copula) "the men", "les hommes".</summary>
    private static readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal) { "who", "qui", "الذين", "اللذين", "الذي", "اللواتي" };

    private static bool NamesTheDoers(IReadOnlyList<ClaimWord> words, int k, bool copula)
    {
        if (k < 0)
            return false;
        // Session 7, round 12: the attackers with a relative clause, "the attackers, who belonged to Ansaru", "المهاجمين الذين
        // ينتمون إلى", "les assaillants, qui appartenaient à l'EIGS": the relative pronoun stands for them.
        if (k > 0 && !copula && RelativePronouns.Contains(words[k].Text))
            k--;
        if (Doers.Contains(words[k].Text))
            return true;
        if (!ClaimVocabulary.VictimWords.TryGetValue(words[k].Text, out var who))
            return false;
        return who == "attackers" || !copula && who == "people" && k > 0 && words[k - 1].Text is "the" or "these" or "those" or "les" or "ces" or "ceux";
    }

    /// <summary>Arabic verbs of saying that carry their subject when "أن"/"إن" follows them at once: "وأضاف أن", "وقالت إن".</summary>
    private static readonly HashSet<string> ArabicSayings = new(StringComparer.Ordinal)
    {
        "قال", "وقال", "قالت", "وقالت", "اضاف", "واضاف", "اضافت", "واضافت", "اكد", "واكد", "اكدت", "واكدت", "اوضح", "واوضح", "اوضحت", "واوضحت", "تابع", "وتابع", "تابعت", "وتابعت", "ذكر", "وذكر", "ذكرت", "وذكرت",
    };

    /// <summary>
    /// The sentence's speaker is not named in it: a pronoun subject before a verb of saying ("He said", "It added", "Il a
    /// précisé", "They told") or an Arabic verb of saying with "أن" right after ("وأضاف أن"). Then the speaker is whoever the
    /// sentence before had as its subject.
    /// </summary>
    private static bool SpeakerLeftImplicit(IReadOnlyList<ClaimWord> words)
    {
        for (var k = 0; k < Math.Min(3, words.Count - 1); k++)
        {
            if (words[k].Text is "he" or "she" or "it" or "they" or "il" or "elle" or "ils" or "elles")
                // Session 9, round 16: the pronoun as the subject of a verb of blame too ("He blamed the Lakurawa group", "Il
                // accuse le JNIM", "Elles imputent l'attaque à"): the one referred back to blames
                return Enumerable.Range(k + 1, Math.Min(3, words.Count - k - 1)).Any(j => SpeechVerbs.Contains(words[j].Text) || PhraseMatch.At(words, j, BlameCues) is not null);
            if (ArabicSayings.Contains(words[k].Text))
                return words[k + 1].Text is "ان" or "انه" or "انها" or "انهم";
            if (words[k].Text is not ("and" or "but" or "et" or "mais" or "then" or "puis"))
                return false;
        }
        return false;
    }

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "added", "adds", "told", "tells", "stated", "explained", "insisted", "claimed", "maintained", "noted",
        "a", "dit", "affirme", "ajoute", "precise", "explique", "assure", "estime", "declare", "indique", "soutient", "raconte",
    };

    /// <summary>"s'attribue", and in the compound tenses "s'est attribué", "se sont attribué", "s'était attribué": a group crediting itself.</summary>
    private static bool Reflexive(IReadOnlyList<ClaimWord> words, int cue) =>
        cue > 0 && words[cue - 1].Text is "s" or "se"
        || cue > 1 && words[cue - 1].Text is "est" or "sont" or "etait" or "etaient" or "serait" or "seraient" && words[cue - 2].Text is "s" or "se";

    /// <summary>Words after a claim that make its object other events: "previous attacks", "attaques précédentes", "هجمات سابقة".</summary>
    private static readonly HashSet<string> EarlierWords = new(StringComparer.Ordinal)
    {
        "previous", "earlier", "past", "prior", "former", "precedentes", "precedents", "anterieures", "anterieurs", "passees", "passes", "سابقه", "السابقه", "ماضيه", "الماضيه", "سابقا",
    };

    /// <summary>Attacks in the plural, counted: "300 attaques", "dozens of attacks", "عشرات الهجمات".</summary>
    private static readonly HashSet<string> AttacksPlural = new(StringComparer.Ordinal)
    {
        "attacks", "raids", "ambushes", "attaques", "embuscades", "attentats", "operations", "هجمات", "الهجمات", "هجوما", "عمليات", "العمليات", "عمليه",
    };

    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "dozens", "scores", "hundreds", "several", "many", "numerous", "dizaines", "centaines", "plusieurs", "nombreuses", "nombreux", "عشرات", "مئات", "عده", "العديد",
    };

    /// <summary>Adverbs between a pluperfect auxiliary and the claim: "had, after all, claimed", "avait déjà revendiqué", "had also claimed".</summary>
    private static readonly HashSet<string> PluperfectAdverbs = new(StringComparer.Ordinal) { "after", "all", "also", "already", "previously", "once", "deja", "aussi", "alors", "egalement", "auparavant" };

    /// <summary>
    /// A claim whose object is other events: an earlier one in the pluperfect past adverbs ("The group had, after all,
    /// claimed"), or an object dated by a bare year ("en 2025", "the July 2025 attacks", not "le 12 mars 2025"), called
    /// earlier ("previous attacks", "هجمات سابقة") or counted ("plus de 300 attaques", "dozens of attacks", "عشرات الهجمات").
    /// </summary>
    /// <summary>Deeds named with the definite article after a pluperfect claim: "qui avait revendiqué le rapt", "had claimed the attack in a video".</summary>
    private static readonly HashSet<string> DefiniteDeeds = new(StringComparer.Ordinal) { "attack", "kidnapping", "abduction", "ambush", "raid", "killings", "attaque", "rapt", "enlevement", "embuscade", "assaut", "الهجوم", "الكمين", "الاختطاف" };

    /// <summary>
    /// A pluperfect claim of this story's deed, not an earlier one: "the deed" with nothing after it that names another
    /// ("l'attaque de Tiloa", "the attack on Inates", "l'attaque en mars"); "which had claimed a similar attack" stays another's.
    /// </summary>
    private static bool ThisDeedClaimed(IReadOnlyList<ClaimWord> words, int after)
    {
        var k = after;
        if (k < words.Count && words[k].Text is "the" or "l" or "le" or "la")
            k++;
        else if (!(k < words.Count && ArabicScript.Starts(words[k].Text)))
            return false;
        if (k >= words.Count || !DefiniteDeeds.Contains(words[k].Text))
            return false;
        return k + 1 >= words.Count || words[k + 1].Text is not ("de" or "du" or "d" or "des" or "of" or "on" or "against" or "contre" or "sur" or "at" or "near" or "en" or "in" or "last" or "a" or "au" or "في" or "على" or "ضد");
    }

    /// <summary>A claim reported as a mistake: "the article wrongly said the group had claimed the attack", "a affirmé à tort".</summary>
    private static bool SaidWrongly(IReadOnlyList<ClaimWord> words, int cue) =>
        Enumerable.Range(Math.Max(0, cue - 8), Math.Min(8, cue)).Any(k => words[k].Text is "wrongly" or "falsely" or "erroneously" or "mistakenly" or "tort" or "faussement" or "erronement" or "خطا" or "خطأ");

    private static bool ClaimOfOtherEvents(IReadOnlyList<ClaimWord> words, int cue, int last)
    {
        if (OpensOnAnEarlierYear(words, cue))
            return true;
        for (var k = cue - 1; k >= 0 && cue - k <= 4; k--)
        {
            if (Pluperfect.Contains(words[k].Text) && k < cue - 1)
                return true;
            if (!PluperfectAdverbs.Contains(words[k].Text))
                break;
        }
        for (var k = last + 1; k < words.Count && k - last <= 6; k++)
        {
            var text = words[k].Text;
            if (EarlierWords.Contains(text))
                return true;
            if (words[k].Number is { } year && year is >= 1990 and <= 2100 && !(k > 1 && words[k - 2].Number is >= 1 and <= 31))
                return true;
            if (AttacksPlural.Contains(text) && k > last + 1 && (words[k - 1].Number is > 1 || Counts.Contains(words[k - 1].Text)
                || k > last + 2 && words[k - 1].Text is "of" or "d" or "de" && Counts.Contains(words[k - 2].Text)))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "sa", "son", "ses", "leur", "leurs", "notre", "nos", "its", "their", "his", "her", "our" };

    /// <summary>A group's name written in lower case after a possessive is the common noun: "sa plateforme de propagande", "its platform".</summary>
    internal static bool PossessedCommonNoun(IReadOnlyList<ClaimWord> words, SourceFinder.Mention mention) =>
        mention.Kind == SourceKind.ArmedGroup && mention.First > 0 && Possessives.Contains(words[mention.First - 1].Text)
        && !ArabicScript.Starts(words[mention.First].Text) && !words[mention.First].Capital && !words[mention.First].Upper;

    /// <summary>
    /// Words of a sentence that reports someone's speech without naming them: a pronoun subject, a relay ("quoted … as
    /// saying", "citant", "نقلت الإذاعة عن المصدر"), an Arabic verb of answering that carries its subject ("فأجاب").
    /// </summary>
    private static readonly HashSet<string> RelayOrPronoun = new(StringComparer.Ordinal)
    {
        "he", "she", "il", "elle", "quoted", "quoting", "citing", "cited", "citant", "cite", "نقلت", "ونقلت", "نقل", "ونقل", "اجاب", "فاجاب", "واجاب", "اجابت", "فاجابت",
    };

    /// <summary>Verbs of naming or saying after "without": "sans préciser qui", "without identifying", "دون أن تحدد الجهة".</summary>
    private static readonly HashSet<string> NamingVerbs = new(StringComparer.Ordinal)
    {
        "say", "saying", "said", "name", "naming", "named", "identify", "identifying", "specify", "specifying", "indicate", "indicating", "blame", "blaming",
        "preciser", "dire", "nommer", "identifier", "designer", "indiquer", "citer",
        "تحدد", "يحدد", "تسمي", "يسمي", "تذكر", "يذكر", "توضح", "يوضح", "تكشف", "يكشف", "تشير", "يشير", "تتهم", "يتهم",
    };

    /// <summary>"without" and a verb of naming before the cue: the speaker did not say who did it, which is no statement that no one claimed it.</summary>
    private static bool WithoutNaming(IReadOnlyList<ClaimWord> words, int cue)
    {
        for (var k = cue - 1; k >= 0 && cue - k <= 8; k--)
        {
            // Session 12, round 23: the Arabic negation before the verb of naming, as "without" ("ولم يحدد الجهة المسؤولة عن
            // الهجمات", "لم يذكر من يقف وراء"): the report did not say who did it
            if (words[k].Text is "لم" or "ولم" && k + 1 < cue && NamingVerbs.Contains(words[k + 1].Text) && ArabicScript.Starts(words[k + 1].Text))
                return true;
            if (words[k].Text is not ("sans" or "without" or "دون" or "بدون"))
                continue;
            return Enumerable.Range(k + 1, cue - k - 1).Any(j => NamingVerbs.Contains(words[j].Text));
        }
        return false;
    }

    /// <summary>Attacks as nouns that may be a killing's subject: "a strike … had killed", "l'explosion a tué", "انفجار … أدى إلى مقتل".</summary>
    private static readonly HashSet<string> DeedNouns = new(StringComparer.Ordinal)
    {
        "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids", "ambush", "explosion", "blast", "bomb", "bombing", "mine", "shelling",
        "frappe", "frappes", "attaque", "attaques", "raid", "embuscade", "explosion", "engin", "bombardement", "mine",
        "غاره", "غارات", "ضربه", "هجوم", "هجمات", "كمين", "انفجار", "تفجير", "عبوه", "قصف",
    };

    /// <summary>
    /// A toll after a group's word is the group's own deed only when the group is not among the victims ("reported 19 soldiers
    /// and VDP killed", "Neuf VDP tués") and the killing is not told as another deed's result ("the FLA said a strike on a
    /// well had killed 11 herders"); the group's own attack is ("its attack killed", "ses frappes ont tué", "هجومها").
    /// </summary>
    private static bool TheGroupsDeed(IReadOnlyList<ClaimWord> words, List<TollFinder.Found> tolls, SourceFinder.Found speaker, TollFinder.Found toll)
    {
        if (tolls.Exists(t => t.First <= speaker.First && speaker.First <= t.Last || t.First <= speaker.Last && speaker.Last <= t.Last))
            return false;
        for (var k = speaker.Last + 1; k < toll.First; k++)
            if (DeedNouns.Contains(words[k].Text) && !(k > 0 && Possessives.Contains(words[k - 1].Text)))
                return false;
        return true;
    }

    /// <summary>The actor right after the men, articles and a "rival" between: "de la branche rivale, l'État islamique".</summary>
    private static SourceFinder.Mention? PastFillers(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> actors, int from)
    {
        var j = from;
        while (j < words.Count && j - from <= 6 && !actors.Exists(m => m.First == j) && (AgentFillers.Contains(words[j].Text) || IdentificationFillers.Contains(words[j].Text)))
            j++;
        return actors.FirstOrDefault(m => m.First == j && m.Name is not null);
    }

    /// <summary>
    /// A sentence framed by whose view it gives, with no speaker of its own there: "Pour ce notable, c'est l'EIGS qui…",
    /// "For the governor, …", "بالنسبة للسكان، …", and with a pronoun ("Pour lui, …") the subject of the sentence before.
    /// </summary>
    private static SourceFinder.Found? Frame(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, Attribution? pronounFor)
    {
        var words = sentence.Words;
        if (words.Count < 3 || words[0].Text is not ("pour" or "for" or "بالنسبه") || attributions.Exists(a => a.First <= 1))
            return null;
        var comma = Enumerable.Range(1, Math.Min(5, words.Count - 2)).FirstOrDefault(k => sentence.Between(k, k + 1).IndexOfAny(",،") >= 0, -1);
        if (comma < 0)
            return null;
        if (comma == 1 && words[1].Text is "lui" or "elle" or "eux" or "him" or "her" or "them" or "له" or "لها" or "لهم")
            return pronounFor is { Kind: not (SourceKind.Unattributed or SourceKind.Media) } ? new SourceFinder.Found(pronounFor, 0, 1) : null;
        return mentions.FirstOrDefault(m => m.First >= 1 && m.Last <= comma && m.Kind is not (SourceKind.Unattributed or SourceKind.Media or SourceKind.ArmedGroup)) is { } viewer
            ? new SourceFinder.Found(new Attribution { Kind = viewer.Kind, Name = viewer.Name, Text = sentence.Quote(0, comma) }, 0, comma)
            : null;
    }

    /// <summary>Between an identification and the actor: "rather", "probably", "the rival": "il s'agirait plutôt de la branche rivale".</summary>
    private static readonly HashSet<string> IdentificationFillers = new(StringComparer.Ordinal)
    {
        "rivale", "rival", "rivals", "autre", "other", "plutot", "probablement", "vraisemblablement", "sans", "doute", "bien", "rather", "probably", "likely",
        "المنافس", "المنافسه", "ب",
    };

    /// <summary>
    /// The denial's subject is the doers or the accused ("Les accusés ont nié", "the defendants denied", "المتهمين نفوا"), or a
    /// plural pronoun after them in the same sentence ("the defendants belong to ISSP; they deny the charges").
    /// </summary>
    private static bool DoersDeny(ClaimSentence sentence, int cue, bool doersBefore)
    {
        var words = sentence.Words;
        var start = ClauseStart(sentence, cue);
        // "…، وهو ما نفاه محاموهم", "ce que leurs avocats contestent": the accused's lawyers deny for them.
        if (ArabicScript.Starts(words[cue].Text) && Enumerable.Range(cue + 1, Math.Min(2, words.Count - cue - 1)).Any(k => Doers.Contains(words[k].Text) || Lawyers.Contains(words[k].Text)))
            return true;
        // "Les avocats de la défense ont contesté": the lawyers, past whose they are.
        if (Enumerable.Range(Math.Max(start, cue - 6), Math.Max(0, cue - Math.Max(start, cue - 6))).Any(k => Lawyers.Contains(words[k].Text)))
            return true;
        for (var k = cue - 1; k >= start && cue - k <= 4; k--)
        {
            if (Doers.Contains(words[k].Text))
                return true;
            if (words[k].Text is "they" or "ils" or "eux" or "هم")
                return doersBefore || Enumerable.Range(0, k).Any(j => Doers.Contains(words[j].Text));
        }
        return false;
    }

    /// <summary>Who speaks for the accused: "leurs avocats", "their lawyers", "محاموهم" (not "the defence": a ministry).</summary>
    private static readonly HashSet<string> Lawyers = new(StringComparer.Ordinal)
    {
        "avocat", "avocats", "lawyer", "lawyers", "counsel", "محامي", "محامو", "محاموهم", "محاميه", "محاميهم",
    };

    /// <summary>Whether a sentence names the doers or the accused, for a "they" in the next one.</summary>
    internal static bool NamesDoers(ClaimSentence sentence) => sentence.Words.Any(w => Doers.Contains(w.Text));

    /// <summary>The year before this one, named as a phrase: "last year", "l'an dernier", "l'année dernière", "العام الماضي".</summary>
    private static readonly PhraseVocabulary<bool> EarlierYears = ClaimVocabulary.Set(
        "last year", "the previous year", "l an dernier", "l annee derniere", "l an passe", "l annee passee", "العام الماضي", "السنه الماضيه", "العام المنصرم");

    /// <summary>
    /// Session 13, round 25: a sentence that opens on an earlier year ("Last year, ISSP claimed…", "L'an dernier, le JNIM avait
    /// revendiqué…", "وفي العام الماضي تبنى التنظيم…", "In 2023, …") tells of another event: its claim is background. The time
    /// phrase within the first four words, before the cue.
    /// </summary>
    private static bool OpensOnAnEarlierYear(IReadOnlyList<ClaimWord> words, int cue)
    {
        for (var k = 0; k < Math.Min(5, cue); k++)
            if (PhraseMatch.At(words, k, EarlierYears) is { } year && k + year.Length <= cue && k < 4
                || words[k].Number is >= 1990 and <= 2100 && k > 0 && (TimePrepositions.Contains(words[k - 1].Text) && k < 4
                    // Session 16, round 33: the year after its month ("En avril 2025, une attaque revendiquée par le JNIM…", "In
                    // April 2025, …", "وفي أبريل ٢٠٢٥ تبنت…"): the same dated opening, one word longer
                    || k > 1 && ClaimContext.Months.Contains(words[k - 1].Text) && TimePrepositions.Contains(words[k - 2].Text)))
                return true;
        return false;
    }

    /// <summary>The preposition that opens a dated phrase: "in", "en", "في".</summary>
    private static readonly HashSet<string> TimePrepositions = new(StringComparer.Ordinal) { "in", "en", "في", "وفي" };
}
