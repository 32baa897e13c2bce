using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Who denies: the actor of a denial, the doer a cleft singles out, and the accuser a denial names.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>"Dan Na Ambassagou dément toute implication", "nie toute implication des VDP", "نفى الجيش المالي".</summary>
    private static ResponsibilityClaim? Denial(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Mention> actors, int cue, int last, Attribution? previousSubject = null)
    {
        var words = sentence.Words;
        // "toute implication des VDP", "تورط متطوعي الدفاع": the actor the denial clears, when named after what is denied.
        var involvement = Enumerable.Range(last + 1, Math.Min(6, Math.Max(0, words.Count - last - 1)))
            .FirstOrDefault(k => words[k].Text is "implication" or "involvement" or "تورط" or "responsabilite", -1);
        var cleared = involvement >= 0 ? actors.FirstOrDefault(m => m.First > involvement && m.First - involvement <= 3) : null;
        // "denied that its VDP militia was involved": the actor named between the verb and what is denied.
        var denied = Enumerable.Range(last + 1, Math.Min(8, Math.Max(0, words.Count - last - 1))).FirstOrDefault(k => PhraseMatch.At(words, k, DenialObjects) is not null, -1);
        // Session 10, round 18: not one the denier accuses on the way ("لا علاقة لها بالهجوم، متهمة ميليشيا دان نا أمباساغو
        // بالوقوف وراءه", "denied any role, accusing the Dozos of being behind it"): after a verb of blame is the one accused.
        cleared ??= denied > last + 1 ? actors.FirstOrDefault(m => m.First > last && m.Last < denied
            && !Enumerable.Range(last + 1, m.First - last - 1).Any(k => PhraseMatch.At(words, k, BlameCues) is not null)) : null;
        // Session 13, round 25: "rejected the accusations against the army", "الاتهامات الموجهة للجيش": the accused the charge names.
        cleared ??= ChargeOf(words, mentions, actors, last).Accused.FirstOrDefault();
        // "…, which Bamako denies", "…, a charge the government denies", "…, ce que dément le gouvernement", "…، وهو ما نفته
        // باماكو": the relative stands for the accusation just told, so the one named between it and the verb (or, inverted,
        // right after the verb) is who denies, not the actor; the story clears the one that accusation named
        // (ClaimExtractor.ResolveUnnamedDenials), and a group denying names itself.
        if (cleared is null && ObjectRelativeBefore(words, cue) is var relative and >= 0
            && (mentions.LastOrDefault(m => m.First > relative && m.Last < cue) ?? mentions.FirstOrDefault(m => m.First > last && m.First - last <= 2)) is { } denier)
            return denier is { Kind: SourceKind.ArmedGroup, Name: not null }
                ? new ResponsibilityClaim { Actor = denier.Name, Polarity = ResponsibilityPolarity.Denied, Text = sentence.Text }
                : new ResponsibilityClaim
                {
                    Polarity = ResponsibilityPolarity.Denied,
                    By = denier.Kind == SourceKind.ArmedGroup ? null : new Attribution { Kind = denier.Kind, Name = denier.Name, Text = sentence.Quote(denier.First, denier.Last) },
                    Text = sentence.Text,
                };
        var subject = !ArabicScript.Starts(words[cue].Text) && last + 1 < words.Count && words[last + 1].Text is "par" or "by"
            // "Les accusations ont été rejetées par le FLA", "were rejected by the FLA": the passive's agent.
            && mentions.FirstOrDefault(m => m.First > last + 1 && m.First - last <= 3 && m.Name is not null) is { } agent
            ? agent
            : PhraseMatch.At(words, cue, ImplicitDenials) is not null
            // "JNIM said it had nothing to do with", "Le FLA assure qu'il n'a rien à voir avec", "وقالت الجبهة إنه لا علاقة لها":
            // who says they had no part, the last named before in the sentence.
            ? mentions.LastOrDefault(m => m.Last < cue && cue - m.Last <= 12 && m.Name is not null && m.Kind is not (SourceKind.Media or SourceKind.Unattributed))
            : DenyParticiples.Contains(words[cue].Text)
            // "…، في حين نسب الجيش المالي القتل إلى الجماعة، نافيا": the subject of the clause the participle hangs on.
            ? mentions.FirstOrDefault(m => m.First >= ArabicClauseStart(words, cue) && m.Last < cue && m.Kind is not (SourceKind.Media or SourceKind.Unattributed))
                ?? mentions.FirstOrDefault(m => m.Last < cue && m.Kind is not (SourceKind.Media or SourceKind.Unattributed))
            // "ISSP accused JNIM of the same massacre and denied any role": a verb joined by "and" shares its clause's subject.
            : !ArabicScript.Starts(words[cue].Text) && (cue > 0 && words[cue - 1].Text is "and" or "et" || cue > 1 && words[cue - 2].Text is "and" or "et" && words[cue - 1].Text.EndsWith("ly", StringComparison.Ordinal))
                && ClauseSubject(sentence, mentions, cue) is { } shared
                ? shared
            : ArabicScript.Starts(words[cue].Text)
            ? mentions.FirstOrDefault(m => m.First > last && m.First - last <= 2)
                // "جبهة تحرير أزواد تنفي في بيان": a named actor right before the verb is its subject, as in a headline.
                ?? mentions.LastOrDefault(m => m.Last == cue - 1 && m.Name is not null)
            // "la milice Dan Na Ambassagou, qui a démenti": a relative right before the verb has the name before it as subject.
            : cue > 1 && words[cue - 1].Text is "qui" or "which" or "who" || cue > 2 && words[cue - 2].Text is "qui" or "which" or "who"
                ? mentions.LastOrDefault(m => m.Last < cue && m.Name is not null && m.Kind != SourceKind.Media && cue - m.Last <= 4)
            // "The army's spokesman rejected": the named actor the speaker speaks for, before the speaker's own title.
            // "Le JNIM, groupe lié à al-Qaïda, a démenti": past an apposition, the name it is set after.
            // Session 18: the reach counts from a compound tense's auxiliary ("Le ministère tchadien de la Défense a démenti", "the
            // Malian defence ministry has denied"), so the past tense reaches the speaker the present ("dément") does.
            : PastApposition(sentence, mentions, mentions.LastOrDefault(m => m.Last < cue && VerbStart(words, cue) - m.Last <= 5 && m.Name is not null && m.Kind != SourceKind.Media), cue)
                ?? mentions.LastOrDefault(m => m.Last < cue && VerbStart(words, cue) - m.Last <= 5)
                // "Le FLA, qui contrôle une partie de la zone, a nié": past a relative clause, its antecedent.
                ?? RelativeAntecedent(sentence, mentions, cue)
                // "Mali's army said … and denied any abuse": a verb joined to the sentence's first one shares its subject.
                ?? (cue > 0 && words[cue - 1].Text is "and" or "et" ? mentions.FirstOrDefault(m => m.Last < cue && m.Name is not null && m.Kind != SourceKind.Media) : null);
        var actor = cleared ?? (subject?.Name is not null ? subject : null);
        // "Its own fighters, he said, had nothing to do with the killings", "وأكد أنه لا علاقة لها": who says they had no part,
        // left as a pronoun, is the subject of the sentence before.
        if (actor is null && subject is null && previousSubject is { Kind: SourceKind.ArmedGroup, Name: not null } && PhraseMatch.At(words, cue, ImplicitDenials) is not null)
            return new ResponsibilityClaim { Actor = previousSubject.Name, Polarity = ResponsibilityPolarity.Denied, Text = sentence.Text };
        // "Its own fighters « have nothing to do » with the killings": with no one named saying it, no denial to resolve.
        if (actor is null && subject is null && PhraseMatch.At(words, cue, ImplicitDenials) is not null)
            return null;
        // "Bamako a démenti toute implication de ses forces", "a defence ministry spokesman dismissed the report": no actor
        // named; the story resolves it to the one it reported accused (ClaimExtractor).
        if (actor is null)
            return new ResponsibilityClaim
            {
                Polarity = ResponsibilityPolarity.Denied,
                // "FACT rebels …; group denies": a group denies for itself, so "the group" is no speaker for another.
                By = subject is null || subject.Kind == SourceKind.ArmedGroup ? null : new Attribution { Kind = subject.Kind, Name = subject.Name, Text = sentence.Quote(subject.First, subject.Last) },
                Text = sentence.Text,
            };
        var by = subject is not null && subject != actor && subject.Name != actor.Name ? new Attribution { Kind = subject.Kind, Name = subject.Name, Text = sentence.Quote(subject.First, subject.Last) } : null;
        return new ResponsibilityClaim { Actor = actor.Name, Polarity = ResponsibilityPolarity.Denied, By = by, Text = sentence.Text };
    }

    /// <summary>
    /// "Le JNIM, groupe lié à al-Qaïda, a démenti", "JNIM, an al-Qaeda affiliate, denied": a name inside an apposition set
    /// off by commas before the verb is not its subject; the name before the apposition's opening comma is.
    /// </summary>
    private static SourceFinder.Mention? PastApposition(ClaimSentence sentence, List<SourceFinder.Mention> mentions, SourceFinder.Mention? nearest, int cue)
    {
        // The apposition's closing comma, at most two words (an auxiliary) before the verb.
        var close = Enumerable.Range(Math.Max(0, cue - 3), Math.Min(3, cue)).LastOrDefault(k => sentence.Between(k, k + 1).Contains(','), -1);
        if (close < 0 || nearest is not null && nearest.Last > close)
            return nearest;
        var head = mentions.LastOrDefault(m => m.Last < close && close - m.Last <= 10 && m.Name is not null && m.Name != nearest?.Name
            && m.Kind is not (SourceKind.Media or SourceKind.Unattributed) && sentence.Between(m.Last, m.Last + 1).Contains(',')
            && sentence.Between(m.Last, close + 1).Count(',') == 2);
        return head ?? nearest;
    }

    /// <summary>What may follow a denial with no object: adverbs of force and who denies ("formellement", "flatly", "قطعيا", "du JNIM").</summary>
    private static readonly HashSet<string> BareDenialTail = new(StringComparer.Ordinal)
    {
        "formellement", "categoriquement", "fermement", "vigoureusement", "totalement", "aussitot", "egalement", "aussi", "pour", "sa", "part", "firmly", "strongly", "flatly",
        "categorically", "vehemently", "also", "too", "this", "that", "it", "cela", "قطعيا", "بشده", "تماما", "ذلك", "بدورها", "بدوره", "du", "de", "d", "des", "by", "of", "par",
        // Session 7: the noun with its adjective ("a opposé un démenti formel", "issued a flat denial", "نفيا قاطعا")
        "formel", "categorique", "cinglant", "ferme", "flat", "firm", "قاطعا",
    };

    private static readonly HashSet<string> CleftArticles = new(StringComparer.Ordinal) { "l", "la", "le", "les", "the", "des", "de", "du", "d" };
    /// <summary>Hedges after a cleft's copula: "c'est bien", "it was indeed", "هم فعلا من".</summary>
    private static readonly HashSet<string> CleftHedges = new(StringComparer.Ordinal) { "bien", "vraiment", "effectivement", "donc", "indeed", "actually", "really", "فعلا", "بالفعل", "حقا" };
    private static readonly HashSet<string> CleftCopulas = new(StringComparer.Ordinal) { "est", "etait", "sont", "etaient", "was", "is", "were", "are" };
    /// <summary>Head nouns naming the doers before their group in a cleft: "les supplétifs d'", "les khawarij de", "fighters of".</summary>
    private static readonly HashSet<string> CleftHeads = new(StringComparer.Ordinal)
    {
        "fighters", "men", "militants", "elements", "members", "gunmen", "jihadists", "khawarij", "auxiliaries",
        "combattants", "hommes", "membres", "supplétifs", "suppletifs", "jihadistes", "djihadistes", "terroristes", "miliciens",
    };

    private static readonly HashSet<string> CleftMembers = new(StringComparer.Ordinal) { "fighters", "men", "militants", "elements", "members", "combattants", "hommes", "elements", "membres", "جماعه", "عناصر" };

    /// <summary>Verbs of saying or believing before "it was X" / "c'était X" with no relative after.</summary>
    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "believe", "believes", "believed", "think", "thinks", "thought", "insist", "insisted", "insists", "suspect", "suspects", "suspected",
        "dit", "disent", "affirme", "affirment", "assure", "assurent", "pensent", "pense", "croient", "croit", "estiment", "estime", "soupconnent", "soupconne",
    };

    /// <summary>The actor a cleft singles out: "c'est (l')X qui", "it was X (fighters) who", "X هم من / هو الذي".</summary>
    private static SourceFinder.Mention? Cleft(ClaimSentence sentence, List<SourceFinder.Mention> actors)
    {
        var words = sentence.Words;
        foreach (var m in actors)
        {
            if (m.Name is null || m.Kind is not (SourceKind.ArmedGroup or SourceKind.Army))
                continue;
            var after = m.Last + 1;
            while (after < words.Count && after - m.Last <= 2 && CleftMembers.Contains(words[after].Text))
                after++;
            if (after + 1 < words.Count && words[after].Text is "هم" or "هو" or "هي" && words[after + 1].Text is "من" or "الذين" or "الذي" or "التي")
                return m;
            // Session 9, round 15: the hedge inside the Arabic cleft ("عناصر التنظيم هم فعلا من نصبوا الكمين")
            if (after + 2 < words.Count && words[after].Text is "هم" or "هو" or "هي" && CleftHedges.Contains(words[after + 1].Text) && words[after + 2].Text is "من" or "الذين" or "الذي" or "التي")
                return m;
            var k = m.First - 1;
            while (k > 0 && m.First - k <= 2 && CleftArticles.Contains(words[k].Text))
                k--;
            // Session 8, round 14: the doers named by a head noun before the group ("ce sont les supplétifs d'Africa Corps qui",
            // "c'est « les khawarij » de l'EIGS qui", "it was fighters of JAS who")
            if (k > 1 && CleftHeads.Contains(words[k].Text) && CleftArticles.Contains(words[k - 1].Text) || k > 0 && CleftHeads.Contains(words[k].Text))
            {
                k--;
                while (k > 0 && CleftArticles.Contains(words[k].Text) && !CleftCopulas.Contains(words[k].Text))
                    k--;
            }
            // Session 9, round 15: a hedge after the copula ("ce sont bien les terroristes du JNIM qui", "it was indeed ISWAP that")
            if (k > 1 && CleftHedges.Contains(words[k].Text) && CleftCopulas.Contains(words[k - 1].Text))
                k--;
            var copula = k > 0 && CleftCopulas.Contains(words[k].Text) && words[k - 1].Text is "c" or "ce" or "it";
            if (after < words.Count && words[after].Text is "qui" or "who" or "that" && copula)
                return m;
            // the relative after a short aside ("ce sont les supplétifs d'Africa Corps, aux côtés de l'armée, qui ont ouvert le feu")
            if (copula && Enumerable.Range(after, Math.Max(0, Math.Min(words.Count, after + 6) - after)).FirstOrDefault(j => words[j].Text is "qui" or "who", -1) is var relative and > 0
                && !Enumerable.Range(after, relative - after).Any(j => words[j].Text is "que" or "qu" or "that" or "et" or "and" or "mais" or "but"))
                return m;
            // Without the relative, after a verb of saying: "People here say it was Boko Haram", "ils disent que c'était le
            // JNIM", "residents believe it was ISWAP": the one the speakers name as the doer.
            var say = k - 2;
            if (say > 0 && words[say].Text is "that" or "que" or "qu")
                say--;
            if (copula && say >= 0 && SayingVerbs.Contains(words[say].Text))
                return m;
        }
        return null;
    }

    /// <summary>Words between an accusation and who made it: "les accusations portées par", "الاتهامات التي وجهتها إليه جمعيات", "allegations by".</summary>
    private static readonly HashSet<string> AccusationMakers = new(StringComparer.Ordinal)
    {
        "by", "from", "made", "levelled", "leveled", "par", "portees", "formulees", "lancees", "de", "des", "du", "d", "التي", "الذي", "وجهتها", "وجهها", "وجهوها", "اليه", "اليها", "له", "لها", "من", "قبل",
    };

    /// <summary>
    /// "rejected the accusations made by residents", "نفى الجيش الاتهامات التي وجهتها إليه جمعيات محلية": the
    /// denial names the accuser, so the accusation is a blame by them.
    /// </summary>
    private static Attribution? Accuser(ClaimSentence sentence, List<SourceFinder.Mention> mentions, string denied, int last)
    {
        var words = sentence.Words;
        for (var k = last + 1; k < words.Count && k - last <= 4; k++)
        {
            if (!AccusationNouns.Contains(words[k].Text) && !words[k].Readings.Any(AccusationNouns.Contains) && words[k].Text is not ("allegations" or "accusation" or "accusations"))
                continue;
            var j = k + 1;
            while (j < words.Count && j - k <= 4 && AccusationMakers.Contains(words[j].Text))
                j++;
            if (j == k + 1)
                return null;
            return mentions.FirstOrDefault(m => m.First == j && m.Name != denied && m.Kind is not (SourceKind.ArmedGroup or SourceKind.Media or SourceKind.Unattributed)) is { } maker
                ? new Attribution { Kind = maker.Kind, Name = maker.Name, Text = sentence.Quote(maker.First, maker.Last) }
                : null;
        }
        return null;
    }

    /// <summary>
    /// A denial cue at <paramref name="cue"/> (to <paramref name="last"/>): the denial of an accusation (and the accuser's
    /// blame), of what was just said of an actor, or of what the sentence before said. Adds to <paramref name="found"/>;
    /// true when the sentence states something by it.
    /// </summary>
    private static bool ReadDenial(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, List<SourceFinder.Mention> actors, List<ResponsibilityClaim> found, int cue, int last, Func<List<TollFinder.Found>> tolls, bool doersBefore = false, Attribution? previousSubject = null)
    {
        var words = sentence.Words;
        var stated = false;
        if (DeniesItsLosses(words, last))
            return false;
        // "la milice Dan Na Ambassagou, qui a démenti dès mardi": right after a blame in the same sentence, a relative
        // clause's denial answers it, whatever follows.
        var answersBlame = cue > 1 && found.Exists(f => f.Polarity == ResponsibilityPolarity.Blamed && f.Actor is not null)
            && Enumerable.Range(Math.Max(0, cue - 3), Math.Min(3, cue)).Any(k => words[k].Text is "qui" or "which" or "who" or "الذي" or "التي"
                // "…, ce que l'armée dément", "…، وهو ما نفاه الجيش": the relative of a whole clause
                || k > 0 && ClauseRelativeAt(words, k));
        // Session 12, round 24: what is denied ends where a statement of the speaker's own is joined after it ("denied losing
        // any men and said its forces had killed…", "dément toute perte et assure que…", "ينفي الخسائر ويؤكد أن قواته قتلت"):
        // the deed told there is its own account, not the object of the denial.
        var resumedAt = ResumedStatement(sentence, last);
        var deniedEnd = resumedAt >= 0 ? resumedAt : words.Count;
        if (Enumerable.Range(last + 1, Math.Max(0, Math.Min(20, deniedEnd - last - 1))).Any(k => PhraseMatch.At(words, k, DenialObjects) is not null)
            || DisownVerbs.Contains(words[cue].Text) || words[cue].Readings.Any(DisownVerbs.Contains) || DisownVerbs.Contains(words[last].Text)
            || PhraseMatch.At(words, cue, ImplicitDenials) is not null
            // "Bamako dément.", "Le JNIM, de son côté, dément formellement.", "الجماعة تنفي.", "Démenti du JNIM.": a denial with
            // no object says no to what was just reported.
            || Enumerable.Range(last + 1, words.Count - last - 1).All(k => BareDenialTail.Contains(words[k].Text) || mentions.Exists(m => m.First <= k && k <= m.Last))
            // Session 8: "L'armée dément : « Aucun civil n'a été visé »", "Les dozos démentent : « Nous n'avons combattu que… »",
            // "The group denied it: « … »", "ونفى الجيش: «…»": the quote after the colon is what the denial says, so it says no to
            // what was just reported, as a denial with no object does.
            || last + 1 < words.Count && sentence.Between(last, last + 1).Contains(':')
            || last + 2 < words.Count && BareDenialTail.Contains(words[last + 1].Text) && sentence.Between(last + 1, last + 2).Contains(':')
            // "وهو ما ينفيه الجيش", "ce que l'armée conteste": the relative of the clause before.
            || Enumerable.Range(Math.Max(1, cue - 3), Math.Min(3, Math.Max(0, cue - 1))).Any(k => ClauseRelativeAt(words, k))
            || Enumerable.Range(Math.Max(0, cue - 6), Math.Min(6, cue)).Any(k => AccusationNouns.Contains(words[k].Text)) || answersBlame)
        {
            stated = true;
            // "Les accusés, eux, ont nié toute participation", "the defendants belong to ISSP; they deny the charges": men on
            // trial or named as the doers deny for themselves, not for a group.
            if (DoersDeny(sentence, cue, doersBefore))
                return stated;
            // Session 8: "قالت جمعية محلية إن عناصر من متطوعي الدفاع قتلوا راعيين، وهو ما نفاه المتحدث باسم التنسيقية", "…, ce que
            // l'armée dément", "…, which the army denied": the relative of the clause before denies for the one that clause
            // told did the killing, and that clause is a blame by its speaker.
            if (RelativeOfTheClause(words, cue)
                && BlamesByResult(sentence, tolls(), actors.Where(m => m.Last < cue).ToList(), Attribution.None).FirstOrDefault() is { Actor: not null } told)
            {
                if (!found.Exists(f => f.Polarity == ResponsibilityPolarity.Denied && f.Actor == told.Actor))
                    found.Add(told with { Polarity = ResponsibilityPolarity.Denied, By = null });
                if (attributions.FirstOrDefault(a => a.Last < cue && a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed)) is { } teller
                    && !found.Exists(f => f.Polarity == ResponsibilityPolarity.Blamed && f.Actor == told.Actor))
                    found.Add(told with { By = teller.Attribution });
                return stated;
            }
            // "ونفى مسؤول في كوغلويغو أي تورط، قائلا إن عناصره «لم يكونوا في المنطقة»": a denial and its reason, one statement.
            if (Denial(sentence, mentions, actors, cue, last, previousSubject) is { } denied
                && !found.Exists(f => f.Polarity == ResponsibilityPolarity.Denied && f.Actor == denied.Actor))
            {
                found.Add(denied);
                if (denied.Actor is not null && Accuser(sentence, mentions, denied.Actor, last) is { } accuser)
                    found.Add(new ResponsibilityClaim { Actor = denied.Actor, Polarity = ResponsibilityPolarity.Blamed, By = accuser, Attackers = denied.Actor, Text = sentence.Text });
                // Session 13, round 25: each one the charge accuses is cleared, and its maker blames them
                else if (ChargeOf(words, mentions, actors, last) is { Accused: var accused, Maker: var maker } && accused.Exists(m => m.Name == denied.Actor))
                    foreach (var one in accused)
                    {
                        if (!found.Exists(f => f.Polarity == ResponsibilityPolarity.Denied && f.Actor == one.Name))
                            found.Add(denied with { Actor = one.Name });
                        if (maker is not null && maker.Kind is not (SourceKind.Media or SourceKind.Unattributed) && maker.Name != one.Name)
                            found.Add(new ResponsibilityClaim { Actor = one.Name, Polarity = ResponsibilityPolarity.Blamed, By = new Attribution { Kind = maker.Kind, Name = maker.Name, Text = sentence.Quote(maker.First, maker.Last) }, Attackers = one.Name, Text = sentence.Text });
                    }
            }
        }
        // "…, بينما نفت وزارة الدفاع ذلك", "ce que l'armée a démenti": denying what was just said of an actor.
        else if (Enumerable.Range(last + 1, Math.Min(4, words.Count - last - 1)).Any(k => Demonstrative(sentence, k))
            && BlamesByResult(sentence, tolls(), actors.Where(m => m.Last < cue).ToList(), Attribution.None).FirstOrDefault() is { } accused)
        {
            stated = true;
            found.Add(accused with { Polarity = ResponsibilityPolarity.Denied, By = null });
            if (attributions.FirstOrDefault(a => a.Last < cue && a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed)) is { } accuser)
                found.Add(accused with { By = accuser.Attribution });
        }
        // "بينما نفت الجماعة ذلك": denying what the sentence before said of it.
        else if (Enumerable.Range(last + 1, Math.Min(4, words.Count - last - 1)).Any(k => Demonstrative(sentence, k)) && Denial(sentence, mentions, actors, cue, last) is { } plain)
        {
            stated = true;
            found.Add(plain);
        }
        // Session 9, round 16: "The army denied reports that a wedding had been hit": a state force denying a clause is its
        // denial only when the story accuses it (before or after); "denied that the town had fallen" with nobody accused is
        // the denial of an event, no statement (ClaimExtractor resolves or drops it).
        else if (Enumerable.Range(last + 1, Math.Min(4, words.Count - last - 1)).Any(k => words[k].Text == "that")
            && Denial(sentence, mentions, actors, cue, last) is { } clause
            && (clause.Actor is null ? clause.By : mentions.Find(m => m.Name == clause.Actor && m.Kind is SourceKind.Army or SourceKind.Government) is { } force
                ? new Attribution { Kind = force.Kind, Name = force.Name, Text = sentence.Quote(force.First, force.Last) } : null) is { Kind: SourceKind.Army or SourceKind.Government } state)
        {
            stated = true;
            found.Add(clause with { Actor = null, By = state, OnlyForTheAccusedForce = true });
        }
        return stated;
    }

    /// <summary>
    /// Session 9, round 16: "denied that the town had fallen", "a démenti que la ville soit tombée": "that" with a clause after it
    /// is the conjunction, not a pronoun pointing back at what was said ("denied that.", "denied that, saying").
    /// </summary>
    private static bool Demonstrative(ClaimSentence sentence, int k) =>
        Demonstratives.Contains(sentence.Words[k].Text)
        && !(sentence.Words[k].Text == "that" && k + 1 < sentence.Words.Count && sentence.Between(k, k + 1).Trim().Length == 0);

    /// <summary>"ce que", "وهو ما", "وهذا ما" at <paramref name="k"/>: the relative standing for the whole clause before (k &gt; 0).</summary>
    private static bool ClauseRelativeAt(IReadOnlyList<ClaimWord> words, int k) =>
        words[k].Text is "que" or "ما" && words[k - 1].Text is "ce" or "هو" or "وهو" or "هذا" or "وهذا";

    /// <summary>The denial as the relative of the whole clause before: "وهو ما نفاه", "ce que … dément", ", which … denied".</summary>
    private static bool RelativeOfTheClause(IReadOnlyList<ClaimWord> words, int cue) =>
        Enumerable.Range(Math.Max(1, cue - 4), Math.Min(4, Math.Max(0, cue - 1))).Any(k => ClauseRelativeAt(words, k))
        || Enumerable.Range(Math.Max(0, cue - 4), Math.Min(4, cue)).Any(k => words[k].Text == "which");

    /// <summary>
    /// Where a relative that is the object of the denial opens, before <paramref name="cue"/>: "which" or an accusation noun
    /// with a subject between it and the verb ("which Bamako denies", "a charge the army rejects"), "ce que", "وهو ما"; -1 when
    /// none. "which denies" (nothing between) is the subject relative, read as such by the caller.
    /// </summary>
    private static int ObjectRelativeBefore(IReadOnlyList<ClaimWord> words, int cue)
    {
        for (var k = cue - 1; k >= Math.Max(1, cue - 5); k--)
        {
            if (ClauseRelativeAt(words, k) || words[k].Text == "qu" && words[k - 1].Text == "ce")
                return k;
            // not a passive ("which was denied by") nor a noun with its own complement ("charges against the army Bamako denies")
            if (k < cue - 1 && words[cue - 1].Text is not ("was" or "were" or "is" or "are" or "been" or "being")
                && (words[k].Text == "which" || AccusationNouns.Contains(words[k].Text) && !ArabicScript.Starts(words[k].Text)
                    && words[k + 1].Text is not ("against" or "of" or "on" or "contre" or "de" or "des" or "du" or "d")))
                return k;
        }
        return -1;
    }

    /// <summary>Session 10, round 18: a capital standing for its government, and the army that government speaks for.</summary>
    private static readonly Dictionary<string, string> ArmyOfTheCapital = new(StringComparer.Ordinal)
    {
        ["bamako"] = "fama", ["باماكو"] = "fama", ["ouagadougou"] = "bf-army", ["واغادوغو"] = "bf-army", ["niamey"] = "ne-fan", ["نيامي"] = "ne-fan",
        ["ndjamena"] = "td-army", ["انجامينا"] = "td-army", ["nouakchott"] = "mr-army", ["نواكشوط"] = "mr-army", ["abuja"] = "ng-army", ["ابوجا"] = "ng-army",
    };

    /// <summary>
    /// Session 10, round 18: the national army of a government that denies ("Bamako", "le gouvernement malien", "Mali's government",
    /// "الحكومة المالية"): a government denies for its own forces, not for a foreign force fighting beside them.
    /// </summary>
    internal static string? ArmyOfTheGovernment(string speaker, string sentence)
    {
        // The speaker's words and the two on either side ("Mali's government", "le gouvernement malien", "الحكومة المالية").
        var words = TextNormalizer.Normalize(sentence).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var own = TextNormalizer.Normalize(speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = own.Length == 0 ? -1 : Enumerable.Range(0, Math.Max(0, words.Length - own.Length + 1)).FirstOrDefault(k => words.AsSpan(k, own.Length).SequenceEqual(own), -1);
        var near = at < 0 ? own : words[Math.Max(0, at - 2)..Math.Min(words.Length, at + own.Length + 2)];
        foreach (var word in near)
            if (ArmyOfTheCapital.TryGetValue(word, out var army) || (army = ArmyReferences.NationalArmy(word)) is not null
                // the Arabic adjective agreeing with a feminine noun ("الحكومة المالية")
                || ArabicScript.Starts(word) && word.EndsWith('ه') && (army = ArmyReferences.NationalArmy(word[..^1])) is not null)
                return army;
        return null;
    }

    /// <summary>Words between a denial and the losses it denies: "any", "toute", "avoir", "n'avoir", "أي".</summary>
    private static readonly HashSet<string> LossDenialFillers = new(StringComparer.Ordinal)
    {
        "any", "all", "having", "to", "have", "toute", "tout", "toutes", "tous", "les", "des", "avoir", "n", "d", "de", "أي", "اي", "وقوع", "ان", "تكون",
    };

    /// <summary>
    /// Session 15, round 31: a denial of one's own losses ("denied losing any fighter, saying its men had killed ten soldiers", "a
    /// démenti toute perte", "نفت الجبهة أي خسائر في صفوفها"): the losses word right after the cue, past fillers, says no to a
    /// figure of its dead, not to a deed; it denies no responsibility, and the claim beside it is read as it stands.
    /// </summary>
    private static bool DeniesItsLosses(IReadOnlyList<ClaimWord> words, int last)
    {
        for (var k = last + 1; k < words.Count && k - last <= 4; k++)
        {
            if (LossWords.Contains(words[k].Text) || words[k].Text is "losing" or "perdre" or "الخسائر")
                return true;
            if (!LossDenialFillers.Contains(words[k].Text))
                return false;
        }
        return false;
    }

    /// <summary>Where the verb at <paramref name="cue"/> starts: at its tense's auxiliary right before it ("a démenti", "has denied"), else at the cue.</summary>
    private static int VerbStart(IReadOnlyList<ClaimWord> words, int cue) => cue > 0 && DeedAuxiliaries.Contains(words[cue - 1].Text) ? cue - 1 : cue;
}
