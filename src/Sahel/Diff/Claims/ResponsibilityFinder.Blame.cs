namespace Sahel.Diff.Claims;

/// <summary>
/// Who is blamed: the object of a blame verb, those held responsible, an attack's agent, and the actors joined to one
/// blamed (coordination). A group named as the attacker is in ResponsibilityFinder.AttackAgents.cs, the actor of a toll
/// (blame by result) in ResponsibilityFinder.BlamesByResult.cs, a force's operation said to harm civilians in
/// ResponsibilityFinder.OperationBlame.cs.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// "the government blamed JNIM", "اتهمت الحكومة تنظيم الدولة", "attribuée par les autorités au GSIM", "imputée à
    /// l'ISWAP par les habitants": the actor blamed is the named actor after the cue that is not the one blaming.
    /// </summary>
    private static List<ResponsibilityClaim> Blame(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, List<SourceFinder.Mention> actors, int cue, int last, Attribution? previous, Attribution? pronounFor, Attribution? previousLast = null)
    {
        var words = sentence.Words;
        // "Six men accused of a 2024 ambush on an army patrol", "des hommes accusés d'avoir…": a passive participle with
        // "of" names the accused before it; what follows is the deed, and a name in it ("an army patrol") is not blamed.
        if (last + 1 < words.Count && words[last + 1].Text is "of" or "de" or "d" && words[cue].Text is "accused" or "accuse" or "accuses" or "accusee" or "accusees"
            // "le gouvernement l'a accusé d'avoir tué": the pronoun before the auxiliary makes it active (round 22)
            && !ObjectPronounOfTheCue(words, cue, last)
            // Session 14, round 27: nor after an object relative with its own subject ("l'EIGS, que Niamey accuse d'être derrière")
            && RelativeAccused(sentence, actors, cue) is null)
            return actors.LastOrDefault(m => m.Last < cue && cue - m.Last <= 2) is { } accused
                ? [BlameOf(accused, attributions.FirstOrDefault(a => a.Attribution.Kind != SourceKind.Unattributed)?.Attribution, sentence)]
                : [];
        // Session 11, round 20: "accused the villagers of collaborating with the VDP", "accuse le JNIM de « mensonge »": no one blamed.
        if (AccusationOfNoAttack(words, actors, cue, last))
            return [];
        SourceFinder.Mention? by = null;
        Attribution? said = null;
        // "accused Malian soldiers accompanied by Russian fighters": a "by" after a companion word joins the fighters to the
        // accused (Coordinated); it is no passive's agent ("was accused by residents").
        var par = Enumerable.Range(last + 1, Math.Min(6, Math.Max(0, words.Count - last - 1))).FirstOrDefault(k => AgentBy(words, k) && !Companions.Contains(words[k - 1].Text), -1);
        if (par >= 0)
            by = mentions.FirstOrDefault(m => m.First > par && m.First - par <= 3);
        else if (ArabicScript.Starts(words[cue].Text) && last + 1 < words.Count && (Documents.Contains(words[last + 1].Text) || words[last + 1].Readings.Any(Documents.Contains) || ArabicReports.Contains(words[last + 1].Text)))
            // "وحمّل البيان تنظيم الدولة مسؤولية الهجوم", "ونسب التقرير معظم عمليات القتل إلى": the document speaks for its
            // author, named before (in this sentence or the one before); the name after is the one blamed.
            said = attributions.LastOrDefault(a => a.Last < cue && a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed))?.Attribution
                ?? (previous is { Kind: not (SourceKind.ArmedGroup or SourceKind.Unattributed) } ? previous : null);
        else if (ArabicScript.Starts(words[cue].Text) && last + 1 < words.Count && words[last + 1].Text is "فيه" or "فيها"
            && mentions.FirstOrDefault(m => m.Last < cue && m.Kind is not (SourceKind.Media or SourceKind.Unattributed) && m.Name is not null) is { } teller)
            // "نشرت الجماعة تسجيلا صوتيا تتهم فيه الجيش المالي": "in which it accuses" has the sentence's subject; every name after is blamed.
            said = new Attribution { Kind = teller.Kind, Name = teller.Name, Text = sentence.Quote(teller.First, teller.Last) };
        else if (IsAccusingParticiple(words[cue]))
        {
            // Session 9, round 15: "قال منتخبون محليون … إن …، متهمين القوات الروسية والجيش المالي بقتلهم", "ونفت قوات الدعم السريع …،
            // متهمة الجيش": the participle's subject is the main clause's, its speaker; every name after it is the one blamed.
            said = attributions.FirstOrDefault(a => a.Last < cue && a.Attribution.Kind != SourceKind.Unattributed)?.Attribution;
            if (said is null && mentions.FirstOrDefault(m => m.Last < cue && m.Kind is not (SourceKind.Media or SourceKind.Unattributed)) is { } speaker)
                said = new Attribution { Kind = speaker.Kind, Name = speaker.Name, Text = sentence.Quote(speaker.First, speaker.Last) };
            said ??= pronounFor is { Kind: not SourceKind.Unattributed } ? pronounFor : null;
        }
        else if (ArabicScript.Starts(words[cue].Text) && cue > 0 && ArabicPronounSubjects.Contains(words[cue - 1].Text))
            // "لكنه حمّل القوات المسلحة المالية وعناصر الفيلق الإفريقي مسؤولية": "but it" is the subject; every name after is blamed.
            said = pronounFor is { Kind: not SourceKind.Unattributed } ? pronounFor : null;
        else if (ArabicScript.Starts(words[cue].Text))
            // "اتهمت الحكومة النيجرية تنظيم الدولة": the one blaming comes right after the verb, then the one blamed;
            // "واتهموا الجيش": a verb that carries its subject ("they accused") names the one blamed right after it.
            // "وكانت السلطات قد اتهمت الجماعة": a subject put before the verb leaves the name after it as the one blamed.
            by = CarriesSubject(words[cue]) || IsVerbalNoun(words[cue]) ? mentions.LastOrDefault(m => m.Last < cue && m.Kind != SourceKind.ArmedGroup)
                                // "جبهة تحرير أزواد تتهم الجيش": a group right before the verb is its subject, as in a headline.
                : mentions.LastOrDefault(m => m.Last < cue && cue - m.Last <= (m.Kind == SourceKind.ArmedGroup ? 1 : 3) && m.Kind is not (SourceKind.Media or SourceKind.Unattributed) && (m.Kind != SourceKind.ArmedGroup || m.Name is not null))
                    ?? mentions.FirstOrDefault(m => m.First > last && m.First - last <= 2)
                    ?? mentions.LastOrDefault(m => m.Last < cue && m.Kind != SourceKind.ArmedGroup);
        else if (!ArabicScript.Starts(words[cue].Text) && DocumentSubject(sentence, mentions, cue) && (attributions.LastOrDefault(a => a.Last < cue && a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed))?.Attribution ?? previous) is { Kind: not (SourceKind.ArmedGroup or SourceKind.Unattributed) } author)
            // "The note, which covers 212 incidents, attributes most killings to JNIM", "Le rapport impute … à l'armée": a
            // document speaks for whoever issued it, the source named before it.
            said = author;
        else if (!ArabicScript.Starts(words[cue].Text) && JoinedToTheSentenceSubject(sentence, mentions, cue) is { } head)
            // "JNIM denied responsibility for the killings, where the government says 132 died, and blamed the army": a verb
            // joined by "and" with no subject of its own shares the sentence's, not the nearest speaker's.
            by = head;
        else if (attributions.FirstOrDefault(a => a.Back && a.First < cue && a.Last >= cue && a.Attribution.Kind != SourceKind.Unattributed) is { } pronoun)
            // "He attributed the blast to JNIM", "Il accuse…": the pronoun stands for the source named before.
            said = pronoun.Attribution;
        else if (mentions.LastOrDefault(m => m.Last < cue && cue - m.Last <= (m.Kind == SourceKind.ArmedGroup ? 1 : 2)
            && m.Kind is not (SourceKind.Media or SourceKind.Unattributed) && (m.Kind != SourceKind.ArmedGroup || m.Name is not null)) is { } subject)
            // "des représentants de la communauté peule ont mis en cause", "Residents pointed the finger at", "while ISSP accused
            // JNIM": the verb's own subject blames, not the medium that relays it; "L'organisation, qui a interrogé 31 témoins,
            // attribue": past a relative clause, its antecedent.
            by = Antecedent(sentence, mentions, subject, cue);
        else if (attributions.LastOrDefault(a => a.Last < cue && !a.Back && a.Attribution.Kind != SourceKind.Unattributed) is { } before)
            // "the government spokesman said, blaming ISWAP": who said it blames.
            said = before.Attribution;
        else
            by = mentions.LastOrDefault(m => m.Last < cue && cue - m.Last <= 6) ?? mentions.FirstOrDefault(m => m.Last < cue);
        // "وحمّل المكتب الجيش المالي مسؤولية الضربة": when the only name after an Arabic verb is followed by no other, the
        // subject was a bare noun ("المكتب") and that name is the one blamed, by whoever spoke before.
        // Session 16, round 33: an army left unnamed after it counts as a name too ("واتهمت قوات الدعم السريع الجيش السوداني",
        // an army the lexicon has none of): the first name is then the subject, not the one blamed.
        if (by is not null && by.First > last && by.Name is not null && ArabicScript.Starts(words[cue].Text) && !AccusedBySuffix(words[cue])
            && !mentions.Exists(m => (m.Name is not null || m.Kind == SourceKind.Army) && m.First > by.Last && m.First - by.Last <= 10))
        {
            said ??= attributions.LastOrDefault(a => a.Last < cue && a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed))?.Attribution
                // "وحمّل المكتب الجيش المالي مسؤولية الضربة": the bare noun stands for the source the story named before.
                ?? (previous is { Kind: not (SourceKind.ArmedGroup or SourceKind.Unattributed) } ? previous : null);
            by = null;
        }
        // The one blaming does not blame itself, under any of its names ("اتهمت جبهة تحرير أزواد، في بيان وقّعه الناطق باسمها، الجيش").
        bool NotTheBlamer(SourceFinder.Mention m) => m != by && (by?.Name is null || m.Name != by.Name);
        // An Arabic verb's subject comes between it and the one blamed, with its own complements ("اتهم سكان في بلدة قرب نونا
        // غربي بوركينا فاسو وحدات من الجيش"): the one blamed may sit further on.
        // Not past a comma, though: "اتهمت منظمة العفو متطوعين …، وهم قوات رديفة للجيش" names the army in an aside.
        var reach = ArabicScript.Starts(words[cue].Text) && by is not null && by.First > last ? 14 : 10;
        // Session 11, round 22: "واتهمته الحكومة بتنفيذه": the suffix is the one accused, a name after it is in the deed.
        var actor = AccusedBySuffix(words[cue]) ? actors.LastOrDefault(m => m.Last < cue && NotTheBlamer(m)) : actors.Where(m => m.First > last && (m.First - last <= 10 || m.First - last <= reach && sentence.Between(last, m.First).IndexOfAny(",;:،؛") < 0) && NotTheBlamer(m))
                .OrderBy(m => m.First).FirstOrDefault()
            // "pinned the blame for the killing of … squarely on JNIM", "a imputé l'attaque à la secte Boko Haram", "نسب الهجوم إلى":
            // the one blamed is the object of the verb's preposition, however long the thing blamed.
            ?? actors.Where(m => m.First > last && m.First - last <= 25 && NotTheBlamer(m)
                && Enumerable.Range(Math.Max(last + 1, m.First - 3), Math.Min(3, m.First - last - 1)).Any(k => words[k].Text is "on" or "upon" or "sur" or "a" or "au" or "aux" or "to" || words[k].Readings.Contains("الى")
                    // Session 7, round 12: the one blamed singled out of a general noun ("attribue ces morts à des groupes armés,
                    // « en particulier le JNIM »", "blamed armed groups, notably ISWAP", "إلى جماعات مسلحة، ولا سيما")
                    || words[k].Text is "particulier" or "notamment" or "particularly" or "notably" or "especially" or "chiefly" or "mainly" or "principalement" or "surtout" or "سيما" or "خاصه" or "وخاصه" or "خصوصا"))
                .OrderBy(m => m.First).FirstOrDefault();
        // "Le groupe est soupçonné par les autorités de l'attaque", "Boko Haram, …, was blamed by the governor": in the
        // passive the one blamed is the subject, before the verb.
        // "des violences que des habitants lui attribuaient": the pronoun before the verb is the sentence's subject.
        // "C'est bien la milice que ce collectif accuse", "the group whom residents blame": the relative before the subject.
        // Session 14, round 27: the antecedent of an object relative ("ISWAP, which residents blamed for the raid").
        if (actor is null && RelativeAccused(sentence, actors, cue) is { } antecedent && NotTheBlamer(antecedent))
            actor = antecedent;
        if (actor is null && cue > 0 && words[cue - 1].Text is "lui" or "leur" or "l"
            // Session 14, round 27: the pronoun after the verb's preposition ("which officials blamed on it")
            || actor is null && PronounAfterPreposition(words, last)
            // Session 11, round 22: the same pronoun before an auxiliary ("le gouvernement l'a accusé"), and the English "accused it of"
            || actor is null && ObjectPronounOfTheCue(words, cue, last)
            || actor is null && by is not null && Enumerable.Range(Math.Max(0, by.First - 2), Math.Min(2, by.First)).Any(k => words[k].Text is "que" or "qu" or "whom"
                && Enumerable.Range(k + 1, by.First - k - 1).All(j => words[j].Text is "ce" or "cet" or "cette" or "ces" or "le" or "la" or "les" or "l" or "the" or "this" or "these")))
            actor = actors.FirstOrDefault(m => m.Last < cue && m != by && (by is null || m.Last < by.First));
        if (actor is null && par >= 0)
            actor = actors.LastOrDefault(m => m.Last < cue && cue - m.Last <= 4 && m != by) ?? actors.FirstOrDefault(m => m.Last < cue && m != by);
        if (actor is null)
            return [];
        var blamer = said ?? (by is not null
            ? new Attribution { Kind = by.Kind, Name = by.Name, Text = sentence.Quote(by.First, by.Last) }
            : attributions.FirstOrDefault()?.Attribution);
        // "ce dernier, dans sa revue, accuse en retour le JNIM", "the latter blamed": the one named last before it in the sentence.
        if (Latter(sentence, mentions, cue, actor, previousLast) is { } latter)
            blamer = latter;
        // "Dans la commune, on attribue l'attaque à l'EIGS": the impersonal "on" is the people of the place.
        else if (blamer is null or { Kind: SourceKind.Unattributed, Name: null } && cue > 0 && (words[cue - 1].Text == "on" || cue > 1 && words[cue - 2].Text == "on" && words[cue - 1].Text is "l" or "lui" or "leur" or "les"))
            blamer = new Attribution { Kind = SourceKind.Local, Text = "on" };
        // "It blames the attack on JNIM", "Il a désigné comme responsables", "ce dernier accuse en retour": a pronoun subject
        // stands for the source the story named before.
        if ((blamer is null or { Kind: SourceKind.Unattributed, Name: null } || blamer.Name == actor.Name) && PronounSubject(sentence, cue) && pronounFor is { Kind: not SourceKind.Unattributed } && pronounFor.Name != actor.Name)
            blamer = pronounFor;
        return Coordinated(words, actors, actor).Select(blamed => BlameOf(blamed, blamer, sentence)).ToList();
    }

    /// <summary>"ce dernier", "cette dernière", "the latter", "هذا الأخير" before the verb: the one named last before it in the sentence.</summary>
    /// <remarks>At the start of a sentence ("… à l'EIGS ; ce dernier accuse"), the one the sentence before named last.</remarks>
    private static Attribution? Latter(ClaimSentence sentence, List<SourceFinder.Mention> mentions, int cue, SourceFinder.Mention blamed, Attribution? previousLast)
    {
        var words = sentence.Words;
        for (var k = cue - 1; k > 0 && cue - k <= 8; k--)
        {
            if (words[k].Text is not ("dernier" or "derniere" or "latter" or "الاخير" or "الاخيره"))
                continue;
            if (mentions.LastOrDefault(m => m.Last < k - 1 && m.Kind is not (SourceKind.Media or SourceKind.Unattributed)) is { } named)
                return named.Name == blamed.Name ? null : new Attribution { Kind = named.Kind, Name = named.Name, Text = sentence.Quote(named.First, named.Last) };
            return previousLast is { Kind: not SourceKind.Unattributed } && previousLast.Name != blamed.Name ? previousLast : null;
        }
        return null;
    }

    /// <summary>"un texte attribué au groupe", "a message attributed to JNIM": a participle naming a document's author, not a blame.</summary>
    private static bool AuthorOfDocument(IReadOnlyList<ClaimWord> words, int cue, int length)
    {
        var document = cue > 0 && Documents.Contains(words[cue - 1].Text) || cue > 1 && Documents.Contains(words[cue - 2].Text);
        var next = cue + length;
        return document && (next >= words.Count || words[next].Text is "a" or "au" or "aux" or "to" or "par" or "by" || words[next].Readings.Contains("الى"));
    }

    private static ResponsibilityClaim BlameOf(SourceFinder.Mention actor, Attribution? blamer, ClaimSentence sentence) => new()
    {
        Actor = actor.Name,
        Polarity = ResponsibilityPolarity.Blamed,
        // "des villageois accusent les chasseurs dozos": the one blamed does not blame itself.
        By = blamer?.Name is not null && blamer.Name == actor.Name ? null : blamer,
        Attackers = actor.Name,
        Text = sentence.Text,
    };

    /// <summary>Words that join a force to those fighting beside it: "des soldats maliens, accompagnés de combattants de l'Africa Corps", "backed by".</summary>
    private static readonly HashSet<string> Companions = new(CompanionWords(), StringComparer.Ordinal);

    /// <summary>
    /// The words of <see cref="Companions"/>, also among the <see cref="Joiners"/>: a method, not a field, because the order in
    /// which static fields of different partial files are initialised is not defined.
    /// </summary>
    private static string[] CompanionWords() =>
    [
        "accompagnes", "accompagne", "accompagnees", "appuyes", "epaules", "soutenus", "avec", "accompanied", "backed", "alongside", "with", "supported", "برفقه", "بمساعده", "مدعومين",
        // Session 13: the verb of fighting beside them ("soldiers operating with Russian fighters", "des soldats opérant avec des
        // Russes", "working alongside", "agissant aux côtés de")
        "operating", "working", "fighting", "operant", "agissant", "cotes",
        // Session 7: the Arabic participle in each gender and number, and the fighters it is backed by ("وحدة من الجيش المالي
        // مدعومة بعناصر من الفيلق الإفريقي", "مدعوما بمقاتلين من", "ترافقها عناصر من")
        "مدعومه", "مدعوما", "مدعومون", "مسنوده", "مسنودا", "ترافقها", "يرافقها", "يرافقهم",
    ];

    /// <summary>
    /// An actor and those joined to it: "soldiers of the Burkinabe army and Volunteers for the Defence of the
    /// Homeland", "des militaires de l'armée burkinabè et des VDP", "الجيش البوركينابي ومتطوعي الدفاع عن الوطن".
    /// </summary>
    private static List<SourceFinder.Mention> Coordinated(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> actors, SourceFinder.Mention first)
    {
        var joined = new List<SourceFinder.Mention> { first };
        var previous = first;
        foreach (var next in actors.Where(m => m.First > first.Last).OrderBy(m => m.First))
        {
            var gap = Enumerable.Range(previous.Last + 1, Math.Max(0, next.First - previous.Last - 1)).ToList();
            var and = gap.Any(k => words[k].Text is "and" or "et" or "و" || Companions.Contains(words[k].Text) || k == previous.Last + 1 && words[k].Text.StartsWith('و') && (Joiners.Contains(words[k].Text[1..]) || JoinedHead(words[k].Text)))
                || words[next.First].Text.StartsWith('و') && gap.Count == 0;
            // Session 10, round 18: the men of the one joined take a longer gap ("des soldats maliens et des éléments de l'Africa Corps");
            // session 14, round 28: so do its fighters and its group ("and foreign fighters of the Wagner group", "ومجموعة فاغنر")
            if (gap.Count > (gap.Exists(k => Companions.Contains(words[k].Text) || AllyWords.Contains(words[k].Text) || ForceMen.Contains(words[k].Text) || JoinedHead(words[k].Text) || words[k].Text.StartsWith('و') && AllyWords.Contains(words[k].Text[1..])) ? 6 : 4) || !and
                || !gap.All(k => Joiners.Contains(words[k].Text) || JoinedHead(words[k].Text) || words[k].Text.StartsWith('و') && AllyWords.Contains(words[k].Text[1..])))
                break;
            // Session 14, round 28: "ومقاتلين روسا من فاغنر", "Russian fighters from Wagner": the nationality names the one after it
            var named = NamedAfter(words, actors, next) ?? next;
            if (named.Name != previous.Name && joined.TrueForAll(j => j.Name != named.Name))
                joined.Add(named);
            previous = named;
        }
        return joined;
    }

    /// <summary>
    /// "tient les FAMa et leurs supplétifs pour responsables de", "held the Islamic State in the Sahel responsible for":
    /// the actors between the verb and the word of responsibility are blamed by the verb's subject.
    /// </summary>
    private static List<ResponsibilityClaim> HeldResponsible(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, List<SourceFinder.Mention> actors, int cue, int last, Attribution? previous)
    {
        var words = sentence.Words;
        var responsible = Enumerable.Range(last + 1, Math.Max(0, Math.Min(14, words.Count - last - 1))).FirstOrDefault(k => ResponsibleWords.Contains(words[k].Text), -1);
        if (responsible < 0 || (actors.Where(m => m.First > last && m.Last < responsible).OrderBy(m => m.First).FirstOrDefault()
                // "a désigné comme responsables le JNIM et la katiba Macina": the ones named after the word of responsibility
                ?? actors.Where(m => m.First > responsible && m.First - responsible <= 3).OrderBy(m => m.First).FirstOrDefault()) is not { } actor)
            return [];
        // "The union's secretary told me the men were ISSP's, and he holds that group responsible": after a pronoun the subject is
        // the sentence's first source, not the group named just before.
        var by = cue > 0 && words[cue - 1].Text is "he" or "she" or "they" or "il" or "elle" or "ils" or "elles"
            ? mentions.FirstOrDefault(m => m.Last < cue && m.Name != actor.Name && m.Kind is not (SourceKind.Media or SourceKind.Unattributed or SourceKind.ArmedGroup))
            : mentions.LastOrDefault(m => m.Last < cue && cue - m.Last <= 6);
        var blamer = by is not null ? new Attribution { Kind = by.Kind, Name = by.Name, Text = sentence.Quote(by.First, by.Last) }
            : attributions.LastOrDefault(a => a.Last < cue && a.Attribution.Kind != SourceKind.Unattributed)?.Attribution
            // "Il a désigné comme responsables le JNIM": the pronoun stands for the source named before.
            ?? (PronounSubject(sentence, cue) && previous is { Kind: not SourceKind.Unattributed } && previous.Name != actor.Name ? previous : null);
        return Coordinated(words, actors, actor).Where(m => m.Last < responsible || actor.First > responsible).Select(blamed => BlameOf(blamed, blamer, sentence)).ToList();
    }

    /// <summary>
    /// "un acte barbare perpétré selon lui par l'EIGS", "an attack carried out by ISWAP, the governor said": the agent
    /// of an attack, named by someone other than the agent, is blamed by them. Only with such a speaker: a group's own
    /// "operation carried out by our fighters" is not a blame.
    /// </summary>
    /// <summary>A group's attacks in the plural are its record ("pourquoi les attaques de l'EIGS se multiplient", "هجمات ولاية الساحل").</summary>
    private static readonly HashSet<string> PluralAttacks = new(StringComparer.Ordinal) { "attacks", "attaques", "raids", "strikes", "frappes", "هجمات", "غارات", "اعتداءات" };

    /// <summary>
    /// An attack noun with its agent: told by a named teller it is always read; told by the writer alone only as one attack,
    /// not negated ("n'a pas été attaqué par le JNIM").
    /// </summary>
    private static bool TheWritersAttack(ClaimSentence sentence, int noun, Attribution? teller) =>
        teller is not null || !PluralAttacks.Contains(sentence.Words[noun].Text) && !Negated(sentence, noun);

    /// <summary>The deed's mode or signs, negated right after: "le mode opératoire ne rappelle pas celui du JNIM", "the modus operandi does not point to".</summary>
    private static bool SignDenied(IReadOnlyList<ClaimWord> words, int cue, int length) =>
        words[cue].Text is "modus" or "mode" or "اسلوب" or "طريقه" && Enumerable.Range(cue + length, Math.Max(0, Math.Min(3, words.Count - cue - length)))
            .Any(k => words[k].Text is "ne" or "n" or "pas" or "not" or "doesn" or "does" or "لا" or "ليس" or "لم");

    private static List<ResponsibilityClaim> Agent(ClaimSentence sentence, List<SourceFinder.Found> attributions, List<SourceFinder.Mention> actors, int cue, int last)
    {
        var words = sentence.Words;
        var by = Enumerable.Range(last + 1, Math.Max(0, Math.Min(3, words.Count - last - 1))).FirstOrDefault(k => words[k].Text is "par" or "by", -1);
        // Session 12, round 23: past a time or a place ("tués dans la nuit par", "kidnapped from their village near Mopti by")
        if (by < 0)
            by = Enumerable.Range(last + 2, Math.Max(0, Math.Min(7, words.Count - last - 2))).FirstOrDefault(k => words[k].Text is "par" or "by" && AdverbialGap(sentence, last + 1, k), -1);
        if (by < 0 || (actors.FirstOrDefault(m => m.First > by && m.First - by <= 3 && m.Kind == SourceKind.ArmedGroup)
                // "par des éléments de Boko Haram", "by the Malian Air Force": past the agent's men, an army too
                ?? PassiveAgent(sentence, actors, last + 1, 2) ?? PassiveAgent(sentence, actors, by, 0)) is not { } actor)
            return [];
        // Session 8: "six assaillants ont été abattus par l'armée": an army killing attackers is its operation, blamed on no one.
        // "n'ont pas été tués par des soldats": a deed negated blames no one.
        if (KillingParticiples.Contains(words[cue].Text) && (Negated(sentence, cue) || actor.Kind == SourceKind.Army
            && Enumerable.Range(Math.Max(0, cue - 8), Math.Min(8, cue)).Any(k => ClaimVocabulary.VictimWords.TryGetValue(words[k].Text, out var who) && who == "attackers")))
            return [];
        var said = attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed) && a.Attribution.Name != actor.Name)?.Attribution;
        // A force's or a government's own account of a force's operation is its claim, not a blame (the set's rule).
        if (actor.Kind == SourceKind.Army && said?.Kind is SourceKind.Army or SourceKind.Government)
            return [];
        // Session 7, round 12: the writer's own account ("une position … a été attaquée par des éléments de Boko Haram"): a group's
        // attack told by no one named is a blame left to the story to resolve.
        // Only the agent right after the verb: "attaque revendiquée par le JNIM" is the group's claim.
        // Session 14, round 27: every actor joined to the agent ("killed by FAMa and Wagner", "tués par l'armée et les Wagner").
        return said is null ? actor.Kind == SourceKind.ArmedGroup && by == last + 1 && !Negated(sentence, cue) ? Joined(null) : [] : Joined(said);

        List<ResponsibilityClaim> Joined(Attribution? teller) =>
            Coordinated(words, actors, actor).Where(m => teller?.Name is null || m.Name != teller.Name).Select(m => BlameOf(m, teller, sentence)).ToList();
    }
}
