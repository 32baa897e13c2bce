using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Statements of responsibility in one sentence, with their polarity:
/// <list type="bullet">
/// <item>claimed: a group that "revendique" / "claimed" / "تبنى" an attack, in the passive ("revendiquées par le
/// GSIM", "claimed by") or with the object suffixed ("هجوم تبنته جماعة…"), or that says it did something ("JNIM
/// says it killed…", "the CSP said it had carried out the operation", "تعلن استهداف رتل");</item>
/// <item>unclaimed: the same words negated ("No group has claimed the attack", "لم تتبن أي جهة");</item>
/// <item>blamed: someone who accuses an actor ("the government blamed the Islamic State", "attribuée par les
/// autorités au GSIM"), recorded with who blames;</item>
/// <item>denied: an actor, or a government for its force, rejecting an accusation ("dément toute implication des VDP").</item>
/// </list>
/// The subject of a claim is the first group of its clause, not an apposition after it ("Le GSIM, lié à
/// Al-Qaïda, a revendiqué" is GSIM's claim).
/// </summary>
internal static class ResponsibilityFinder
{
    private static readonly PhraseVocabulary<bool> ClaimCues = ClaimVocabulary.Set(
        "revendique", "revendiquent", "revendiquee", "revendiquees", "revendiques", "revendiquer", "revendication", "revendications",
        "claim", "claimed responsibility", "claims responsibility", "claim responsibility", "claiming responsibility", "claim of responsibility", "claimed", "claims", "unclaimed",
        "تبنى", "تبنت", "يتبنى", "تتبنى", "تتبن", "يتبن", "تبني", "تبن",
        // other words for taking an attack on: "n'a endossé l'attaque", "has taken responsibility", "se présente comme l'auteur"
        "endosse", "endossee", "endosser", "taken responsibility", "took responsibility", "take responsibility", "taking responsibility", "assumed responsibility",
        "presente comme l auteur", "presente comme responsable", "تبنته", "تبنتها", "تبناه", "تبناها", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم");

    private static readonly PhraseVocabulary<bool> BlameCues = ClaimVocabulary.Set(
        "accuse", "accusent", "accusee", "accuses", "accusant", "impute", "imputent", "imputee", "imputees", "attribue", "attribuent", "attribuee", "attribuees",
        "mis en cause", "mettent en cause", "met en cause", "mettant en cause", "pointed the finger",
        // "has laid it at JNIM's door", "were quick to point at the Malian Air Force"
        "laid it at", "lays it at", "laid the attack at", "point at", "pointed at", "points at", "pointing at", "points the finger", "pointing the finger", "point the finger",
        "blamed", "blames", "blaming", "blame", "accused", "accusing", "accuses", "attributed", "attributes", "attributing", "pinned", "pins", "pinning",
        "اتهم", "اتهمت", "اتهموا", "تتهم", "يتهم", "يتهمون", "متهمه", "متهما", "حمل", "حملت", "يحمل", "تحمل", "نسب", "نسبت", "ينسب", "تنسب", "محمله", "محملا",
        "اتهام", "باتهام", "تحميل",
        "attribuait", "attribuaient", "accusait", "accusaient", "imputait", "imputaient", "soupconne", "soupconnes", "soupconnee", "soupconnees", "suspected",
        // the rest of "suspect" as a class, and "met l'attaque sur le compte de": putting a deed down to someone
        "soupconnent", "soupconnait", "soupconnaient", "suspecte", "suspectent", "suspect", "suspects", "suspecting", "sur le compte");

    private static readonly PhraseVocabulary<bool> DenyCues = ClaimVocabulary.Set(
        "dement", "dementent", "dementi", "nie", "nient", "rejette", "rejettent", "rejete", "rejetant",
        "denied", "denies", "deny", "denying", "rejected", "rejects", "rejecting", "refute", "refutent", "refuted", "refutes",
        "نفى", "نفت", "ينفي", "تنفي", "نافيا", "نافيه", "انكر", "انكرت", "ينكر", "تنكر", "انكروا", "منكرا",
        "dismissed", "dismisses", "dismissing", "conteste", "contestent", "رفض", "رفضت", "يرفض", "ترفض", "رافضا", "رافضه",
        "تبرا", "تبرات", "يتبرا", "تتبرا", "تبراوا", "desavoue", "desavouent", "disowned", "disavowed", "distanced",
        // saying one had no part in it: "se dit étrangère à ces meurtres", "said it had nothing to do with"
        "dit etranger", "dit etrangere", "disent etrangers", "disent etrangeres", "declare etranger", "declare etrangere", "declarent etrangers", "nothing to do with");

    /// <summary>Denials that need no object: "تبرأت الجبهة من الهجوم", "disowned the attack", "désavoue".</summary>
    private static readonly HashSet<string> DisownVerbs = new(StringComparer.Ordinal) { "تبرا", "تبرات", "يتبرا", "تتبرا", "تبراوا", "desavoue", "desavouent", "disowned", "disavowed", "distanced", "etranger", "etrangere", "etrangers", "etrangeres", "with" };

    /// <summary>The accusation a denial answers, also when named before the verb: "a charge the group flatly rejected".</summary>
    private static readonly HashSet<string> AccusationNouns = new(StringComparer.Ordinal) { "charge", "charges", "accusation", "accusations", "allegation", "allegations", "الاتهامات", "اتهامات", "الاتهام", "الادعاءات", "ادعاءات", "المزاعم", "مزاعم", "imputations" };

    /// <summary>Arabic participles of denial: their subject is the sentence's ("ورد الجيش … نافيا سقوط أي مدني").</summary>
    private static readonly HashSet<string> DenyParticiples = new(StringComparer.Ordinal) { "نافيا", "نافيه", "رافضا", "رافضه" };

    /// <summary>Documents a text is "attributed to" as its author, not blamed on: "un texte attribué au groupe".</summary>
    private static readonly HashSet<string> Documents = new(StringComparer.Ordinal)
    {
        "texte", "message", "communique", "declaration", "video", "audio", "enregistrement", "note", "statement", "recording", "text", "بيان", "رساله", "تسجيل",
    };

    /// <summary>A claim told in the pluperfect is an earlier one: "avait revendiqué en mars l'attaque de Tiloa", "which had claimed a similar attack".</summary>
    private static readonly HashSet<string> Pluperfect = new(StringComparer.Ordinal) { "had", "avait", "avaient" };

    /// <summary>What a denial is about: an accusation, not any piece of news ("a démenti les informations selon lesquelles un convoi…").</summary>
    private static readonly PhraseVocabulary<bool> DenialObjects = ClaimVocabulary.Set(
        "implication", "involvement", "involved", "accusation", "accusations", "allegations", "responsabilite", "responsibility", "massacre", "tueries",
        "killing", "killings", "killed", "tue", "civils", "civilians", "civilian", "casualties", "victimes",
        "تورط", "الاتهامات", "اتهامات", "مسؤوليه", "بقتل", "قتل", "مدنيين", "الادعاءات", "ادعاءات", "المزاعم", "مزاعم", "imputations",
        // a report's findings, a link, an abuse: "rejected the findings", "rejette les conclusions", "تنفي صلتها", "أي علاقة لها"
        "findings", "report", "conclusions", "rapport", "abuse", "abuses", "exactions", "link", "links", "lien", "liens", "role",
        "charge", "charges", "pris part", "participation", "took part", "taken part", "مدني",
        "علاقه", "علاقتها", "علاقته", "صله", "صلتها", "صلته", "تقرير", "انتهاكات",
        // the act itself, as the denied clause's verb: "denied the group had carried out", "denied that its members had abducted"
        "carried out", "carrying out", "having carried out", "دور", "دورها", "دوره", "abducted", "kidnapped", "executed", "execute", "executes", "enleve", "enleves");

    /// <summary>Words before a name that make it a complement ("of the army"), not the subject of the next verb.</summary>
    private static readonly HashSet<string> Complements = new(StringComparer.Ordinal) { "من", "of", "de", "du", "d", "among", "parmi" };

    /// <summary>What a denial points back at: "نفت ذلك", "a démenti cela", "denied this".</summary>
    private static readonly HashSet<string> Demonstratives = new(StringComparer.Ordinal) { "ذلك", "هذا", "هذه", "cela", "ceci", "this", "that", "it" };

    /// <summary>What a group says it did, when it does not say "claim": "avoir mené", "carried out", "نفذ", "استهداف".</summary>
    private static readonly PhraseVocabulary<bool> ResultCues = ClaimVocabulary.Set(
        "mene", "menee", "carried out", "took control", "pris le controle", "abattu", "shot down", "ambushed",
        "نفذ", "نفذت", "نفذنا", "استهداف", "اسقاط", "قتلنا");

    /// <summary>Before a cue, words that turn a claim into its absence: "n'a pas été revendiquée", "No group has claimed", "لم تتبن".</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "pas", "aucun", "aucune", "non", "ni", "no", "not", "nobody", "none", "never", "yet", "لم", "لا", "ليس", "بعد", "ولم", "ولا", "ولن",
        "sans", "without", "دون", "بدون", "jamais", "personne", "n", "ne",
    };

