namespace Sahel.Diff.Claims;

/// <summary>
/// A group named as the attacker: the agent of an attack noun or the subject of an attack or deed verb, blamed by the
/// sentence's speaker (<see cref="AttackAgents"/>), and an attack by others told by a group (<see cref="AttackByOthers"/>),
/// with the attack nouns and verbs, the deed verbs and the words for fighters.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>An attack told as a noun with its agent: "an attack by Lakurawa militants", "l'attaque du JNIM", "هجوم لتنظيم الدولة".</summary>
    private static readonly PhraseVocabulary<bool> AttackNouns = ClaimVocabulary.Set(
        "attack", "attacks", "raid", "raids", "ambush", "assault", "offensive", "incursion", "attaque", "attaques", "embuscade", "assaut", "incursion", "raid",
        "هجوم", "هجمات", "كمين", "غاره", "اعتداء",
        // Session 7, round 12: the accusative ("إن هجوما لتنظيم داعش"), and "an attack by" the rest of the class
        "هجوما", "كمينا", "اعتداءا", "onslaught", "strike", "strikes", "frappe", "frappes");

    /// <summary>An attack told as a verb with its agent before it: "Boko Haram fighters attacked", "des éléments du JNIM ont attaqué", "هاجم مسلحون من".</summary>
    private static readonly PhraseVocabulary<bool> AttackVerbs = ClaimVocabulary.Set(
        "attacked", "stormed", "ambushed", "raided", "attacking", "storming", "attaque", "ont attaque", "a attaque", "attaquent", "ont pris d assaut", "tendu une embuscade",
        "هاجم", "هاجموا", "هاجمت", "اقتحم", "اقتحموا", "شنوا", "شن",
        // the rest of the attack as a class: overrunning, opening fire, setting fire, besieging
        "overran", "overrun", "overrunning", "opened fire", "fired on", "set fire to", "torched", "besieged", "invaded",
        "ont ouvert le feu", "a ouvert le feu", "ont tire sur", "ont envahi", "ont investi", "ont incendie", "ont assiege", "ont encercle",
        "اطلقوا النار", "فتحوا النار", "اجتاحوا", "اجتاح", "احرقوا", "حاصروا", "نصبوا كمينا", "نصب كمينا",
        // Session 7, the deed itself told with the group as its doer, as someone else tells it: "Selon le gouverneur, le JNIM a
        // mené l'attaque", "ISWAP carried out the attack, the governor said", "قال الحاكم إن التنظيم نفذ الهجوم"
        "carried out the", "carried out an", "carried out this", "perpetrated", "staged the", "staged an", "launched the", "launched an", "was responsible for", "were responsible for",
        "a mene l", "ont mene l", "a mene cette", "ont mene cette", "a perpetre", "ont perpetre", "a commis", "ont commis", "est l auteur", "sont les auteurs", "est responsable", "sont responsables",
        "نفذ الهجوم", "نفذت الهجوم", "نفذوا الهجوم", "نفذ الكمين", "نفذت الكمين", "ارتكب", "ارتكبت", "ارتكبوا", "هي المسؤوله", "هو المسؤول", "هم المسؤولون",
        // Session 9, round 15: the rest of the paradigm's tenses and determiners ("étaient responsables de l'attaque", "carried out
        // that attack", "struck", "ont frappé")
        "etaient responsables", "etait responsable", "carried out that", "carried out these", "carried out those", "struck", "a frappe", "ont frappe",
        "كانوا المسؤولين", "كانت المسؤوله", "كان المسؤول");

    /// <summary>Deeds on people, with the group as their doer: "ISWAP fighters abducted the girls", "des hommes du JNIM ont exécuté", "قتلوا".</summary>
    private static readonly PhraseVocabulary<bool> DeedVerbs = ClaimVocabulary.Set(
        "killed", "abducted", "kidnapped", "executed", "massacred", "murdered", "slaughtered", "shot dead", "seized",
        "ont tue", "a tue", "ont enleve", "a enleve", "ont execute", "a execute", "ont massacre", "a massacre", "ont abattu", "ont kidnappe", "ont assassine", "tuent", "enlevent",
        "قتلوا", "قتل", "قتلت", "خطفوا", "اختطفوا", "خطف", "اختطف", "اعدموا", "اعدم", "ذبحوا");

    /// <summary>Words between an attacking group and its verb: "Boko Haram fighters attacked", "des éléments de l'EIGS ont attaqué".</summary>
    private static readonly HashSet<string> FightersWords = new(StringComparer.Ordinal) { "fighters", "militants", "gunmen", "elements", "members", "insurgents", "combattants", "elements", "hommes", "jihadistes", "مقاتلو", "مسلحو", "عناصر" };

    /// <summary>
    /// A group named as the agent of an attack by someone who is not that group: a noun with its agent ("an attack by
    /// Lakurawa militants", "l'attaque du JNIM", "هجوم لجماعة …") or the group as the subject of an attack verb ("Boko
    /// Haram fighters attacked their position"). Blamed by the sentence's speaker; without one it says nothing.
    /// </summary>
    /// <remarks>Session 9, round 15: a list, for the actors joined to an agent after a suffixed Arabic verb ("اعتقلتهم دورية من الجيش المالي ومقاتلي فاغنر").</remarks>
    private static List<ResponsibilityClaim> AttackAgents(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Mention> actors, List<SourceFinder.Found> attributions)
    {
        var words = sentence.Words;
        // "JNIM carried out the attack, its spokesman said": the group's own spokesman tells of its deed; no one blames it.
        if (attributions.Exists(a => a.Attribution.Kind == SourceKind.Government && a.First > 0 && Possessives.Contains(words[a.First - 1].Text)
            && SourceFinder.SpokesmanWords.Contains(words[a.First].Text)))
            return [];
        var teller = attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed or SourceKind.Media))?.Attribution
            ?? (mentions.FirstOrDefault(m => m.First <= 3 && m.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed or SourceKind.Media)) is { } subject
                ? new Attribution { Kind = subject.Kind, Name = subject.Name, Text = sentence.Quote(subject.First, subject.Last) } : null);
        // Session 7, round 12: with no teller the writer tells it ("a été attaquée par des éléments de Boko Haram", "هجوم مقاتلي
        // بوكو حرام على الجزيرة", a headline's "JNIM attack kills 12"): a blame by no one named, resolved by the story.
        // Session 9, round 15: the Arabic verb before its agent with the deed or the victims as a suffix ("الهجمات التي شنتها
        // قوات الدعم السريع", "غارات نفذها الجيش", "اعتقلتهم دورية من الجيش المالي ومقاتلي فاغنر"): a group or a force, and those joined to it.
        // A state telling of its own force's strikes ("أعلن الجيش المالي أن ضربات جوية نفذها سلاح الجو") claims them; it blames no one.
        foreach (var agent in actors.Where(m => (m.Kind == SourceKind.ArmedGroup || m.Kind == SourceKind.Army && teller?.Kind is not (SourceKind.Army or SourceKind.Government)) && m.Name is not null && m.Name != teller?.Name))
            if (SuffixedVerbBefore(sentence, agent) is { } suffixed && !Negated(sentence, suffixed))
                return Coordinated(sentence.Words, actors, agent).Where(m => m.Name != teller?.Name).Select(m => BlameOf(m, teller, sentence)).ToList();
        foreach (var group in actors.Where(m => m.Kind == SourceKind.ArmedGroup && m.Name is not null && m.Name != teller?.Name))
        {
            // the noun before: "attack by", "attaque du", "هجوم لـ" (the agent's article read off)
            var k = group.First - 1;
            if (k >= 0 && words[k].Text is "by" or "par" or "de" or "du" or "des" or "d" or "of" or "the" or "l" or "la" or "le")
                k--;
            if (k >= 0 && words[k].Text is "by" or "par" or "de" or "du" or "des" or "d")
                k--;
            if (k >= 0 && k < group.First - 1 && PhraseMatch.Is(words[k], AttackNouns) && TheWritersAttack(sentence, k, teller))
                return [BlameOf(group, teller, sentence)];
            if (k >= 0 && k == group.First - 1 && ArabicScript.Starts(words[group.First].Text) && PhraseMatch.Is(words[k], AttackNouns) && TheWritersAttack(sentence, k, teller))
                return [BlameOf(group, teller, sentence)];
            // the Arabic construct through the group's men: "هجوم مقاتلي بوكو حرام", "هجوم عناصر التنظيم"
            if (k == group.First - 1 && k > 0 && words[k].Text is "مقاتلي" or "مسلحي" or "عناصر" && PhraseMatch.Is(words[k - 1], AttackNouns) && TheWritersAttack(sentence, k - 1, teller))
                return [BlameOf(group, teller, sentence)];
            // Session 11, round 20: not the group whose men were counted before it ("أسرت سبعة مقاتلين من تنظيم الدولة … وقتلت خمسة
            // آخرين", "captured seven fighters of ISWAP and killed five others"): the force's deed goes on after the group's name.
            if (CountedMenOf(sentence, group))
                continue;
            // the verb after: "Boko Haram fighters attacked", "des éléments du JNIM ont attaqué"
            var v = VerbAfterGroup(sentence, group);
            if (v < words.Count && PhraseMatch.At(words, v, AttackVerbs) is not null && !Negated(sentence, v))
                return [BlameOf(group, teller, sentence)];
            // "Amnesty International said ISWAP fighters abducted the girls": a deed on people who are not attackers, told
            // with no figure (a figure is read as a toll and blamed by result).
            // Not the group's men counted as victims: "31 Boko Haram fighters killed on lake islands" (a figure before, a
            // participle with a place or an agent after).
            if (v < words.Count && PhraseMatch.At(words, v, DeedVerbs) is { } deed && !Negated(sentence, v)
                && !(group.First > 0 && (words[group.First - 1].Number is not null || Counts.Contains(words[group.First - 1].Text)))
                && !(v + deed.Length < words.Count && words[v + deed.Length].Text is "by" or "in" or "on" or "during" or "at" or "near" or "while" or "when" or "par" or "lors" or "dans" or "en" or "pendant" or "pres" or "في" or "خلال" or "على")
                && !Enumerable.Range(v + deed.Length, Math.Max(0, Math.Min(5, words.Count - v - deed.Length))).Any(j => ClaimVocabulary.VictimWords.TryGetValue(words[j].Text, out var who) && who == "attackers"))
                return [BlameOf(group, teller, sentence)];
        }
        return [];
    }

    /// <summary>
    /// A group telling of an attack by someone else: "its units repelled an attack by the Malian army and its Africa Corps
    /// mercenaries", "a repoussé une attaque des FAMa", "صدّ هجوما شنه الجيش المالي". Only the noun with its agent (the
    /// army's or another group's), and every actor joined to it, blamed by the group.
    /// </summary>
    private static IEnumerable<ResponsibilityClaim> AttackByOthers(ClaimSentence sentence, List<SourceFinder.Mention> actors, Attribution group)
    {
        var words = sentence.Words;
        foreach (var agent in actors.Where(m => m.Kind is SourceKind.Army or SourceKind.ArmedGroup && m.Name is not null && m.Name != group.Name).OrderBy(m => m.First))
        {
            var k = agent.First - 1;
            if (k >= 0 && words[k].Text is "the" or "l" or "la" or "le" or "les")
                k--;
            if (k < 1 || words[k].Text is not ("by" or "par" or "des" or "du" or "شنه" or "شنها" or "شنته") || !PhraseMatch.Is(words[k - 1], AttackNouns) || Negated(sentence, k - 1))
                continue;
            return Coordinated(words, actors, agent).Where(m => m.Name != group.Name).Select(m => BlameOf(m, group, sentence)).ToList();
        }
        return [];
    }
}
