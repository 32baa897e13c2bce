using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Session 7: who blames, when the construction that found the blame left its blamer out. The blame paradigm's cells
/// read here: the speaker of reported speech named after the clause or the quote ("« Je tiens le JNIM pour responsable »,
/// a ajouté le chef", "\"We hold Boko Haram responsible,\" the village head said"), and the one who believes ("Residents
/// believe the kidnappers were…", "Les habitants pensent que…", "ويعتقد الأهالي أن…"); and a capital after "in", "à", "في"
/// is a place, not the government speaking ("media in Ouagadougou attributed it to JNIM").
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Verbs of belief and of telling what one saw, whose subject is the one blaming: "believe", "pensent", "يعتقد", "تقول".</summary>
    private static readonly HashSet<string> BeliefVerbs = new(StringComparer.Ordinal)
    {
        "believe", "believes", "believed", "think", "thinks", "thought", "suspect", "suspects", "are convinced", "convinced", "insist", "insists", "know", "knows",
        "pensent", "pense", "pensait", "pensaient", "croient", "croit", "croyaient", "estiment", "estime", "estimaient", "sont convaincus", "convaincus", "convaincu", "convaincue",
        "soupconnent", "affirment", "assurent", "racontent", "temoignent",
        "يعتقد", "ويعتقد", "تعتقد", "وتعتقد", "يعتقدون", "يرى", "ويرى", "ترى", "وترى", "يرون", "تقول", "وتقول", "يقول", "ويقول", "يقولون", "ويقولون", "يؤكد", "ويؤكد", "تؤكد", "وتؤكد", "يؤكدون",
        "يشتبه", "ويشتبه", "يتهم", "يرجح", "ويرجح", "ترجح", "وترجح", "يرجحون",
        // Session 10, round 18: the past of "رجّح" ("ورجّح المصدر أن يكون الخاطفون من عناصر التنظيم")
        "رجح", "ورجح", "رجحت", "ورجحت",
    };

    /// <summary>Session 10, round 18: Arabic verbs of saying that open a sentence before their subject ("وقال المصدر", "وأضافت الشركة").</summary>
    private static readonly HashSet<string> ArabicSayingVerbs = new(StringComparer.Ordinal)
    {
        "قال", "وقال", "قالت", "وقالت", "اضاف", "واضاف", "اضافت", "واضافت", "اكد", "واكد", "اكدت", "واكدت", "اوضح", "واوضح", "اوضحت", "واوضحت",
        "ذكر", "وذكر", "ذكرت", "وذكرت", "اشار", "واشار", "اشارت", "واشارت", "افاد", "وافاد", "افادت", "وافادت",
    };

    /// <summary>
    /// Fills in who blames for blames that name no one: the sentence's speaker named anywhere in it (after the quote or the
    /// clause, "…, a ajouté le chef coutumier"), else a source that is the subject of a verb of belief ("Residents believe",
    /// "ويعتقد أهالي المخطوفين أن"). The one blamed never blames itself.
    /// </summary>
    private static void SpeakerOfUnnamedBlames(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, List<ResponsibilityClaim> found)
    {
        if (!found.Exists(f => f.Polarity == ResponsibilityPolarity.Blamed && f.By is null))
            return;
        for (var k = 0; k < found.Count; k++)
        {
            var blame = found[k];
            if (blame.Polarity != ResponsibilityPolarity.Blamed || blame.By is not null)
                continue;
            var speaker = attributions.FirstOrDefault(a => a.Attribution.Kind != SourceKind.Unattributed && a.Attribution.Name != blame.Actor)?.Attribution
                ?? Believer(sentence, mentions, blame.Actor) ?? InvertedSpeaker(sentence, mentions, blame.Actor);
            if (speaker is not null)
                found[k] = blame with { By = speaker };
        }
    }

    /// <summary>
    /// The speaker put after the verb of saying that closes a quote or a clause: "…, a ajouté le chef coutumier", "…, said the
    /// village head", "…», estime un notable". Only past a comma or a closing quote, with nothing but articles between.
    /// </summary>
    private static Attribution? InvertedSpeaker(ClaimSentence sentence, List<SourceFinder.Mention> mentions, string? blamed)
    {
        var words = sentence.Words;
        for (var v = 1; v < words.Count; v++)
        {
            if (!SpeechVerbs.Contains(words[v].Text) && !BeliefVerbs.Contains(words[v].Text) || words[v].Text == "a")
                continue;
            var start = v > 1 && words[v - 1].Text == "a" ? v - 1 : v;
            if (start == 0 || sentence.Between(start - 1, start).IndexOfAny([',', '»', '"', '”', '،']) < 0)
                continue;
            var subject = mentions.FirstOrDefault(m => m.First > v && m.First - v <= 3
                && Enumerable.Range(v + 1, m.First - v - 1).All(k => CleftArticles.Contains(words[k].Text) || words[k].Text is "un" or "une" or "des" or "a" or "an"));
            if (subject is { Kind: not (SourceKind.Unattributed or SourceKind.ArmedGroup) } && subject.Name != blamed)
                return new Attribution { Kind = subject.Kind, Name = subject.Name, Text = sentence.Quote(subject.First, subject.Last) };
        }
        return null;
    }

    /// <summary>The subject of a verb of belief: a source right before it ("Residents believe"), or, in Arabic, right after it ("ويعتقد أهالي").</summary>
    private static Attribution? Believer(ClaimSentence sentence, List<SourceFinder.Mention> mentions, string? blamed)
    {
        var words = sentence.Words;
        for (var v = 0; v < words.Count; v++)
        {
            if (!BeliefVerbs.Contains(words[v].Text))
                continue;
            var subject = mentions.LastOrDefault(m => m.Last < v && v - m.Last <= 2 && m.Name != blamed)
                ?? mentions.FirstOrDefault(m => m.First > v && m.First - v <= 1 && ArabicScript.Starts(words[v].Text) && m.Name != blamed);
            if (subject is { Kind: not (SourceKind.Unattributed or SourceKind.ArmedGroup) })
                return new Attribution { Kind = subject.Kind, Name = subject.Name, Text = sentence.Quote(subject.First, subject.Last) };
        }
        return null;
    }

    /// <summary>Session 9, round 16: a speaker "of the group" ("un porte-parole du groupe", "a spokesman for the movement", "المتحدث باسم الجماعة") speaks for the group.</summary>
    /// The words looked at are the speaker's and the three after it in the sentence ("un porte-parole" + "du groupe").
    internal static bool SpeaksForAGroup(Attribution speaker, string sentence)
    {
        var at = sentence.IndexOf(speaker.Text, StringComparison.Ordinal);
        var text = at < 0 ? speaker.Text : sentence[at..];
        return TextNormalizer.Normalize(text).Split(' ').Take(TextNormalizer.Normalize(speaker.Text).Split(' ').Length + 3)
            .Any(w => w is "groupe" or "group" or "mouvement" or "movement" or "الجماعه" or "التنظيم" or "الحركه" or "جماعه" or "تنظيم");
    }

    /// <summary>Capitals that stand for their governments ("Bamako accuse", "Niamey dément"), except as places.</summary>
    private static readonly HashSet<string> Capitals = new(StringComparer.Ordinal)
    {
        "bamako", "ouagadougou", "niamey", "ndjamena", "nouakchott", "abuja", "باماكو", "واغادوغو", "نيامي", "انجامينا", "نواكشوط", "ابوجا",
    };

    /// <summary>"media in Ouagadougou", "des sources à Bamako", "مصادر في نيامي": a capital after a preposition of place is the place.</summary>
    internal static bool CapitalAsPlace(IReadOnlyList<ClaimWord> words, SourceFinder.Mention mention) =>
        mention.Kind == SourceKind.Government && mention.First == mention.Last && mention.First > 0
        && (Capitals.Contains(words[mention.First].Text) || words[mention.First].Readings.Any(Capitals.Contains))
        && words[mention.First - 1].Text is "in" or "from" or "at" or "a" or "de" or "depuis" or "في" or "من";

    /// <summary>
    /// Nouns by which a story refers again to a source it named before: "the spokesman", "l'ONG", "ce collectif", "the
    /// Project", "الشبكة", "المنسقية" (normalised: "ه" for "ة", bare alef).
    /// </summary>
    private static readonly HashSet<string> AnaphoricSourceNouns = new(StringComparer.Ordinal)
    {
        "spokesman", "spokeswoman", "spokesperson", "organisation", "organization", "ngo", "network", "collective", "coordination", "project", "association", "command",
        "office", "monitor", "forum", "committee", "commission", "council", "union", "coalition", "platform", "observatory", "agency", "body",
        "porte", "organisation", "ong", "reseau", "collectif", "coordination", "projet", "association", "commandement", "bureau", "comite", "commission", "conseil",
        "observatoire", "syndicat", "plateforme", "coalition", "agence", "mission",
        "الشبكه", "المنسقيه", "التنسيقيه", "المنظمه", "الهيئه", "المكتب", "الناطق", "المتحدث", "الجمعيه", "اللجنه", "المجلس", "الائتلاف", "المرصد", "القياده", "الوكاله",
        // Session 10, round 18: the source and the firm named again ("The source said the kidnappers were…", "La source estime",
        // "ورجّح المصدر", "The firm believes", "Le cabinet estime", "وترجح الشركة")
        "source", "firm", "company", "consultancy", "cabinet", "societe", "entreprise", "المصدر", "الشركه",
    };

    private static readonly HashSet<string> Definites = new(StringComparer.Ordinal) { "the", "this", "le", "la", "l", "ce", "cet", "cette", "les", "ces" };

    /// <summary>
    /// A blame whose subject is a source referred to again by a bare definite noun at the head of the sentence (not "the
    /// police spokesman", which names its source anew) ("The
    /// spokesman attributed the attacks to ISWAP", "The command's spokesman attributed", "L'ONG … tient les FAMa pour
    /// responsables", "وحمّلت الشبكة قوات الدعم السريع المسؤولية", "واتهمت المنسقية"): the blamer is the source the story
    /// named before, not the kind the bare noun suggests nor the witnesses that source quoted.
    /// </summary>
    private static void AnaphoricBlamer(ClaimSentence sentence, List<ResponsibilityClaim> found, Attribution? before)
    {
        if (before is null or { Kind: SourceKind.Unattributed or SourceKind.Media } || !found.Exists(f => f.Polarity == ResponsibilityPolarity.Blamed))
            return;
        var words = sentence.Words;
        var k = words.Count > 0 && words[0].Text is "and" or "but" or "et" or "mais" ? 1 : 0;
        var noun = -1;
        if (k < words.Count && ArabicScript.Starts(words[k].Text))
        {
            // verb first, then the definite noun: "وحمّلت الشبكة", "واتهمت المنسقية"
            // Session 10, round 18: or a verb of saying or believing ("ورجّح المصدر أن", "وقالت الشركة إن")
            if (k + 1 < words.Count && (PhraseMatch.At(words, k, BlameCues) is not null || BeliefVerbs.Contains(words[k].Text) || ArabicSayingVerbs.Contains(words[k].Text))
                && AnaphoricSourceNouns.Contains(words[k + 1].Text))
                noun = k + 1;
        }
        else if (k < words.Count && Definites.Contains(words[k].Text))
        {
            // "the spokesman", "the command's spokesman", "l'ONG", "le porte-parole": the noun within three words of the article, before any verb of blame
            // (only such nouns between: "the police spokesman" is the police, named anew)
            for (var j = k + 1; j < words.Count && j - k <= 3 && (AnaphoricSourceNouns.Contains(words[j].Text) || words[j].Text == "s"); j++)
                if (AnaphoricSourceNouns.Contains(words[j].Text))
                    noun = j;
        }
        if (noun < 0)
            return;
        var head = words[noun].Text;
        for (var f = 0; f < found.Count; f++)
            if (found[f] is { Polarity: ResponsibilityPolarity.Blamed } blame && blame.Actor != before.Name
                && (blame.By is null || TextNormalizer.Normalize(blame.By.Text).Split(' ').Contains(head) || blame.By.Kind is SourceKind.Local or SourceKind.Unattributed))
                found[f] = blame with { By = before };
    }

    /// <summary>
    /// "Le gouverneur a réagi. « C'est l'EIGS qui a fait ça », a-t-il dit.", "The governor reacted. It was ISWAP who did this,
    /// he said.": an attribution running from a group to a pronoun and a verb of saying is the pronoun's, whom the subject of
    /// the sentence before stands for; the group is what is said, not who says it.
    /// </summary>
    private static List<SourceFinder.Found> PronounSpeakers(ClaimSentence sentence, List<SourceFinder.Found> attributions, Attribution? before)
    {
        if (before is null or { Kind: SourceKind.Unattributed or SourceKind.Media or SourceKind.ArmedGroup } || !attributions.Exists(a => a.Attribution.Kind == SourceKind.ArmedGroup))
            return attributions;
        var words = sentence.Words;
        bool PronounSaid(SourceFinder.Found a) => a.Attribution.Kind == SourceKind.ArmedGroup && a.Attribution.Name != before.Name && a.Last > a.First
            && Enumerable.Range(Math.Max(a.First + 1, a.Last - 3), a.Last - Math.Max(a.First + 1, a.Last - 3) + 1)
                .Any(k => words[k].Text is "il" or "elle" or "he" or "she" && (words[k - 1].Text == "t" || sentence.Between(k - 1, k).IndexOfAny([',', '»', '"', '”']) >= 0));
        // Session 12, round 23: "He said JNIM fighters also abducted three women", "He said ISSP and JNIM were responsible": a
        // group right after a pronoun's verb of saying is what the pronoun says, not an inverted "…, said JNIM".
        bool PronounSaysGroup(SourceFinder.Found a) => a.Attribution.Kind == SourceKind.ArmedGroup && a.Attribution.Name != before.Name && a.First > 0
            && SpeechVerbs.Contains(words[a.First].Text) && words[a.First - 1].Text is "he" or "she" or "they" or "il" or "elle" or "ils" or "elles"
            && (a.First == 1 || sentence.CommaBefore(a.First - 1) || words[a.First - 2].Text is "and" or "but" or "et" or "mais");
        bool Pronouns(SourceFinder.Found a) => PronounSaid(a) || PronounSaysGroup(a);
        return attributions.Exists(Pronouns) ? attributions.Select(a => Pronouns(a) ? a with { Attribution = before, Back = true } : a).ToList() : attributions;
    }
}