    /// <summary>Negations that may also mean something else ("بعد" is "after", "yet" "however"): read only next to the cue.</summary>
    private static readonly HashSet<string> WeakNegations = new(StringComparer.Ordinal) { "yet", "بعد", "non", "personne", "n", "ne" };

    /// <summary>After a passive cue's agent word, a negative agent: "revendiqué par personne", "par aucun groupe", "claimed by no one".</summary>
    private static readonly HashSet<string> NegativeAgents = new(StringComparer.Ordinal) { "personne", "aucun", "aucune", "nobody", "no", "none" };

    /// <summary>Words that open a new clause: a negation before them does not reach a cue after them.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "mais", "but", "while", "whereas", "although", "tandis", "alors", "cependant", "however", "et", "and", "بينما", "لكن", "ولكن", "فيما", "غير",
    };

    /// <summary>After the attackers, words that say whose they were: "belonged to", "appartenaient à", "ينتمون إلى".</summary>
    private static readonly string[] MembershipCues =
    [
        "belonged to", "belong to", "belonging to", "were members of", "were from", "appartenaient a", "appartiennent a", "appartenant a", "faisaient partie", "font partie",
        "ينتمون الى", "ينتمي الى", "ينتمون", "ينتمي", "تابعين",
        // the copula naming who the attackers were: "the abductors were ISWAP fighters", "les assaillants étaient des éléments de l'EIGS"
        "were", "was", "are", "etaient", "etait", "sont", "كانوا", "هم",
    ];

    /// <summary>The copulas among the membership cues: they name the attackers only when a name follows them at once.</summary>
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "were", "was", "are", "etaient", "etait", "sont", "كانوا", "هم" };

    /// <summary>"tient … pour responsables", "held … responsible", "holds … accountable": a blame whose actor sits inside the phrase.</summary>
    private static readonly string[] HoldCues = ["tient", "tiennent", "tenu", "tenus", "tenait", "tenaient", "tenir", "held", "holds", "hold", "holding",
        // naming someone as the one responsible: "a désigné comme responsables le JNIM", "named the ISGS as the group behind the attack"
        "designe", "designent", "designes", "named", "names", "naming", "identified", "identifies"];

    private static readonly HashSet<string> ResponsibleWords = new(StringComparer.Ordinal) { "responsible", "accountable", "responsable", "responsables", "behind", "auteur", "auteurs", "perpetrators", "perpetrator", "culprit", "culprits", "commanditaire", "commanditaires" };

    /// <summary>"perpétré par l'EIGS", "carried out by ISWAP", "commis par", "نفذه": an attack's agent named by whoever tells it.</summary>
    private static readonly string[] AgentCues =
    [
        "perpetre", "perpetree", "perpetrees", "perpetres", "commis", "commise", "commises", "orchestre", "orchestree", "mene", "menee", "menees", "menes",
        "perpetrated", "committed", "carried out", "orchestrated", "staged",
    ];

    /// <summary>"the killings were the work of soldiers of the FAN", "l'œuvre de l'EIGS": the agent right after, named by whoever tells it.</summary>
    private static readonly string[] WorkOfCues = ["the work of", "the handiwork of", "l oeuvre de", "l oeuvre du", "l oeuvre des", "l oeuvre d"];

    private enum Structure { Membership, Hold, Agent, Work }

    /// <summary>The three structures above in one vocabulary: one look-up per word, and only in a sentence that names an actor.</summary>
    private static readonly PhraseVocabulary<Structure> StructureCues = BuildStructures();

    private static PhraseVocabulary<Structure> BuildStructures()
    {
        var cues = new PhraseVocabulary<Structure>();
        foreach (var (structure, words) in new[] { (Structure.Membership, MembershipCues), (Structure.Hold, HoldCues), (Structure.Agent, AgentCues), (Structure.Work, WorkOfCues) })
            foreach (var word in words)
                cues.AddPhrase(TextNormalizer.Normalize(word), structure);
        return cues;
    }

    /// <summary>Words that refer back to the speaker of the sentence: "the group says it was behind", "affirme qu'il est derrière".</summary>
    private static readonly HashSet<string> SpeakerPronouns = new(StringComparer.Ordinal) { "it", "they", "il", "ils", "elle", "elles", "انها", "انه", "انهم" };

    /// <summary>Between two actors, words that join them into one subject or object: "the army and VDP", "des FAMa et des VDP".</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal)
    {
        "and", "et", "ainsi", "que", "as", "well", "of", "the", "de", "des", "du", "d", "l", "la", "le", "les", "its", "their", "ses", "leurs", "leur", "و",
        // "l'armée malienne et ses partenaires d'Africa Corps", "the army and its allies from Wagner"
        "partenaires", "partners", "allies", "allie", "suppletifs", "auxiliaires", "from",
        // the preposition repeated before each one blamed: "impute … à l'armée et aux VDP", "blamed it on the army and on the militia"
        "a", "au", "aux", "to", "on", "sur",
        "accompagnes", "accompagne", "accompagnees", "appuyes", "epaules", "soutenus", "avec", "accompanied", "backed", "alongside", "with", "supported", "by", "par", "combattants", "fighters", "elements", "برفقه", "بمساعده", "مدعومين",
        // "الجيش المالي وعناصر فاغنر": the members of the one joined, with "and" attached
        "عناصر", "وعناصر", "مقاتلي", "ومقاتلي", "قوات", "وقوات",
    };

    /// <summary>Hedges between the copula and "behind"/"responsible": "was likely behind", "serait vraisemblablement derrière".</summary>
    private static readonly string[] Hedges = ["likely", "probably", "most likely", "almost certainly", "reportedly", "possibly", "also", "probablement", "vraisemblablement", "sans doute", "peut etre", "aussi", "bien"];

    /// <summary>"X تقف وراء الهجوم", "X est derrière l'attaque", "X was behind the attack": a blame whose actor comes first.</summary>
    private static readonly PhraseVocabulary<bool> BehindCues = WithHedges(
        "تقف وراء", "يقف وراء", "وقفت وراء", "وقف وراء", "وراء", "est derriere", "etait derriere", "serait derriere", "was behind", "is behind", "were behind", "are behind",
        // the copula with "responsible": "fighters of FACT were responsible for", "l'EIGS est responsable de"
        "was responsible", "were responsible", "is responsible", "are responsible", "est responsable", "sont responsables", "etait responsable", "etaient responsables", "serait responsable", "seraient responsables");

    private static PhraseVocabulary<bool> WithHedges(params string[] cues)
    {
        var all = new List<string>(cues);
        foreach (var cue in cues)
        {
            var space = cue.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && !IsArabic(cue))
                all.AddRange(Hedges.Select(h => $"{cue[..space]} {h}{cue[space..]}"));
        }
        return ClaimVocabulary.Set([.. all]);
    }

    public static IEnumerable<ResponsibilityClaim> FindAll(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, Func<string, string> actorName, Func<List<TollFinder.Found>>? figures = null, bool readResults = true, Attribution? previous = null, Attribution? previousSubject = null)
    {
        var words = sentence.Words;
        // What was targeted and what the claimant says it did matter only in a sentence that claims: read them then.
        string? target = null;
        List<string>? outcomes = null;
        var targetRead = false;
        string? Targeted()
        {
            if (!targetRead)
                (target, targetRead) = (Target(words, mentions, actorName), true);
            return target;
        }
        List<string> Outcomes() => outcomes ??= ReadOutcomes(words);
        List<TollFinder.Found>? tolls = null;
        List<TollFinder.Found> Tolls() => tolls ??= figures?.Invoke() ?? TollFinder.Find(sentence);
        var found = new List<ResponsibilityClaim>();
        var groups = mentions.Where(m => m.Kind == SourceKind.ArmedGroup && m.Name is not null).ToList();
        var actors = mentions.Where(m => m.Name is not null).ToList();
        var stated = false;
        // A sentence whose verb is a denial claims nothing by its results ("نفت الجماعة أي علاقة لها بانفجار … أسفر عن مقتل").
        var denies = false;
        var deniedAt = -1; // where the first denial is: a force's operation told before it is still claimed

        for (var i = 0; i < words.Count; i++)
        {
            (Structure Value, int Length)? structure = null;
            // "claim" is a cue as the infinitive only ("No group has come forward to claim the attack"), not the noun ("a claim that…").
            if (PhraseMatch.At(words, i, ClaimCues) is { } claim && (claim.Length > 1 || words[i].Text != "claim" || i > 0 && words[i - 1].Text == "to")
                && !(i > 0 && Pluperfect.Contains(words[i - 1].Text) && !Negated(sentence, i)))
            {
                stated = true;
                var last = i + claim.Length - 1;
                // "تنفي مسؤوليتها", "nie toute revendication", "denies responsibility": a denial.
                if (Enumerable.Range(Math.Max(0, i - 2), Math.Min(2, i)).Any(k => PhraseMatch.At(words, k, DenyCues) is not null))
                {
                    if ((Claimant(words, groups, i, last) ?? actors.LastOrDefault(m => m.Last < i)) is { Name: not null } denier)
                        found.Add(new ResponsibilityClaim { Actor = denier.Name, Polarity = ResponsibilityPolarity.Denied, Text = sentence.Text });
                    i = last;
                    continue;
                }
                if (words[i].Text == "unclaimed" || Negated(sentence, i)
                    || last + 2 < words.Count && words[last + 1].Text is "par" or "by" && NegativeAgents.Contains(words[last + 2].Text))
                {
                    found.Add(new ResponsibilityClaim { Polarity = ResponsibilityPolarity.Unclaimed, Text = sentence.Text });
                    i = last;
                    continue;
                }
                if (Claimant(words, groups, i, last) is { } claimant)
                    found.Add(Claimed(claimant.Name!, Targeted(), Outcomes().FirstOrDefault(), sentence.Text));
                i = last;
            }
            else if (PhraseMatch.At(words, i, BehindCues) is { } behind)
            {
                stated = true;
                var last = i + behind.Length - 1;
                // "ISSP fighters were behind the raid, the governor added": reported speech names its speaker after.
                var said = attributions.LastOrDefault(a => a.Last < i && a.Attribution.Kind != SourceKind.ArmedGroup)?.Attribution
                    ?? attributions.FirstOrDefault(a => a.First > i && a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed))?.Attribution;
                // "No one has said it was behind the attack": no claim; "the group says it was behind the kidnapping": its claim.
                if (Negated(sentence, i))
                    found.Add(new ResponsibilityClaim { Polarity = ResponsibilityPolarity.Unclaimed, Text = sentence.Text });
                else if (i > 0 && SpeakerPronouns.Contains(words[i - 1].Text)
                    && attributions.LastOrDefault(a => a.Last < i && a.Attribution is { Kind: SourceKind.ArmedGroup, Name: not null }) is { } speaker)
                    found.Add(Claimed(speaker.Attribution.Name!, Targeted(), Outcomes().FirstOrDefault(), sentence.Text));
                else if (actors.LastOrDefault(m => m.Last < i && i - m.Last <= 3) is { } behindActor)
                    found.Add(new ResponsibilityClaim { Actor = behindActor.Name, Polarity = ResponsibilityPolarity.Blamed, By = said, Attackers = behindActor.Name, Text = sentence.Text });
                i = last;
            }
            else if (i > 0 && SpeakerPronouns.Contains(words[i - 1].Text) && PhraseMatch.At(words, i, ResultCues) is { } result && Negated(sentence, i - 1))
            {
                // "no group has said it carried out the kidnapping", "aucun groupe n'a dit l'avoir mené": the claim's absence.
                stated = true;
                found.Add(new ResponsibilityClaim { Polarity = ResponsibilityPolarity.Unclaimed, Text = sentence.Text });
                i += result.Length - 1;
            }
            else if (PhraseMatch.At(words, i, BlameCues) is { } blame && !AuthorOfDocument(words, i, blame.Length))
            {
                stated = true;
                var last = i + blame.Length - 1;
                // "le JNIM s'attribue l'assaut", "se sont attribué": a group crediting itself claims.
                if (i > 0 && words[i - 1].Text is "s" or "se" && Claimant(words, groups, i, last) is { } self)
                    found.Add(Claimed(self.Name!, Targeted(), Outcomes().FirstOrDefault(), sentence.Text));
                else
                    found.AddRange(Blame(sentence, mentions, attributions, actors, i, last, previous, previousSubject ?? previous));
                i = last;
            }
            // The structures below all need an actor: a sentence without one is not read for them.
            else if ((structure = actors.Count == 0 ? null : PhraseMatch.At(words, i, StructureCues)) is { Value: Structure.Membership } membership && i > 0 && PhraseMatch.Is(words[i - 1], ClaimVocabulary.VictimWords)
                && ClaimVocabulary.VictimWords.TryGetValue(words[i - 1].Text, out var who) && who == "attackers"
                && actors.FirstOrDefault(m => m.First > i + membership.Length - 1 && m.First - (i + membership.Length - 1) <= 5
                    // after a bare copula only articles and "fighters": "were ISWAP fighters", "étaient des combattants de l'EIGS", not "were killed in clashes between JNIM and"
                    && (!Copulas.Contains(words[i].Text) || Enumerable.Range(i + 1, m.First - i - 1).All(k => CleftArticles.Contains(words[k].Text) || FightersWords.Contains(words[k].Text) || words[k].Text is "a" or "an" or "of" or "من"))) is { } member)
            {
                // "the attackers belonged to Katiba Macina", "les assaillants appartenaient à l'EIGS", "المهاجمين ينتمون إلى": a blame by whoever says so.
                stated = true;
                var said = attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed) && a.Attribution.Name != member.Name)?.Attribution;
                found.Add(BlameOf(member, said, sentence));
                i += membership.Length - 1;
            }
            // "has not publicly named the group it holds responsible": a negated naming blames no one.
            else if (structure is { Value: Structure.Hold } hold && !Negated(sentence, i) && HeldResponsible(sentence, mentions, attributions, actors, i, i + hold.Length - 1, previousSubject ?? previous) is { Count: > 0 } held)
            {
                stated = true;
                found.AddRange(held);
                i += hold.Length - 1;
            }
            else if (structure is { Value: Structure.Agent } agent && Agent(sentence, attributions, actors, i, i + agent.Length - 1) is { } perpetrated)
            {
                stated = true;
                found.Add(perpetrated);
                i += agent.Length - 1;
            }
            else if (structure is { Value: Structure.Work } work
                && actors.FirstOrDefault(m => m.First > i + work.Length - 1 && m.First - (i + work.Length - 1) <= 4) is { } worker
                && attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed) && a.Attribution.Name != worker.Name) is { } teller)
            {
                stated = true;
                found.Add(BlameOf(worker, teller.Attribution, sentence));
                i += work.Length - 1;
            }
            else if (PhraseMatch.At(words, i, DenyCues) is { } deny)
            {
                var last = i + deny.Length - 1;
                // What is denied may be a whole clause: "نفت … أن تكون غارتها الجوية على سوق قرب نيونو قد أصابت مدنيين".
                denies = true;
                deniedAt = deniedAt < 0 ? i : deniedAt;
                // "la milice Dan Na Ambassagou, qui a démenti dès mardi": right after a blame in the same sentence, a relative
                // clause's denial answers it, whatever follows.
                var answersBlame = i > 1 && found.Exists(f => f.Polarity == ResponsibilityPolarity.Blamed && f.Actor is not null)
                    && Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(k => words[k].Text is "qui" or "which" or "who" or "الذي" or "التي");
                if (Enumerable.Range(last + 1, Math.Min(20, words.Count - last - 1)).Any(k => PhraseMatch.At(words, k, DenialObjects) is not null)
                    || DisownVerbs.Contains(words[i].Text) || words[i].Readings.Any(DisownVerbs.Contains) || DisownVerbs.Contains(words[last].Text)
                    || Enumerable.Range(Math.Max(0, i - 6), Math.Min(6, i)).Any(k => AccusationNouns.Contains(words[k].Text)) || answersBlame)
                {
                    stated = true;
                    if (Denial(sentence, mentions, actors, i, last) is { } denied)
                    {
                        found.Add(denied);
                        if (denied.Actor is not null && Accuser(sentence, mentions, denied.Actor, last) is { } accuser)
                            found.Add(new ResponsibilityClaim { Actor = denied.Actor, Polarity = ResponsibilityPolarity.Blamed, By = accuser, Attackers = denied.Actor, Text = sentence.Text });
                    }
                }
                // "…, بينما نفت وزارة الدفاع ذلك", "ce que l'armée a démenti": denying what was just said of an actor.
                else if (Enumerable.Range(last + 1, Math.Min(4, words.Count - last - 1)).Any(k => Demonstratives.Contains(words[k].Text))
                    && BlamesByResult(sentence, Tolls(), actors.Where(m => m.Last < i).ToList(), Attribution.None).FirstOrDefault() is { } accused)
                {
                    stated = true;
                    found.Add(accused with { Polarity = ResponsibilityPolarity.Denied, By = null });
                    if (attributions.FirstOrDefault(a => a.Last < i && a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed)) is { } accuser)
                        found.Add(accused with { By = accuser.Attribution });
                }
                // "بينما نفت الجماعة ذلك": denying what the sentence before said of it.
                else if (Enumerable.Range(last + 1, Math.Min(4, words.Count - last - 1)).Any(k => Demonstratives.Contains(words[k].Text)) && Denial(sentence, mentions, actors, i, last) is { } plain)
                {
                    stated = true;
                    found.Add(plain);
                }
                i = last;
            }
        }

        // "JNIM says it killed 30 soldiers", "le FLA affirme avoir détruit le convoi", "أعلنت الجبهة استهداف رتل":
        // a group speaking of what it did claims it.
        // "since last year, when its fighters killed more than 70 civilians": another event's results claim nothing for this one.
        // "The army said its air strikes had killed about 70 terrorists, and denied reports that a wedding had been hit":
        // the force's own operation, told before its denial, is still its claim.
        if (denies && readResults && deniedAt > 0 && found.TrueForAll(f => f.Polarity == ResponsibilityPolarity.Denied) && attributions.All(a => a.Attribution.Kind != SourceKind.ArmedGroup)
            && ForceOfItsOwnOperation(words, Tolls().Where(t => t.Last < deniedAt).ToList(), mentions, attributions) is { } denyingForce)
            found.Add(Claimed(denyingForce.Name!, null, null, sentence.Text));
        if (!stated && !denies && readResults)
        {
            var speaker = attributions.FirstOrDefault(a => a.Attribution.Kind == SourceKind.ArmedGroup && a.Attribution.Name is not null);
            // "جبهة تحرير أزواد التي قالت إن غارة بطائرة مسيّرة تابعة للجيش المالي أدت إلى مقتل ثمانية مدنيين": a group telling
            // of killings another actor did blames that actor; it claims nothing.
            var toldOfOthers = speaker is null ? [] : BlamesByResult(sentence, Tolls(), actors, speaker.Attribution).Where(b => b.Actor != speaker.Attribution.Name).ToList();
            if (toldOfOthers.Count > 0)
                found.AddRange(toldOfOthers);
            else if (speaker is not null && (Outcomes().Count > 0 && !Outcomes().All(o => o == "repelled")
                || Enumerable.Range(0, words.Count).Any(k => PhraseMatch.At(words, k, ResultCues) is not null)
                || Tolls().Any(t => t.Kind is TollKind.Killed or TollKind.Kidnapped && t.Victims is not "attackers" && t.First > speaker.First)))
                found.Add(Claimed(speaker.Attribution.Name!, Targeted(), Outcomes().FirstOrDefault(o => o != "repelled"), sentence.Text));
            // "Dozo hunters killed eight herders, a rights group said", "قالت منظمة العفو إن غارات للجيش قتلت ٣١ مدنيا":
            // someone else saying an actor killed is a blame, by whoever says it.
            else if (speaker is null && attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed)) is { } said)
                found.AddRange(BlamesByResult(sentence, Tolls(), actors, said.Attribution));
            // "c'est l'EIGS qui a fait le coup", "it was ISWAP fighters who came", "عناصر الجماعة هم من نصبوا الكمين": a cleft
            // singles out the doer, and whoever says it blames them.
            if (speaker is null && found.Count == 0 && Cleft(sentence, actors) is { } singled)
                found.Add(BlameOf(singled, attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed) && a.Attribution.Name != singled.Name)?.Attribution, sentence));
            // "an attack by Lakurawa militants, the presidency said", "after Boko Haram fighters attacked their position, the
            // army said": whoever tells of a group's attack blames it.
            if (speaker is null && found.Count == 0 && AttackAgent(sentence, mentions, actors, attributions) is { } attack)
                found.Add(attack);
            // "Les FAMa ont neutralisé 17 terroristes", "the army said its troops had killed 23 militants": a force telling of
            // its own operation claims it (the ClaimsSet's rule since the second writer).
            if (speaker is null && ForceOfItsOwnOperation(words, Tolls(), mentions, attributions) is { } force)
                found.Add(Claimed(force.Name!, Targeted(), Outcomes().FirstOrDefault(o => o != "repelled"), sentence.Text));
        }

        // "la colonne a été détruite et des véhicules saisis": one claim per result the sentence claims.
        foreach (var claim in found.ToList())
            if (claim.Polarity == ResponsibilityPolarity.Claimed)
                found.AddRange(Outcomes().Where(o => o != claim.Outcome && o != "repelled").Select(o => claim with { Outcome = o }));
        return found;
    }


    /// <summary>An attack told as a noun with its agent: "an attack by Lakurawa militants", "l'attaque du JNIM", "هجوم لتنظيم الدولة".</summary>
    private static readonly PhraseVocabulary<bool> AttackNouns = ClaimVocabulary.Set(
        "attack", "attacks", "raid", "raids", "ambush", "assault", "offensive", "incursion", "attaque", "attaques", "embuscade", "assaut", "incursion", "raid",
        "هجوم", "هجمات", "كمين", "غاره", "اعتداء");

    /// <summary>An attack told as a verb with its agent before it: "Boko Haram fighters attacked", "des éléments du JNIM ont attaqué", "هاجم مسلحون من".</summary>
    private static readonly PhraseVocabulary<bool> AttackVerbs = ClaimVocabulary.Set(
        "attacked", "stormed", "ambushed", "raided", "attacking", "storming", "attaque", "ont attaque", "a attaque", "attaquent", "ont pris d assaut", "tendu une embuscade",
        "هاجم", "هاجموا", "هاجمت", "اقتحم", "اقتحموا", "شنوا", "شن");

    /// <summary>Words between an attacking group and its verb: "Boko Haram fighters attacked", "des éléments de l'EIGS ont attaqué".</summary>
    private static readonly HashSet<string> FightersWords = new(StringComparer.Ordinal) { "fighters", "militants", "gunmen", "elements", "members", "insurgents", "combattants", "elements", "hommes", "jihadistes", "مقاتلو", "مسلحو", "عناصر" };

    /// <summary>
    /// A group named as the agent of an attack by someone who is not that group: a noun with its agent ("an attack by
    /// Lakurawa militants", "l'attaque du JNIM", "هجوم لجماعة …") or the group as the subject of an attack verb ("Boko
    /// Haram fighters attacked their position"). Blamed by the sentence's speaker; without one it says nothing.
    /// </summary>
    private static ResponsibilityClaim? AttackAgent(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Mention> actors, List<SourceFinder.Found> attributions)
    {
        var words = sentence.Words;
        var teller = attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed or SourceKind.Media))?.Attribution
            ?? (mentions.FirstOrDefault(m => m.First <= 3 && m.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed or SourceKind.Media)) is { } subject
                ? new Attribution { Kind = subject.Kind, Name = subject.Name, Text = sentence.Quote(subject.First, subject.Last) } : null);
        if (teller is null)
            return null;
        foreach (var group in actors.Where(m => m.Kind == SourceKind.ArmedGroup && m.Name is not null && m.Name != teller.Name))
        {
            // the noun before: "attack by", "attaque du", "هجوم لـ" (the agent's article read off)
            var k = group.First - 1;
            if (k >= 0 && words[k].Text is "by" or "par" or "de" or "du" or "des" or "d" or "of" or "the" or "l" or "la" or "le")
                k--;
            if (k >= 0 && words[k].Text is "by" or "par" or "de" or "du" or "des" or "d")
                k--;
            if (k >= 0 && k < group.First - 1 && PhraseMatch.Is(words[k], AttackNouns))
                return BlameOf(group, teller, sentence);
            if (k >= 0 && k == group.First - 1 && IsArabic(words[group.First].Text) && PhraseMatch.Is(words[k], AttackNouns))
                return BlameOf(group, teller, sentence);
            // the verb after: "Boko Haram fighters attacked", "des éléments du JNIM ont attaqué"
            var v = group.Last + 1;
            while (v < words.Count && v - group.Last <= 2 && FightersWords.Contains(words[v].Text))
                v++;
            if (v < words.Count && PhraseMatch.At(words, v, AttackVerbs) is not null && !Negated(sentence, v))
                return BlameOf(group, teller, sentence);
        }
        return null;
    }

    /// <summary>"X fighters killed 17", "غارات للجيش النيجري قتلت", "killed by X", "tués par X": the actor who did the killing.</summary>
    private static IEnumerable<ResponsibilityClaim> BlamesByResult(ClaimSentence sentence, List<TollFinder.Found> tolls, List<SourceFinder.Mention> actors, Attribution said)
    {
        var words = sentence.Words;
        foreach (var toll in tolls)
        {
            if (toll.Kind is not (TollKind.Killed or TollKind.Kidnapped) || toll.Victims == "attackers")
                continue;
            // The subject, not a complement ("deux morts du côté des FAMa", "جنديين من الجيش المالي" name whose the dead were).
            var doer = actors.LastOrDefault(m => m.Kind is SourceKind.ArmedGroup or SourceKind.Army && m.Last < toll.First && toll.First - m.Last <= 3
                    && (m.First == 0 || !Complements.Contains(words[m.First - 1].Text) || OfTheAttackers(words, m.First - 1)))
                ?? actors.FirstOrDefault(m => m.Kind is SourceKind.ArmedGroup or SourceKind.Army && m.First > toll.Last && m.First - toll.Last <= 3
                    && words[m.First - 1].Text is "by" or "par" or "يد");
            // An army is blamed for civilians' deaths; its own losses ("Niger's army lost five of its men") blame no one.
            if (doer?.Name is null || doer.Name == said.Name || doer.Kind == SourceKind.Army && toll.Victims != "civilians")
                continue;
            // "des militaires de l'armée burkinabè et des VDP ont exécuté": every actor of a joined subject.
            var subject = actors.Where(m => m.Last < doer.First && m.Kind is SourceKind.ArmedGroup or SourceKind.Army).OrderBy(m => m.First)
                .FirstOrDefault(m => Coordinated(words, actors, m).Contains(doer)) ?? doer;
            foreach (var one in Coordinated(words, actors, subject).Where(m => m.Name != said.Name && m.Last <= doer.Last))
                yield return new ResponsibilityClaim { Actor = one.Name, Polarity = ResponsibilityPolarity.Blamed, By = said, Attackers = one.Name, Text = sentence.Text };
            yield break;
        }
    }

    /// <summary>
    /// The state force that says it killed or captured attackers: named before the figure as its doer ("les FAMa ont
    /// neutralisé", "وحداتها تمكنت من تحييد" once "its units" is resolved), told by the force itself, its government or
    /// no one else. Someone else's account ("a resident said the army killed five gunmen") is not the force's claim.
    /// </summary>
    private static SourceFinder.Mention? ForceOfItsOwnOperation(IReadOnlyList<ClaimWord> words, List<TollFinder.Found> tolls, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions)
    {
        if (attributions.Exists(a => a.Attribution.Kind is not (SourceKind.Army or SourceKind.Government or SourceKind.Unattributed)))
            return null;
        foreach (var toll in tolls)
        {
            if (toll.Kind is not (TollKind.Killed or TollKind.Kidnapped) || toll.Victims != "attackers")
                continue;
            // The force is the doer: the verb of killing or capturing stands between it and the figure ("its troops had
            // killed 23", "avoir neutralisé"), not after the figure ("said 12 assailants were neutralised", "11 terroristes
            // neutralisés": a figure the force reports, not an operation it claims).
            if (mentions.LastOrDefault(m => m is { Kind: SourceKind.Army, Name: not null } && m.Last < toll.First) is { } force
                && Math.Max(force.Last, tolls.Where(t => t.Last < toll.First).Select(t => t.Last).DefaultIfEmpty(-1).Max()) is var from
                && Enumerable.Range(from + 1, Math.Max(0, toll.First - from)).Any(k => PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is { Value: TollKind.Killed or TollKind.Kidnapped }))
                return force;
        }
        return null;
    }

    /// <summary>"مسلحين من جبهة تحرير أزواد", "gunmen of ISSP", "des éléments d'Ansarul Islam": a complement that says whose the attackers were.</summary>
    private static bool OfTheAttackers(IReadOnlyList<ClaimWord> words, int complement) =>
        complement > 0 && ClaimVocabulary.VictimWords.TryGetValue(words[complement - 1].Text, out var who) && who == "attackers";

    private static List<string> ReadOutcomes(IReadOnlyList<ClaimWord> words) =>
        Enumerable.Range(0, words.Count).Select(i => PhraseMatch.At(words, i, ClaimVocabulary.OutcomeWords)?.Value).OfType<string>().Distinct().ToList();

    private static ResponsibilityClaim Claimed(string actor, string? target, string? outcome, string text) => new()
    {
        Actor = actor,
        Polarity = ResponsibilityPolarity.Claimed,
        Attackers = actor,
        Target = target,
        Outcome = outcome == "repelled" ? null : outcome,
        Text = text,
    };

    /// <summary>
    /// A negation before the cue in its own clause: "n'a pas été revendiquée", "No group has come forward to claim",
    /// "لم تتبنَّ أي جهة", "دون أن يتبنى أي طرف", up to eight words back, not past a comma or a word that opens
    /// another clause; ambiguous negations only within four words.
    /// </summary>
    private static bool Negated(ClaimSentence sentence, int cue)
    {
        var words = sentence.Words;
        for (var k = cue - 1; k >= Math.Max(0, cue - 8); k--)
        {
            if (words[k].Readings.Any(r => Negations.Contains(r) && (cue - k <= 4 || !WeakNegations.Contains(r))))
                return true;
            if (ClauseOpeners.Contains(words[k].Text) || sentence.Text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).IndexOfAny(",;:") >= 0)
                return false;
        }
        return false;
    }

    /// <summary>
    /// Who claims: after the cue in the passive ("revendiquées par le GSIM", "claimed by") and in Arabic ("تبنته
    /// جماعة…", "تبنى تنظيم الدولة"); else the first group of the clause before it, passing over appositions.
    /// </summary>
    private static SourceFinder.Mention? Claimant(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> groups, int cue, int last)
    {
        var passive = last + 1 < words.Count && words[last + 1].Text is "par" or "by" || last + 2 < words.Count && words[last + 2].Text is "par" or "by";
        var after = groups.Where(g => g.First > last && g.First - last <= 6).OrderBy(g => g.First).FirstOrDefault();
        if (passive && after is not null)
            return after;
        var before = groups.Where(g => g.Last < cue).OrderBy(g => g.First).FirstOrDefault();
        if (IsArabic(words[cue].Text) && words[cue].Text.Contains("تبن", StringComparison.Ordinal))
            return after ?? before;
        return before ?? after;
    }


    /// <summary>
    /// "the government blamed JNIM", "اتهمت الحكومة تنظيم الدولة", "attribuée par les autorités au GSIM", "imputée à
    /// l'ISWAP par les habitants": the actor blamed is the named actor after the cue that is not the one blaming.
    /// </summary>
    private static List<ResponsibilityClaim> Blame(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, List<SourceFinder.Mention> actors, int cue, int last, Attribution? previous, Attribution? pronounFor)
    {
        var words = sentence.Words;
        // "Six men accused of a 2024 ambush on an army patrol", "des hommes accusés d'avoir…": a passive participle with
        // "of" names the accused before it; what follows is the deed, and a name in it ("an army patrol") is not blamed.
        if (last + 1 < words.Count && words[last + 1].Text is "of" or "de" or "d" && words[cue].Text is "accused" or "accuse" or "accuses" or "accusee" or "accusees")
            return actors.LastOrDefault(m => m.Last < cue && cue - m.Last <= 2) is { } accused
                ? [BlameOf(accused, attributions.FirstOrDefault(a => a.Attribution.Kind != SourceKind.Unattributed)?.Attribution, sentence)]
                : [];
        SourceFinder.Mention? by = null;
        Attribution? said = null;
        var par = Enumerable.Range(last + 1, Math.Min(6, Math.Max(0, words.Count - last - 1))).FirstOrDefault(k => words[k].Text is "par" or "by", -1);
        if (par >= 0)
            by = mentions.FirstOrDefault(m => m.First > par && m.First - par <= 3);
        else if (IsArabic(words[cue].Text) && last + 1 < words.Count && (Documents.Contains(words[last + 1].Text) || words[last + 1].Readings.Any(Documents.Contains) || ArabicReports.Contains(words[last + 1].Text)))
            // "وحمّل البيان تنظيم الدولة مسؤولية الهجوم", "ونسب التقرير معظم عمليات القتل إلى": the document speaks for its
            // author, named before (in this sentence or the one before); the name after is the one blamed.
            said = attributions.LastOrDefault(a => a.Last < cue && a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed))?.Attribution
                ?? (previous is { Kind: not (SourceKind.ArmedGroup or SourceKind.Unattributed) } ? previous : null);
        else if (IsArabic(words[cue].Text) && last + 1 < words.Count && words[last + 1].Text is "فيه" or "فيها"
            && mentions.FirstOrDefault(m => m.Last < cue && m.Kind is not (SourceKind.Media or SourceKind.Unattributed) && m.Name is not null) is { } teller)
            // "نشرت الجماعة تسجيلا صوتيا تتهم فيه الجيش المالي": "in which it accuses" has the sentence's subject; every name after is blamed.
            said = new Attribution { Kind = teller.Kind, Name = teller.Name, Text = sentence.Quote(teller.First, teller.Last) };
        else if (IsArabic(words[cue].Text) && cue > 0 && ArabicPronounSubjects.Contains(words[cue - 1].Text))
            // "لكنه حمّل القوات المسلحة المالية وعناصر الفيلق الإفريقي مسؤولية": "but it" is the subject; every name after is blamed.
            said = pronounFor is { Kind: not SourceKind.Unattributed } ? pronounFor : null;
        else if (IsArabic(words[cue].Text))
            // "اتهمت الحكومة النيجرية تنظيم الدولة": the one blaming comes right after the verb, then the one blamed;
            // "واتهموا الجيش": a verb that carries its subject ("they accused") names the one blamed right after it.
            // "وكانت السلطات قد اتهمت الجماعة": a subject put before the verb leaves the name after it as the one blamed.
            by = CarriesSubject(words[cue]) || IsVerbalNoun(words[cue]) ? mentions.LastOrDefault(m => m.Last < cue && m.Kind != SourceKind.ArmedGroup)
                                // "جبهة تحرير أزواد تتهم الجيش": a group right before the verb is its subject, as in a headline.
                : mentions.LastOrDefault(m => m.Last < cue && cue - m.Last <= (m.Kind == SourceKind.ArmedGroup ? 1 : 3) && m.Kind is not (SourceKind.Media or SourceKind.Unattributed) && (m.Kind != SourceKind.ArmedGroup || m.Name is not null))
                    ?? mentions.FirstOrDefault(m => m.First > last && m.First - last <= 2)
                    ?? mentions.LastOrDefault(m => m.Last < cue && m.Kind != SourceKind.ArmedGroup);
        else if (!IsArabic(words[cue].Text) && DocumentSubject(sentence, mentions, cue) && (attributions.LastOrDefault(a => a.Last < cue && a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed))?.Attribution ?? previous) is { Kind: not (SourceKind.ArmedGroup or SourceKind.Unattributed) } author)
            // "The note, which covers 212 incidents, attributes most killings to JNIM", "Le rapport impute … à l'armée": a
            // document speaks for whoever issued it, the source named before it.
            said = author;
        else if (!IsArabic(words[cue].Text) && JoinedToTheSentenceSubject(sentence, mentions, cue) is { } head)
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
        if (by is not null && by.First > last && by.Name is not null && IsArabic(words[cue].Text) && !actors.Exists(m => m.First > by.Last && m.First - by.Last <= 10))
        {
            said ??= attributions.LastOrDefault(a => a.Last < cue && a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed))?.Attribution
                // "وحمّل المكتب الجيش المالي مسؤولية الضربة": the bare noun stands for the source the story named before.
                ?? (previous is { Kind: not (SourceKind.ArmedGroup or SourceKind.Unattributed) } ? previous : null);
            by = null;
        }
        var actor = actors.Where(m => m.First > last && m.First - last <= 10 && m != by).OrderBy(m => m.First).FirstOrDefault()
            // "pinned the blame for the killing of … squarely on JNIM", "a imputé l'attaque à la secte Boko Haram", "نسب الهجوم إلى":
            // the one blamed is the object of the verb's preposition, however long the thing blamed.
            ?? actors.Where(m => m.First > last && m.First - last <= 25 && m != by
                && Enumerable.Range(Math.Max(last + 1, m.First - 3), Math.Min(3, m.First - last - 1)).Any(k => words[k].Text is "on" or "upon" or "sur" or "a" or "au" or "aux" or "to" || words[k].Readings.Contains("الى")))
                .OrderBy(m => m.First).FirstOrDefault();
        // "Le groupe est soupçonné par les autorités de l'attaque", "Boko Haram, …, was blamed by the governor": in the
        // passive the one blamed is the subject, before the verb.
        // "des violences que des habitants lui attribuaient": the pronoun before the verb is the sentence's subject.
        if (actor is null && cue > 0 && words[cue - 1].Text is "lui" or "leur" or "l" || actor is null && by is not null && by.First > 0 && words[by.First - 1].Text is "que" or "qu")
            actor = actors.FirstOrDefault(m => m.Last < cue && m != by && (by is null || m.Last < by.First));
        if (actor is null && par >= 0)
            actor = actors.LastOrDefault(m => m.Last < cue && cue - m.Last <= 4 && m != by) ?? actors.FirstOrDefault(m => m.Last < cue && m != by);
        if (actor is null)
            return [];
        var blamer = said ?? (by is not null
            ? new Attribution { Kind = by.Kind, Name = by.Name, Text = sentence.Quote(by.First, by.Last) }
            : attributions.FirstOrDefault()?.Attribution);
        // "It blames the attack on JNIM", "Il a désigné comme responsables", "ce dernier accuse en retour": a pronoun subject
        // stands for the source the story named before.
        if ((blamer is null or { Kind: SourceKind.Unattributed, Name: null } || blamer.Name == actor.Name) && PronounSubject(sentence, cue) && pronounFor is { Kind: not SourceKind.Unattributed } && pronounFor.Name != actor.Name)
            blamer = pronounFor;
        return Coordinated(words, actors, actor).Select(blamed => BlameOf(blamed, blamer, sentence)).ToList();
    }


    /// <summary>"un texte attribué au groupe", "a message attributed to JNIM": a participle naming a document's author, not a blame.</summary>
    private static bool AuthorOfDocument(IReadOnlyList<ClaimWord> words, int cue, int length)
    {
        var document = cue > 0 && Documents.Contains(words[cue - 1].Text) || cue > 1 && Documents.Contains(words[cue - 2].Text);
        var next = cue + length;
        return document && (next >= words.Count || words[next].Text is "a" or "au" or "aux" or "to" or "par" or "by" || words[next].Readings.Contains("الى"));
    }

    /// <summary>Pronouns and "the latter" that stand for someone named in an earlier sentence.</summary>
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "it", "he", "she", "they", "il", "elle", "ils", "elles", "dernier", "derniere", "latter" };

    /// <summary>The blame verb's own clause opens with a pronoun subject and names no source before the verb: "It blames", "Il a désigné", "ce dernier, dans sa revue, accuse".</summary>
    private static bool PronounSubject(ClaimSentence sentence, int cue)
    {
        var words = sentence.Words;
        var start = ClauseStart(sentence, cue);
        for (var k = start; k < cue && k - start <= 4; k++)
            if (SubjectPronouns.Contains(words[k].Text))
                return true;
        return false;
    }

    /// <summary>Arabic words for a report, which speaks for whoever issued it: "ونسب التقرير".</summary>
    private static readonly HashSet<string> ArabicReports = new(StringComparer.Ordinal) { "التقرير", "تقرير", "البلاغ", "المذكره", "الدراسه" };

    /// <summary>A conjunction or particle carrying the subject pronoun: "لكنه حمّل", "إنها تتهم", "وهو يحمل".</summary>
    private static readonly HashSet<string> ArabicPronounSubjects = new(StringComparer.Ordinal) { "لكنه", "لكنها", "ولكنه", "ولكنها", "انه", "انها", "وهو", "وهي", "كما انه", "كما انها" };

    /// <summary>Documents that speak for whoever issued them: "the report", "la note", "le document", "the findings".</summary>
    private static readonly HashSet<string> IssuedDocuments = new(StringComparer.Ordinal)
    {
        "report", "note", "document", "findings", "statement", "communique", "rapport", "declaration", "study", "etude", "survey", "enquete", "investigation", "review", "bulletin", "update",
    };

    /// <summary>The blame verb's subject is a document: "The note, which covers 212 incidents, attributes", "Le rapport, de 48 pages, impute", "Le document attribue".</summary>
    private static bool DocumentSubject(ClaimSentence sentence, List<SourceFinder.Mention> mentions, int cue)
    {
        var words = sentence.Words;
        var start = ClauseStart(sentence, cue);
        // past an aside set off by commas: the subject is the first noun of the sentence or clause
        for (var k = start; k < cue && k - start <= 3; k++)
        {
            if (!IssuedDocuments.Contains(words[k].Text))
                continue;
            return k == start || Enumerable.Range(start, k - start).All(j => CleftArticles.Contains(words[j].Text) || words[j].Text is "this" or "that" or "its" or "their" or "son" or "sa" or "leur" or "ce" or "cette" or "a" or "an" or "un" or "une");
        }
        return false;
    }

    /// <summary>Where the clause of a word starts: after the last ";" or sentence-initial aside, else at the sentence start (asides between commas are passed over).</summary>
    private static int ClauseStart(ClaimSentence sentence, int cue)
    {
        var words = sentence.Words;
        for (var k = cue - 1; k > 0; k--)
            if (sentence.Text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(";:") >= 0)
                return k;
        return 0;
    }

    /// <summary>
    /// "JNIM denied responsibility …, where the government says 132 died, and blamed the army", "Le FLA dément et accuse
    /// l'armée": a verb right after "and" whose clause names no one of its own shares the sentence's subject, the source
    /// that opens the sentence.
    /// </summary>
    private static SourceFinder.Mention? JoinedToTheSentenceSubject(ClaimSentence sentence, List<SourceFinder.Mention> mentions, int cue)
    {
        var words = sentence.Words;
        if (cue < 2 || words[cue - 1].Text is not ("and" or "et") || !sentence.Text.AsSpan(words[cue - 2].End, words[cue - 1].Start - words[cue - 2].End).Contains(','))
            return null;
        var head = mentions.FirstOrDefault(m => m.First <= 1 && m.Kind is not (SourceKind.Media or SourceKind.Unattributed) && m.Name is not null);
        return head is not null && !mentions.Exists(m => m != head && m.Last < cue && m.First > head.Last && m.Name is not null && m.Kind == head.Kind) ? head : null;
    }

    /// <summary>A subject set off by a relative clause ("L'organisation, qui a interrogé 31 témoins, attribue") is the name before the relative.</summary>
    private static SourceFinder.Mention Antecedent(ClaimSentence sentence, List<SourceFinder.Mention> mentions, SourceFinder.Mention subject, int cue)
    {
        var words = sentence.Words;
        if (!sentence.Text.AsSpan(words[subject.Last].End, words[cue].Start - words[subject.Last].End).Contains(','))
            return subject;
        for (var k = subject.First - 1; k > 0; k--)
        {
            if (words[k].Text is not ("qui" or "which" or "who" or "الذي" or "التي"))
                continue;
            if (!sentence.Text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains(','))
                return subject;
            return mentions.LastOrDefault(m => m.Last < k && k - m.Last <= 2) ?? subject;
        }
        return subject;
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
    private static readonly HashSet<string> Companions = new(StringComparer.Ordinal)
    {
        "accompagnes", "accompagne", "accompagnees", "appuyes", "epaules", "soutenus", "avec", "accompanied", "backed", "alongside", "with", "supported", "برفقه", "بمساعده", "مدعومين",
    };

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
            var and = gap.Any(k => words[k].Text is "and" or "et" or "و" || Companions.Contains(words[k].Text) || k == previous.Last + 1 && words[k].Text.StartsWith('و') && Joiners.Contains(words[k].Text[1..]))
                || words[next.First].Text.StartsWith('و') && gap.Count == 0;
            if (gap.Count > (gap.Exists(k => Companions.Contains(words[k].Text)) ? 6 : 4) || !and || !gap.All(k => Joiners.Contains(words[k].Text)))
                break;
            if (next.Name != previous.Name && joined.TrueForAll(j => j.Name != next.Name))
                joined.Add(next);
            previous = next;
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
        var by = mentions.LastOrDefault(m => m.Last < cue && cue - m.Last <= 6);
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
    private static ResponsibilityClaim? Agent(ClaimSentence sentence, List<SourceFinder.Found> attributions, List<SourceFinder.Mention> actors, int cue, int last)
    {
        var words = sentence.Words;
        var by = Enumerable.Range(last + 1, Math.Max(0, Math.Min(3, words.Count - last - 1))).FirstOrDefault(k => words[k].Text is "par" or "by", -1);
        if (by < 0 || actors.FirstOrDefault(m => m.First > by && m.First - by <= 3 && m.Kind == SourceKind.ArmedGroup) is not { } actor)
            return null;
        var said = attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed) && a.Attribution.Name != actor.Name)?.Attribution;
        return said is null ? null : BlameOf(actor, said, sentence);
    }

    /// <summary>"Dan Na Ambassagou dément toute implication", "nie toute implication des VDP", "نفى الجيش المالي".</summary>
    private static ResponsibilityClaim? Denial(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Mention> actors, int cue, int last)
    {
        var words = sentence.Words;
        // "toute implication des VDP", "تورط متطوعي الدفاع": the actor the denial clears, when named after what is denied.
        var involvement = Enumerable.Range(last + 1, Math.Min(6, Math.Max(0, words.Count - last - 1)))
            .FirstOrDefault(k => words[k].Text is "implication" or "involvement" or "تورط" or "responsabilite", -1);
        var cleared = involvement >= 0 ? actors.FirstOrDefault(m => m.First > involvement && m.First - involvement <= 3) : null;
        // "denied that its VDP militia was involved": the actor named between the verb and what is denied.
        var denied = Enumerable.Range(last + 1, Math.Min(8, Math.Max(0, words.Count - last - 1))).FirstOrDefault(k => PhraseMatch.At(words, k, DenialObjects) is not null, -1);
        cleared ??= denied > last + 1 ? actors.FirstOrDefault(m => m.First > last && m.Last < denied) : null;
        var subject = DenyParticiples.Contains(words[cue].Text)
            // "…، في حين نسب الجيش المالي القتل إلى الجماعة، نافيا": the subject of the clause the participle hangs on.
            ? mentions.FirstOrDefault(m => m.First >= ArabicClauseStart(words, cue) && m.Last < cue && m.Kind is not (SourceKind.Media or SourceKind.Unattributed))
                ?? mentions.FirstOrDefault(m => m.Last < cue && m.Kind is not (SourceKind.Media or SourceKind.Unattributed))
            // "ISSP accused JNIM of the same massacre and denied any role": a verb joined by "and" shares its clause's subject.
            : !IsArabic(words[cue].Text) && (cue > 0 && words[cue - 1].Text is "and" or "et" || cue > 1 && words[cue - 2].Text is "and" or "et" && words[cue - 1].Text.EndsWith("ly", StringComparison.Ordinal))
                && ClauseSubject(sentence, mentions, cue) is { } shared
                ? shared
            : IsArabic(words[cue].Text)
            ? mentions.FirstOrDefault(m => m.First > last && m.First - last <= 2)
                // "جبهة تحرير أزواد تنفي في بيان": a named actor right before the verb is its subject, as in a headline.
                ?? mentions.LastOrDefault(m => m.Last == cue - 1 && m.Name is not null)
            // "la milice Dan Na Ambassagou, qui a démenti": a relative right before the verb has the name before it as subject.
            : cue > 1 && words[cue - 1].Text is "qui" or "which" or "who" || cue > 2 && words[cue - 2].Text is "qui" or "which" or "who"
                ? mentions.LastOrDefault(m => m.Last < cue && m.Name is not null && m.Kind != SourceKind.Media && cue - m.Last <= 4)
            // "The army's spokesman rejected": the named actor the speaker speaks for, before the speaker's own title.
            : mentions.LastOrDefault(m => m.Last < cue && cue - m.Last <= 5 && m.Name is not null && m.Kind != SourceKind.Media)
                ?? mentions.LastOrDefault(m => m.Last < cue && cue - m.Last <= 5)
                // "Le FLA, qui contrôle une partie de la zone, a nié": past a relative clause, its antecedent.
                ?? RelativeAntecedent(sentence, mentions, cue)
                // "Mali's army said … and denied any abuse": a verb joined to the sentence's first one shares its subject.
                ?? (cue > 0 && words[cue - 1].Text is "and" or "et" ? mentions.FirstOrDefault(m => m.Last < cue && m.Name is not null && m.Kind != SourceKind.Media) : null);
        var actor = cleared ?? (subject?.Name is not null ? subject : null);
        // "Bamako a démenti toute implication de ses forces", "a defence ministry spokesman dismissed the report": no actor
        // named; the story resolves it to the one it reported accused (ClaimExtractor).
        if (actor is null)
            return new ResponsibilityClaim
            {
                Polarity = ResponsibilityPolarity.Denied,
                By = subject is null ? null : new Attribution { Kind = subject.Kind, Name = subject.Name, Text = sentence.Quote(subject.First, subject.Last) },
                Text = sentence.Text,
            };
        var by = subject is not null && subject != actor ? new Attribution { Kind = subject.Kind, Name = subject.Name, Text = sentence.Quote(subject.First, subject.Last) } : null;
        return new ResponsibilityClaim { Actor = actor.Name, Polarity = ResponsibilityPolarity.Denied, By = by, Text = sentence.Text };
    }

    private static readonly HashSet<string> CleftArticles = new(StringComparer.Ordinal) { "l", "la", "le", "les", "the", "des", "de", "du", "d" };
    private static readonly HashSet<string> CleftCopulas = new(StringComparer.Ordinal) { "est", "etait", "sont", "etaient", "was", "is", "were", "are" };
    private static readonly HashSet<string> CleftMembers = new(StringComparer.Ordinal) { "fighters", "men", "militants", "elements", "members", "combattants", "hommes", "elements", "membres", "جماعه", "عناصر" };

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
            if (after >= words.Count || words[after].Text is not ("qui" or "who" or "that"))
                continue;
            var k = m.First - 1;
            while (k > 0 && m.First - k <= 2 && CleftArticles.Contains(words[k].Text))
                k--;
            if (k > 0 && CleftCopulas.Contains(words[k].Text) && words[k - 1].Text is "c" or "ce" or "it")
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

    /// <summary>The name right before ", qui/which/who/الذي" when the verb follows that relative clause: its subject.</summary>
    private static SourceFinder.Mention? RelativeAntecedent(ClaimSentence sentence, List<SourceFinder.Mention> mentions, int cue)
    {
        var words = sentence.Words;
        for (var k = cue - 1; k > 0 && cue - k <= 16; k--)
        {
            if (words[k].Text is not ("qui" or "which" or "who" or "الذي" or "التي"))
                continue;
            if (!sentence.Text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains(','))
                return null;
            // the relative must be closed before the verb: "Le FLA, qui contrôle …, a nié"
            if (!sentence.Text.AsSpan(words[k].End, words[cue].Start - words[k].End).Contains(','))
                return null;
            return mentions.LastOrDefault(m => m.Last < k && k - m.Last <= 2 && m.Kind is not (SourceKind.Media or SourceKind.Unattributed));
        }
        return null;
    }

    /// <summary>The first named source of the clause a verb is in: after the last comma or clause opener before it.</summary>
    private static SourceFinder.Mention? ClauseSubject(ClaimSentence sentence, List<SourceFinder.Mention> mentions, int cue)
    {
        var words = sentence.Words;
        var start = 0;
        for (var k = cue - 1; k > 0 && start == 0; k--)
            if (ClauseOpeners.Contains(words[k].Text) && words[k].Text is not ("and" or "et" or "و") || sentence.Text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(",;") >= 0)
                start = k;
        return mentions.FirstOrDefault(m => m.First >= start && m.Last < cue && m.Kind is not (SourceKind.Media or SourceKind.Unattributed));
    }

    /// <summary>"سارعت السلطات إلى اتهام تنظيم الدولة": a verbal noun's doer is named before it, the one blamed after.</summary>
    private static bool IsVerbalNoun(ClaimWord word) => word.Text is "اتهام" or "باتهام" or "تحميل";

    /// <summary>Where the Arabic clause before a word starts: after the last "في حين", "بينما", "فيما", "لكن", "أما".</summary>
    private static int ArabicClauseStart(IReadOnlyList<ClaimWord> words, int cue)
    {
        for (var k = cue - 1; k > 0; k--)
            if (words[k].Text is "حين" or "بينما" or "فيما" or "لكن" or "ولكن" or "اما" or "وفي" || words[k].Readings.Any(r => r is "بينما" or "فيما" or "لكن"))
                return k + 1;
        return 0;
    }

    private static bool IsArabic(string word) => word.Length > 0 && word[0] is >= '\u0600' and <= '\u06FF';

    /// <summary>An Arabic past verb with its plural subject attached ("اتهموا", "قالوا"): its subject is not the name after it.</summary>
    private static bool CarriesSubject(ClaimWord word) => IsArabic(word.Text) && word.Text.Length > 4 && word.Text.EndsWith("وا", StringComparison.Ordinal);

    /// <summary>Words between a target and the force it belongs to: "convoi des FAMa", "قافلة عسكرية تابعة للجيش".</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "de", "des", "du", "d", "l", "la", "le", "les", "of", "the", "militaire", "military", "army", "عسكريه", "تابعه",
    };

    private static string? Target(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> mentions, Func<string, string> actorName)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (PhraseMatch.At(words, i, ClaimVocabulary.TargetWords) is not { } target)
                continue;
            // "convoi des FAMa", "قافلة للجيش المالي", "army convoy": the force it belonged to, when named.
            var end = i + target.Length - 1;
            var owner = mentions.Where(m => m.Kind == SourceKind.Army && m.Name is not null
                    && (m.Last == i - 1 || m.First > end && m.First - end <= 4 && Enumerable.Range(end + 1, m.First - end - 1).All(k => Connectors.Contains(words[k].Text))))
                .OrderBy(m => Math.Abs(m.First - i)).FirstOrDefault();
            return owner is null ? target.Value : $"{target.Value} ({actorName(owner.Name!)})";
        }
        return null;
    }
}
