using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Mention recognition: the sources a sentence names (lexicon actors, the media, officials, local sources, private
/// persons, the spokesman named before) and the words each spans, with a group's media and affiliations told apart.
/// </summary>
/// <remarks>
/// This file holds <c>Mentions</c>, the walk that collects and corrects the mentions; the helpers it calls are split by
/// job: SourceFinder.Outlets.cs, .Channels.cs, .Speakers.cs, .Places.cs, .Affiliations.cs, .Voices.cs, .CountryTolls.cs.
/// </remarks>
internal sealed partial class SourceFinder
{
    public List<Mention> Mentions(ClaimSentence sentence, string? lastGroup) => Mentions(sentence, lastGroup, null);

    /// <param name="lastSpokesman">The spokesman the story named last, with whom he speaks for: what a bare "المتحدث",
    /// "the spokesman", "le porte-parole" refers back to.</param>
    public List<Mention> Mentions(ClaimSentence sentence, string? lastGroup, Mention? lastSpokesman) => Mentions(sentence, lastGroup, lastSpokesman, null);

    /// <param name="possessor">The subject of the sentence before: whom "son porte-parole", "its spokesman" speaks for.</param>
    public List<Mention> Mentions(ClaimSentence sentence, string? lastGroup, Mention? lastSpokesman, Attribution? possessor)
    {
        var words = sentence.Words;
        var mentions = new List<Mention>();
        foreach (var match in Recognize(sentence))
        {
            if (match.Actor is not { } actor)
                continue;
            var kind = actor.Kind switch
            {
                "jihadist" or "separatist" or "militia" => SourceKind.ArmedGroup,
                "un" => SourceKind.Un,
                // Juntas and transitional governments speak as governments, not as armies.
                "state" when actor.Id.EndsWith("-junta", StringComparison.Ordinal) || actor.Id is "ne-cnsp" or "td-cmt" => SourceKind.Government,
                _ => SourceKind.Army,
            };
            mentions.Add(new Mention(kind, actor.Id, match.Start, match.Start + match.Length - 1, false));
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (mentions.Any(m => m.First <= i && i <= m.Last))
                continue;
            if (words[i] is { Text: "un", Upper: true })
            {
                mentions.Add(new Mention(SourceKind.Un, null, i, i, false));
                continue;
            }
            // "U.N.": the letters apart.
            if (words[i] is { Text: "u", Capital: true } && i + 1 < words.Count && words[i + 1] is { Text: "n", Capital: true }
                && sentence.Between(i, i + 1).SequenceEqual("."))
            {
                mentions.Add(new Mention(SourceKind.Un, null, i, i + 1, false));
                i++;
                continue;
            }
            // "the group", "ce groupe", "الجماعة نفسها": the group named last, earlier in this sentence first.
            // Not a parent named in apposition: in "« Ansarul Islam, membre du GSIM », le mouvement revendique" the movement is Ansarul Islam.
            if ((mentions.LastOrDefault(m => m is { Kind: SourceKind.ArmedGroup, Name: not null } && m.Last < i && !IsAffiliation(words, m, mentions))?.Name ?? lastGroup) is { } group
                && words[i].Text is var noun && words[i].Readings.Any(SourceVocabulary.GroupNouns.Contains)
                // session 9: not a group named by a longer phrase of its own ("le groupe d'experts sur le Mali", "group of experts")
                && PhraseMatch.At(words, i, SourceVocabulary.Sources) is not { Length: > 1 }
                && (i == 0 || words[i - 1].Text is "le" or "the" or "l" or "ce" or "this" or "that" || noun.StartsWith("ال", StringComparison.Ordinal) || noun.StartsWith("لل", StringComparison.Ordinal)))
            {
                mentions.Add(new Mention(SourceKind.ArmedGroup, group, i, i, false));
                continue;
            }
            // "وأضاف المصدر أن", "وتابع المصدر": "the source" alone, with no adjective after it, is the source named before.
            if (words[i].Readings.Contains("المصدر") && (i + 1 >= words.Count || !words[i + 1].Text.StartsWith("ال", StringComparison.Ordinal)))
                continue;
            // session 8: the plural and the dual the same way ("وقالت المصادر إن": the local sources named before), and "the sources
            // said", "ces sources affirment" with their verb right after.
            if (words[i].Text.Contains("لمص", StringComparison.Ordinal) && words[i].Readings.Any(r => r is "المصادر" or "المصدران" or "المصدرين") && (i + 1 >= words.Count || !words[i + 1].Text.StartsWith("ال", StringComparison.Ordinal))
                    && !(i > 0 && words[i - 1].Text is "احد" or "احدي") // "بحسب أحد المصادر": one of them (OneOf)
                || words[i].Text is "sources" && i > 0 && words[i - 1].Text is "the" or "these" or "les" or "ces" && i + 1 < words.Count && PhraseMatch.At(words, i + 1, SourceVocabulary.Verbs) is not null)
                continue;
            // session 10, round 19: a periodical by its bare noun after the article ("Le journal affirme", "The newsletter says",
            // "Le bulletin affirme"), no name after it, is the publication named before (a group's weekly speaks for the group), not
            // a new medium: the verb's definite subject points back
            if (i > 0 && words[i - 1].Text is "le" or "l" or "the" && PeriodicalNouns.Contains(words[i].Text)
                && (i + 1 >= words.Count || !words[i + 1].Capital && PhraseMatch.At(words, i + 1, SourceVocabulary.Verbs) is not null))
                continue;
            // "la même source" is the source named before, not a new one.
            if (PhraseMatch.At(words, i, SourceVocabulary.SameSource) is { } same)
            {
                i += same.Length - 1;
                continue;
            }
            if (PhraseMatch.At(words, i, SourceVocabulary.Sources) is not { } phrase)
                continue;
            var last = i + phrase.Length - 1;
            if (mentions.Any(m => m.First <= last && i <= m.Last))
                continue;
            // session 10, round 19: a gendarmerie that is a place does not speak ("un poste de gendarmerie", "the gendarmerie post", "مدرسة الدرك")
            if (phrase.Value.Kind == SourceKind.Security && GendarmerieAsPlace(words, i, last))
            {
                i = last;
                continue;
            }
            // session 13: "في الأسر", "من الأسر" (in, from captivity) is where hostages are, not families speaking
            if (words[i].Text == "الاسر" && i > 0 && words[i - 1].Text is "في" or "من")
            {
                i = last;
                continue;
            }
            // session 10, round 19: a monitor that relays a group's claim ("in a claim relayed by a monitoring group") is no
            // speaker: the group speaks (a monitor that speaks of its own is the NGO: "The monitoring group X said")
            if (phrase.Value.Kind == SourceKind.Ngo && RelayedMonitor(words, i))
            {
                i = last;
                continue;
            }
            mentions.Add(new Mention(phrase.Value.Kind, null, i, last, phrase.Value.Self));
            i = last;
        }
        // session 8: people of a trade speaking in the plural, a firm by its legal form, an organisation named by its cause.
        PluralSpeakers(words, mentions);
        NamedOrganisations(words, mentions);
        TradeUnions(words, mentions);
        OutletsByTitle(sentence, mentions);
        // A dateline names where the story was filed, not who speaks: "BAMAKO, March 9 (Trans-Niger Wire) —", "Niamey – Le
        // ministère…", "باماكو – تبنّت الجماعة…", "الفاشر (النيلين الغربية) –": a capital that opens the text before a dash or a
        // bracket, or in capitals before a comma.
        // The agency in the dateline's brackets files the story; it is not the source either ("نيامي (وكالة أنباء الصحراء) -").
        if (mentions.Find(m => m is { First: 0, Kind: SourceKind.Government, Name: null } && m.Last + 1 < words.Count
            && (sentence.Between(m.Last, m.Last + 1) is var after && (after.IndexOfAny("–—(") >= 0 || after.Contains(" - ", StringComparison.Ordinal))
                || words[m.First].Upper && sentence.Between(m.Last, m.Last + 1).Contains(','))) is { } dateline)
        {
            var filed = sentence.Text.IndexOf(')', words[dateline.Last].End) is var close and >= 0 && close - words[dateline.Last].End <= 60
                && sentence.Text.AsSpan(words[dateline.Last].End, close - words[dateline.Last].End).Contains('(') ? close : -1;
            mentions.RemoveAll(m => m == dateline || m.Kind == SourceKind.Media && words[m.First].Start < filed);
        }
        // session 9: a transcript's speaker label ("المراسل: نعم، أكد لنا مسؤول في المستشفى…", "CORRESPONDENT: …", "Le
        // correspondant : …") names whose turn it is, not a source: the turn tells who said what.
        mentions.RemoveAll(m => m is { Kind: SourceKind.Media, Name: null, First: 0 } && m.Last + 1 < words.Count && sentence.Between(m.Last, m.Last + 1).Contains(':'));
        // "Joint par notre correspondant, un commerçant raconte", "reached by our reporter": the medium reached the one who speaks.
        mentions.RemoveAll(m => m.Kind == SourceKind.Media && m.Name is null && m.First > 1 && words[m.First - 1].Text is "par" or "by" or "notre" or "our"
            && Enumerable.Range(Math.Max(0, m.First - 3), Math.Min(3, m.First)).Any(k => ReachedWords.Contains(words[k].Text)));
        // "Survivors interviewed by aid workers describe", "des rescapés joints par des humanitaires": who reached the speakers is
        // not the speaker, whatever its kind, when the speakers are named before it (session 12, round 24: a medium too, past its
        // article: "Des proches des victimes interrogés par l'AFP évoquent", "relatives interviewed by the BBC").
        mentions.RemoveAll(m => m.Kind is not SourceKind.Unattributed && ReachedBy(words, m.First) is var by and > 0
            && mentions.Any(o => o != m && o.Kind != SourceKind.Unattributed && o.Last < by - 1 && by - o.Last <= (m.Kind == SourceKind.Media ? 5 : 3)));
        // session 12, round 24: the bare "sources" a named speaker's relative aside works from ("l'ONG X, qui recoupe plusieurs
        // sources, estime", "ACLED, which cross-checks several sources, puts", "المنظمة، التي تستند إلى عدة مصادر") are its method,
        // not a new speaker: the relative's antecedent speaks
        mentions.RemoveAll(m => m is { Kind: SourceKind.Unattributed, Name: null } && RelativeAsideOf(words, mentions, m.First));
        // "des témoins cités par notre correspondant", "quoted by Reuters": the source is the one quoted, not the medium.
        mentions.RemoveAll(m => m.Kind == SourceKind.Media && m.Name is null && m.First > 1
            && words[m.First - 1].Text is "par" or "by" or "notre" && mentions.Any(o => o != m && o.Kind != SourceKind.Media && o.Last < m.First && m.First - o.Last <= 5));
        // "a déclaré à l'AFP un responsable sécuritaire", "told Reuters", "a déclaré à l'Agence sahélienne de presse le
        // porte-parole": the medium told is not the source, also when its name runs over several words.
        // "Le ministre, à la télévision, affirme", "said on state television": the medium spoken on is a channel, not a source.
        mentions.RemoveAll(m => m.Kind == SourceKind.Media && m.Name is null && m.First > 0
            && (ToWords.Contains(words[m.First - 1].Text) || m.First > 1 && words[m.First - 1].Text is "l" && ToWords.Contains(words[m.First - 2].Text) || SpokenOn(words, m.First))
            && (mentions.Any(o => o != m && o.Kind != SourceKind.Media && Math.Abs(o.First - m.Last) <= 8) || ToldDirectly(words, m.First)));
        // "a indiqué à Bamako Soir un élu de la commune", "a déclaré au gouverneur le chef de village", "said to the governor a
        // resident": whoever a speaking verb tells (named right after it and "à"/"au"/"to") is not who speaks when the speaker
        // follows, whatever kind of name the one told has (a capital's paper, an official).
        mentions.RemoveAll(m => m.Kind is not (SourceKind.Media or SourceKind.Unattributed) && Told(words, m.First)
            && mentions.Any(o => o != m && o.Kind is not (SourceKind.Media or SourceKind.Unattributed) && o.First > m.Last && o.First - m.Last <= 8));
        // "تحدث لوكالة أنباء الصحراء زعيم تقليدي", "قال لمراسلنا مصدر أمني": Arabic joins the medium told to "ل"; it is not the source.
        mentions.RemoveAll(m => m.Kind == SourceKind.Media && m.Name is null && words[m.First].Text.Length > 3 && words[m.First].Text[0] == 'ل' && ArabicScript.Starts(words[m.First].Text)
            && !words[m.First].Text.StartsWith("لدي", StringComparison.Ordinal)
            && mentions.Any(o => o != m && o.Kind != SourceKind.Media && Math.Abs(o.First - m.Last) <= 8));
        // "the Nigerian Army's director of media operations", "le directeur de la communication des armées": an office for the media is
        // the institution's own voice; it joins the institution named just before it, else it is no medium.
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k] is not { Kind: SourceKind.Media, Name: null } office || office.First < 2 || words[office.First - 1].Text is not ("of" or "de" or "des" or "du" or "la")
                || !OfficeHolders.Contains(words[office.First - 2].Text) && !(office.First > 2 && OfficeHolders.Contains(words[office.First - 3].Text)))
                continue;
            mentions.RemoveAt(k);
            var holder = words[office.First - 2].Text is "of" or "de" or "des" or "du" or "la" ? office.First - 3 : office.First - 2;
            if (mentions.FindLastIndex(o => o.Last < holder && holder - o.Last <= 3 && o.Kind is SourceKind.Army or SourceKind.Government or SourceKind.Security or SourceKind.ArmedGroup or SourceKind.Un or SourceKind.Ngo) is var owner and >= 0)
                mentions[owner] = mentions[owner] with { Last = office.Last };
        }
        // "in a statement on its Amaq news agency", "sur ses canaux": the speaker's own channel is not another source.
        mentions.RemoveAll(m => m.Kind == SourceKind.Media && m.Name is null
            && Enumerable.Range(Math.Max(0, m.First - 3), Math.Min(3, m.First)).Any(k => Possessives.Contains(words[k].Text) && !mentions.Any(o => o != m && o.First > k && o.Last < m.First && o.Kind != SourceKind.Media)));
        // "JNIM's media arm", "le média de propagande du JNIM", "وكالة أعماق التابعة لتنظيم الدولة", "الذراع الإعلامية لجماعة…":
        // a group's own medium speaks for the group; it and the group are one mention.
        foreach (var medium in mentions.Exists(m => m.Kind == SourceKind.ArmedGroup) ? mentions.Where(m => m.Kind == SourceKind.Media && m.Name is null).OrderByDescending(m => m.First).ToList() : [])
        {
            var owner = mentions.FirstOrDefault(o => o.Kind == SourceKind.ArmedGroup && o.Name is not null && OwnsMedium(words, o, medium));
            if (owner is null)
                continue;
            mentions.Remove(medium);
            mentions[mentions.IndexOf(owner)] = owner with { First = Math.Min(owner.First, medium.First), Last = Math.Max(owner.Last, medium.Last) };
        }
        // "JNIM, al-Qaeda's Sahel affiliate, said", "Le GSIM, lié à Al-Qaïda": the group named in passing is not the speaker.
        mentions.RemoveAll(m => m.Kind == SourceKind.ArmedGroup && IsAffiliation(words, m, mentions));
        // "le porte-parole du FLA", "الناطق باسم جبهة تحرير أزواد", "المتحدث باسم الجيش": a spokesman speaks for the group
        // or the army named after him, and the two are one mention.
        foreach (var spokesman in mentions.Where(m => m.Name is null && m.Kind == SourceKind.Government).ToList())
        {
            // session 11, round 20: also an institution's or a body's spokesman ("the spokesman of an association of displaced
            // people", "le porte-parole de l'ONG", "المتحدث باسم المنظمة"): he speaks for it, whatever its kind
            var bareSpokesman = SpokesmanWords.Contains(words[spokesman.First].Text);
            var group = mentions.FirstOrDefault(o => (o.Kind == SourceKind.ArmedGroup && o.Name is not null || o.Kind == SourceKind.Army
                    || bareSpokesman && o.Kind is SourceKind.Local or SourceKind.Ngo or SourceKind.Un or SourceKind.Security or SourceKind.Hospital)
                && o.First > spokesman.Last && o.First - spokesman.Last <= 3
                && Enumerable.Range(spokesman.Last + 1, o.First - spokesman.Last - 1).All(k => words[k].Text is "du" or "de" or "des" or "d" or "l" or "la" or "le" or "of" or "for" or "the" or "باسم"
                    || bareSpokesman && words[k].Text is "an" or "a" or "un" or "une")
                // "Selon le gouverneur, le JNIM a tué…": past a comma the group is the clause's subject, not whom an official speaks
                // for ("signé de son porte-parole, le Front de libération de l'Azawad" is the front's spokesman in apposition).
                && (SpokesmanWords.Contains(words[spokesman.First].Text) || sentence.Between(spokesman.Last, o.First).IndexOfAny([',', '،', ';', ':']) < 0)
                // "اتهمت السلطات تنظيم الدولة": an Arabic noun with its article is no construct ("the authorities", then the one
                // accused), so it does not speak for the name right after it.
                && !(o.First == spokesman.Last + 1 && words[spokesman.Last].Text.StartsWith("ال", StringComparison.Ordinal)));
            if (group is null)
            {
                // "المتحدث باسمها", "its spokesman": the spokesman of the one just named speaks for it, not for a government.
                if (spokesman.Last + 1 < words.Count && words[spokesman.Last + 1].Text is "باسمها" or "باسمه" or "باسمهم"
                    && mentions.LastOrDefault(o => o.Last < spokesman.First && o.Kind == SourceKind.ArmedGroup && o.Name is not null) is { } own)
                    mentions[mentions.IndexOf(spokesman)] = own with { First = spokesman.First, Last = spokesman.Last + 1 };
                continue;
            }
            mentions.Remove(spokesman);
            mentions[mentions.IndexOf(group)] = group with { First = spokesman.First };
        }
        // session 11, round 20: a bare spokesman possessed by a common noun ("The command's spokesman told", "المتحدث باسم القيادة")
        // spans it, so that the noun is read against the source it repeats (the caller's definite noun of a source named before:
        // "the state police command … The command's spokesman" is the police's)
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k] is not { Kind: SourceKind.Government, Name: null } bare || bare.Last != bare.First || !SpokesmanWords.Contains(words[bare.First].Text))
                continue;
            if (bare.First >= 3 && words[bare.First - 1].Text == "s" && words[bare.First - 3].Text == "the" && !words[bare.First - 2].Capital
                && !mentions.Exists(m => m.First <= bare.First - 2 && bare.First - 2 <= m.Last))
                mentions[k] = bare with { First = bare.First - 3 };
            else if (bare.Last + 2 < words.Count && words[bare.Last + 1].Text == "باسم" && words[bare.Last + 2].Text.StartsWith("ال", StringComparison.Ordinal)
                && !mentions.Exists(m => m.First <= bare.Last + 2 && bare.Last + 2 <= m.Last))
                mentions[k] = bare with { Last = bare.Last + 2 };
        }
        // "ونسب المتحدث الهجوم إلى…", "The spokesman added": a bare spokesman is the one named before, with whom he speaks for.
        if (lastSpokesman is not null)
            for (var k = 0; k < mentions.Count; k++)
                if (mentions[k] is { Kind: SourceKind.Government, Name: null } bare && bare.Last - bare.First <= (words[bare.First].Text == "porte" ? 1 : 0) && SpokesmanWords.Contains(words[bare.First].Text)
                    && (bare.First > 0 && words[bare.First - 1].Text is "the" or "le" or "l" || words[bare.First].Text.StartsWith("ال", StringComparison.Ordinal)
                        // session 11, round 20: a transcript's speaker label ("SPOKESMAN: …", "LE PORTE-PAROLE : …") is the spokesman introduced
                        || SpeakerLabel(sentence, bare))
                    && (bare.Last + 1 >= words.Count || words[bare.Last + 1].Text is not ("of" or "for" or "du" or "de" or "des" or "d" or "باسم" or "باسمها" or "باسمه")))
                    mentions[k] = bare with { Kind = lastSpokesman.Kind, Name = lastSpokesman.Name };
        // "L'armée tchadienne conteste ces chiffres. Son porte-parole assure…", "Its spokesman said", "their spokesperson": a
        // possessed bare spokesman opening its sentence speaks for the subject of the sentence before, whatever its kind.
        if (possessor is { Kind: not SourceKind.Unattributed })
            for (var k = 0; k < mentions.Count; k++)
                if (mentions[k] is { Kind: SourceKind.Government, Name: null } owned && owned.First > 0 && owned.Last - owned.First <= (words[owned.First].Text == "porte" ? 1 : 0)
                    && SpokesmanWords.Contains(words[owned.First].Text) && words[owned.First - 1].Text is "son" or "sa" or "its" or "their" or "leur" or "ses"
                    // a possessor in its own sentence is nearer: "Benin's government blamed … , its spokesman told reporters"
                    && !mentions.Exists(m => m.Last < owned.First && m.Kind is not (SourceKind.Unattributed or SourceKind.Media)))
                    mentions[k] = owned with { Kind = possessor.Kind, Name = possessor.Name, First = owned.First - 1 };
        // session 10, round 19: a possessed bare spokesman after its own sentence's subject speaks for that subject ("L'armée a tué
        // six assaillants, selon son porte-parole", "The army killed six attackers, according to its spokesman", "قتل الجيش ستة
        // مهاجمين، بحسب المتحدث باسمه"): the sentence's first speaker, not one named between (whom the subject fought)
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k] is { Kind: SourceKind.Government, Name: null } owned && owned.First > 0 && owned.Last - owned.First <= (words[owned.First].Text == "porte" ? 1 : 0)
                && SpokesmanWords.Contains(words[owned.First].Text)
                && (OrganisationPossessives.Contains(words[owned.First - 1].Text)
                    || words[owned.First].Text.StartsWith("ال", StringComparison.Ordinal) && owned.Last + 1 < words.Count && words[owned.Last + 1].Text is "باسمه" or "باسمها")
                // session 11, round 20: the first by position (lexicon names are listed before the vocabulary's: in "أعلنت هيئة الأركان
                // العامة للجيش التشادي، في بيان تلاه الناطق باسمها" the general staff opens the sentence, its army's name comes after)
                && mentions.Where(m => m.Last < owned.First && m.Kind is not (SourceKind.Unattributed or SourceKind.Media or SourceKind.Government)).MinBy(m => m.First) is { } subject
                && subject.First <= 3)
                mentions[k] = owned with { Kind = subject.Kind, Name = subject.Name };
        // "L'hôpital … a reçu 22 blessés, a indiqué son directeur", "the hospital …, its director said", "مديره": an office holder
        // possessed by a source named before in the sentence (else the subject of the sentence before) speaks for it.
        for (var i = 1; i < words.Count; i++)
        {
            if (!OfficeHolders.Contains(words[i].Text) || !OrganisationPossessives.Contains(words[i - 1].Text) || mentions.Exists(m => m.First <= i && i <= m.Last))
                continue;
            AddPossessedSpeaker(mentions, possessor, i - 1, i);
        }
        // session 11, round 21: an association of the people themselves speaks as locals; "Sa présidente", "its chairman",
        // "رئيسها": the organisation's own titles, the same way
        PeopleAssociations(words, mentions);
        PossessedTitles(words, mentions, possessor);
        CountryTolls(words, mentions);
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        // "a Nigerian Army spokesman", "the army's spokesman", "le porte-parole de l'armée", "المتحدث باسم الجيش": an army's spokesman speaks for the army.
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (a, b) = (mentions[k], mentions[k + 1]);
            bool Bare(Mention m) => m is { Kind: SourceKind.Government, Name: null } && SpokesmanWords.Contains(words[m.First].Text) && m.Last - m.First <= 1;
            if (a.Kind == SourceKind.Army && Bare(b) && b.First > a.Last && Enumerable.Range(a.Last + 1, b.First - a.Last - 1).All(g => words[g].Text is "s" or "'s"))
            {
                mentions[k] = a with { Last = b.Last };
                mentions.RemoveAt(k + 1);
            }
            else if (Bare(a) && b.Kind == SourceKind.Army && b.First > a.Last && b.First - a.Last <= 3
                && Enumerable.Range(a.Last + 1, b.First - a.Last - 1).All(g => words[g].Text is "of" or "the" or "de" or "du" or "l" or "la" or "باسم" or "d"))
            {
                mentions[k] = b with { First = a.First };
                mentions.RemoveAt(k + 1);
            }
        }
        // session 13, round 25: a bare source inside an institution speaks for it, as its office holder does.
        SourcesWithin(words, mentions);
        // session 13, round 25: an army's official who asks not to be named is an anonymous military source (before the office
        // holders join their institutions, so that the official is still a bare holder here)
        AnonymousOfficers(sentence, mentions);
        // session 8: an office holder of a UN body, an NGO, a hospital or the police speaks for it.
        OfficeHoldersOf(sentence, mentions);
        // "The Koglweogo association of Kaya", "تنسيقية متطوعي الدفاع عن الوطن": a group's own association or coordination is the group.
        for (var k = mentions.Count - 1; k >= 0; k--)
            if (mentions[k] is { Name: null, Kind: SourceKind.Ngo or SourceKind.Local } generic && words[generic.First].Text is "association" or "associations" or "coordination" or "تنسيقيه" or "جمعيه"
                && generic.Last == generic.First && mentions.FindIndex(o => o.Name is not null && o.Kind == SourceKind.ArmedGroup && (o.Last + 1 == generic.First || generic.Last + 1 == o.First)) is var owner and >= 0)
            {
                mentions[owner] = mentions[owner] with { First = Math.Min(mentions[owner].First, generic.First), Last = Math.Max(mentions[owner].Last, generic.Last) };
                mentions.RemoveAt(k);
            }
        // "Nigerian military sources", "des sources militaires maliennes": an army followed by "sources" is its anonymous officers.
        for (var k = 0; k + 1 < mentions.Count; k++)
            if (mentions[k].Kind == SourceKind.Army && mentions[k + 1] is { Kind: SourceKind.Unattributed, Self: true } sources && sources.First == mentions[k].Last + 1)
            {
                mentions[k] = new Mention(SourceKind.Security, null, mentions[k].First, sources.Last, true);
                mentions.RemoveAt(k + 1);
            }
        // "local authorities", "a local government chairman", "Local elected officials", "les autorités locales", "السلطات المحلية":
        // officials of a place speak as locals, not for the government.
        for (var k = 0; k < mentions.Count; k++)
            // (session 12, round 24: not an anonymous administrative source, "une source administrative locale", the state's own
            // officer in the place, as the README's row "source administrative")
            if ((mentions[k] is { Kind: SourceKind.Government, Name: null, Self: false } official && !Authorities.Contains(words[official.First].Text)
                || mentions[k] is { Kind: SourceKind.Ngo, Name: null } ngo && (words[ngo.First].Text is "association" or "associations" or "جمعيه" or "جمعيات" || SpokesmanWords.Contains(words[ngo.First].Text)))
                && (LocalBefore(words, mentions[k].First) || LocalAfter(words, mentions[k].Last) || OfACommunity(words, mentions[k], mentions)))
                mentions[k] = mentions[k] with { Kind = SourceKind.Local };
        // session 8: "le Collectif contre l'impunité au Sahel", "collectif de défense des droits": a collective of a cause is a rights group.
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k] is { Kind: SourceKind.Local, Name: null } collective && OfACause(words, collective))
                mentions[k] = collective with { Kind = SourceKind.Ngo };
        // "des comptes proches du JNIM": close to a group, not a victim's relatives.
        mentions.RemoveAll(m => m is { Kind: SourceKind.Local, Name: null } && words[m.Last].Text is "proches" or "proche" && m.Last + 2 < words.Count && words[m.Last + 1].Text is "du" or "de" or "des" or "d"
            && mentions.Exists(o => o.Kind == SourceKind.ArmedGroup && o.First > m.Last && o.First - m.Last <= 3));
        // "في بيان نشرته وكالة أعماق", "relayed by Amaq", "posted via Telegram": the channel a speaker used is not a second source.
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        for (var k = mentions.Count - 1; k >= 0; k--)
            if (mentions[k] is { Kind: SourceKind.Media, Name: null } channel && mentions.Exists(o => o.Kind != SourceKind.Media && o.Last < channel.First)
                && Enumerable.Range(Math.Max(0, channel.First - 2), Math.Min(2, channel.First)).Any(j => ChannelWords.Contains(words[j].Text)))
                mentions.RemoveAt(k);
        // "Nigerian military sources", "Malian army sources", "sources within the army": a force's anonymous sources are security
        // sources, not the force speaking.
        for (var k = mentions.Count - 2; k >= 0; k--)
            if (mentions[k] is { Kind: SourceKind.Army } force && mentions[k + 1] is { Kind: SourceKind.Unattributed } bare && bare.First == force.Last + 1
                && words[bare.First].Text is "sources" or "source")
            {
                mentions[k] = new Mention(SourceKind.Security, null, force.First, bare.Last, bare.Self);
                mentions.RemoveAt(k + 1);
            }
        OwnedDocuments(sentence, mentions);
        // session 12, round 23: "خلال برنامج حواري على قناة محلية، قال نائب", "Lors de l'émission de Radio X, un auditeur affirme",
        // "On Radio X's morning show, a caller said": the medium of an opening adverbial is where the speaker of the clause after
        // its comma speaks, not who speaks
        mentions.RemoveAll(m => m.Kind == SourceKind.Media && ChannelOpening(sentence, m));
        // session 12, round 23: "une source hospitalière à N'Djamena a fait état", "a hospital source in Niamey said", "مصدر طبي في
        // نيامي": a capital that places a speaker of its own kind is where the speaker is, not the government speaking
        // (the speaker's phrase runs over the place, so that a relative after it, "…à Niamey, qui impute", still has it as antecedent)
        for (var k = mentions.Count - 1; k > 0; k--)
            if (mentions[k] is { Kind: SourceKind.Government, Name: null } place && place.First > 1 && LocativeWords.Contains(words[place.First - 1].Text)
                && mentions[k - 1] is { Kind: not (SourceKind.Unattributed or SourceKind.Government or SourceKind.Media) } speaker && speaker.Last == place.First - 2)
            {
                mentions[k - 1] = speaker with { Last = place.Last };
                mentions.RemoveAt(k);
            }
        // session 13, round 25: an anonymous account speaks, as no one the outlet can name.
        AnonymousAccounts(words, mentions);
        return mentions;
    }

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "its", "their", "his", "ses", "son", "sa", "leur", "leurs" };

    /// <summary>Relative pronouns that open an aside about the name before them: "qui", "which", "who", "التي", "الذي".</summary>
    private static readonly HashSet<string> AsideRelatives = new(StringComparer.Ordinal) { "qui", "which", "who", "التي", "الذي" };

    /// <summary>
    /// Whether the bare source at <paramref name="first"/> stands within four words after a relative pronoun that follows a comma
    /// and a named or kinded source (the aside's antecedent), with no preposition of attribution between ("qui, selon des sources").
    /// </summary>
    private static bool RelativeAsideOf(IReadOnlyList<ClaimWord> words, List<Mention> mentions, int first)
    {
        for (var k = first - 1; k >= 1 && k >= first - 4; k--)
        {
            if (PhraseMatch.At(words, k, SourceVocabulary.Prepositions) is not null)
                return false;
            if (AsideRelatives.Contains(words[k].Text))
                return mentions.Exists(o => o.Kind != SourceKind.Unattributed && o.Last < k && k - o.Last <= 2);
        }
        return false;
    }
}
