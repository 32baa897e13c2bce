namespace Sahel.Diff.Claims;

/// <summary>
/// Session 19, round 43: content that CIRCULATES is a speaker whose figure is no one's (the README's rows "a fact-check: the
/// viral figure … `unattributed`" and "anonymous social-media post … `unattributed`"). A post, message, video, visual, document
/// or figure said to be viral, shared, circulating or on a social network ("Des publications sur Facebook évoquent",
/// "A viral post said", "وتتحدث منشورات متداولة عن", "Le bilan de 100 morts circule sur TikTok"), or a PURPORTED statement of a
/// known speaker ("un communiqué attribué à l'armée", "a document purporting to be an army communique", "a graphic styled as
/// an Amaq release", "un visuel aux couleurs des FAN", "a video bearing an ISWAP logo", "بيان منسوب إلى الجماعة"), speaks on its
/// own. Read so, it stops the carry of the source named before (the governor who answers the rumour, the army that denies
/// the forgery) and the speaker it is attributed to is not the one speaking: a forged statement is not its figure.
/// </summary>
/// <remarks>
/// Only a phrase that says how the content travels or that it is purported: "a video shared by JNIM" (an owner after "by",
/// "de", "of") and "sa vidéo", "its post" are the owner's, and a bare statement noun ("le communiqué annonce") points back to
/// its issuer. A social post with no marker speaks only as an indefinite subject right before a verb of saying ("a post
/// said", "des messages parlent de").
/// </remarks>
internal sealed partial class SourceFinder
{
    /// <summary>Nouns of content that is posted or passed on, in the three languages (folded: "vidéo" is "video").</summary>
    private static readonly HashSet<string> ContentNouns = new(StringComparer.Ordinal)
    {
        "publication", "publications", "message", "messages", "post", "posts", "video", "videos", "visuel", "visuels", "image", "images",
        "photo", "photos", "document", "documents", "audio", "audios", "rumeur", "rumeurs", "montage", "montages", "infographie", "tract",
        "tracts", "communique", "communiques", "bulletin", "chiffre", "chiffres", "bilan", "graphique", "capture", "enregistrement",
        "clip", "clips", "graphic", "graphics", "picture", "pictures", "rumour", "rumours", "rumor", "rumors", "statement", "release",
        "figure", "figures", "toll", "claim", "claims", "tweet", "tweets", "screenshot", "recording", "footage", "leaflet", "leaflets",
        "منشور", "منشورات", "المنشور", "المنشورات", "رساله", "رسائل", "الرسائل", "فيديو", "مقطع", "مقاطع", "صور", "الصور", "وثيقه", "الوثيقه",
        "بيان", "بيانا", "رقم", "الرقم", "حصيله", "تغريده", "تغريدات", "شائعه", "شائعات", "الشائعات", "تسجيل", "تسجيلا", "اشاعه", "اشاعات",
    };

    /// <summary>Social content with no marker, speaking as an indefinite subject before a verb of saying ("a post said").</summary>
    private static readonly HashSet<string> SocialNouns = new(StringComparer.Ordinal)
    {
        "publication", "publications", "message", "messages", "post", "posts", "tweet", "tweets", "comptes", "pages", "accounts",
        "منشور", "منشورات", "تغريده", "تغريدات", "حسابات", "صفحات", "الحسابات", "الصفحات",
    };

    /// <summary>Words that say content travels: viral, circulating, shared, a social network by name ("sur TikTok", "على فيسبوك").</summary>
    private static readonly HashSet<string> CirculationWords = new(StringComparer.Ordinal)
    {
        "viral", "virale", "virales", "viraux", "circule", "circulent", "circulant", "circulait", "circulaient", "circulation", "partage",
        "partagee", "partages", "partagees", "facebook", "tiktok", "whatsapp", "twitter", "youtube", "instagram", "alarmiste", "alarmistes",
        "circulating", "circulated", "circulates", "circulate", "shared", "online",
        "متداول", "متداوله", "المتداول", "المتداوله", "تداولت", "تداول", "يتداول", "تتداول", "يتداولها", "انتشرت", "انتشر", "ينتشر", "تنتشر",
        "المنتشره", "المنتشر", "منتشره", "التواصل", "فيسبوك", "الفيسبوك", "واتساب", "تويتر", "يوتيوب", "تيك", "تروج", "تروجه", "يروج",
        // Arabic "accounts", "pages" with no owner are social ones: content they publish circulates ("ونشرت حسابات بيانا منسوبا")
        "حسابات", "صفحات", "الحسابات", "الصفحات",
    };

    /// <summary>Two-word signs of circulation: "en ligne", "réseaux sociaux", "social media", "shared widely", "widely shared".</summary>
    private static bool CirculationPair(IReadOnlyList<ClaimWord> words, int k) => k + 1 < words.Count && (words[k].Text, words[k + 1].Text) is
        ("en", "ligne") or ("reseaux", "sociaux") or ("social", "media") or ("social", "network") or ("social", "networks");

    /// <summary>Words right after a content noun that purport its issuer: "attribué à", "présenté comme", "purporting", "منسوب".</summary>
    private static readonly HashSet<string> PurportWords = new(StringComparer.Ordinal)
    {
        "attribue", "attribuee", "attribues", "attribuees", "presente", "presentee", "presentes", "presentees", "couleurs", "pretendument",
        "falsifie", "falsifiee", "truque", "truquee", "fabrique", "fabriquee",
        "purporting", "purported", "purportedly", "attributed", "styled", "bearing", "presented", "branded",
        "منسوب", "منسوبا", "منسوبه", "المنسوب", "المنسوبه", "مفبرك", "مفبركه", "المفبرك", "مزور", "مزوره", "المزور", "مزيف", "مزيفه",
        "المزيف", "يحمل", "تحمل",
    };

    /// <summary>Adjectives before a content noun that say it is forged or viral: "faux communiqué", "a fake statement", "viral post".</summary>
    private static readonly HashSet<string> ForgedBefore = new(StringComparer.Ordinal)
    {
        "faux", "fausse", "fausses", "pretendu", "pretendue", "fake", "forged", "fabricated", "doctored", "falsified", "bogus", "purported",
    };

    /// <summary>Words before content that make it its owner's ("sa vidéo", "its post", "their statement").</summary>
    private static readonly HashSet<string> OwnerPossessives = new(StringComparer.Ordinal) { "sa", "son", "ses", "leur", "leurs", "its", "his", "her", "their" };

    /// <summary>Prepositions that name content's author after it: "partagée par", "shared by", "de l'armée", "of the group".</summary>
    private static readonly HashSet<string> AuthorWords = new(StringComparer.Ordinal) { "par", "by", "de", "du", "des", "d", "of", "from", "عن" };

    private static readonly HashSet<string> IndefiniteWords = new(StringComparer.Ordinal) { "a", "an", "un", "une", "des", "one", "some", "de", "d", "بعض" };

    /// <summary>
    /// Whether the sentence being read is the title: there circulating content is named, not heard ("Rumeur : 70 morts à …"),
    /// and the title's figure takes the source the lead gives it (a notable's voice message passed around is the notable's); a
    /// forged statement's issuer in a title ("Faux communiqué attribué à …") is still no issuer of the story.
    /// </summary>
    internal bool ReadingTitle { get; set; }

    private void CirculatingContent(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].Readings.Any(ContentNouns.Contains) && !words[i].Readings.Any(SocialNouns.Contains) || mentions.Exists(m => m.First <= i && i <= m.Last))
                continue;
            if (i > 0 && OwnerPossessives.Contains(words[i - 1].Text) || InsideContent(words, i) || mentions.Exists(m => m.Kind != SourceKind.Unattributed && m.Last < i && i - m.Last <= 2))
                continue;
            var (first, last) = (i, i);
            var forged = i > 0 && ForgedBefore.Contains(words[i - 1].Text) || i > 1 && ForgedBefore.Contains(words[i - 2].Text);
            // a purported issuer: the marker within two words after the noun, the issuer's mention within six words after it
            var purport = Enumerable.Range(i + 1, Math.Max(0, Math.Min(2, words.Count - i - 1))).FirstOrDefault(k => words[k].Readings.Any(PurportWords.Contains), -1);
            // "présenté comme", "presented as" only with their "comme"/"as" ("le bilan présenté par le ministère" is the ministry's);
            // "attribué à", "attributed to", "منسوب إلى" only where the content also circulates: a group's audio "attribué à" it in a
            // news story is read as the group's, a statement passed around as someone's and not on their channels is not theirs
            if (purport >= 0 && words[purport].Text.StartsWith("present", StringComparison.Ordinal) && !(purport + 1 < words.Count && words[purport + 1].Text is "comme" or "as"))
                purport = -1;
            if (purport >= 0 && (words[purport].Text.StartsWith("attribu", StringComparison.Ordinal) || words[purport].Readings.Any(r => r.Contains("منسوب", StringComparison.Ordinal)))
                && !Circulates(words, i))
                purport = -1;
            if (purport >= 0 && mentions.FirstOrDefault(m => m.Kind != SourceKind.Unattributed && m.First > purport && m.First - purport <= 6
                    && !Enumerable.Range(purport, m.First - purport).Any(k => words[k].Number is not null)) is { } issuer)
                (forged, last) = (true, issuer.Last);
            else if (purport >= 0 && words[purport].Readings.Any(r => r is "couleurs" or "bearing" or "styled" or "branded" or "مفبرك" or "مزور" or "مزيف" or "المزور"))
                forged = true;
            // a forged or purported document's own phrase ("faux communiqué de l'armée", "styled as an army bulletin") names whom
            // it pretends to be: its issuer and its statement noun are part of the content, not a speaker or a cue of their own
            if (forged && PurportedPhraseEnd(words, mentions, purport >= 0 ? purport : i) is var end and > 0)
                last = Math.Max(last, end);
            // in the title only a forged or purported statement is read (its issuer is not the story's issuer), and as no speaker
            if (ReadingTitle && !forged)
                continue;
            var circulating = forged || Circulates(words, i);
            if (!circulating && !SpeaksUnmarked(words, i))
                continue;
            // an author named after it ("partagée par le JNIM", "a video of the group") owns it, unless it is purported
            if (!forged && mentions.Exists(m => m.Kind != SourceKind.Unattributed && m.First > i && m.First - i <= 4
                    && Enumerable.Range(i + 1, m.First - i).Any(k => AuthorWords.Contains(words[k].Text) || words[k].Text.StartsWith('ل'))
                    || m.First == i + 1 && ArabicScript.Starts(words[i].Text)))
                continue;
            mentions.RemoveAll(m => m.First <= last && first <= m.Last);
            mentions.Add(new Mention(SourceKind.Unattributed, null, first, last, !ReadingTitle));
            i = last;
        }
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>
    /// Where the phrase of a purported issuer ends: the last mention or statement noun within six words after
    /// <paramref name="from"/> (the purport word, or the noun itself after "of/de"), before any number or verb of saying; else -1.
    /// </summary>
    private static int PurportedPhraseEnd(IReadOnlyList<ClaimWord> words, List<Mention> mentions, int from)
    {
        var end = -1;
        for (var k = from + 1; k < Math.Min(words.Count, from + 7); k++)
        {
            if (words[k].Number is not null || PhraseMatch.At(words, k, SourceVocabulary.Verbs) is not null)
                break;
            if (mentions.FirstOrDefault(m => m.First == k && m.Kind != SourceKind.Unattributed) is { } m)
                (end, k) = (m.Last, m.Last);
            else if (PhraseMatch.At(words, k, SourceVocabulary.Statements) is { } noun)
                (end, k) = (k + noun.Length - 1, k + noun.Length - 1);
            else if (PhraseMatch.At(words, k, SourceVocabulary.Sources) is { } named)
                (end, k) = (k + named.Length - 1, k + named.Length - 1);
        }
        return end;
    }

    /// <summary>Prepositions that make content the place where someone speaks: "In the video, a fighter says", "sur les images".</summary>
    private static readonly HashSet<string> InsideWords = new(StringComparer.Ordinal) { "in", "into", "within", "dans", "sur", "on", "في", "فى" };

    /// <summary>Whether a preposition of place stands before the noun, past at most an article and two modifiers ("In the 11-minute video").</summary>
    private static bool InsideContent(IReadOnlyList<ClaimWord> words, int noun)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - 4); k--)
            if (InsideWords.Contains(words[k].Text))
                return true;
            else if (words[k].Number is not null || PhraseMatch.At(words, k, SourceVocabulary.Verbs) is not null)
                return false;
        return ArabicScript.Starts(words[noun].Text) && words[noun].Text.StartsWith("بال", StringComparison.Ordinal);
    }

    /// <summary>Whether a sign of circulation stands within three words before the noun or six after it, in its clause.</summary>
    private static bool Circulates(IReadOnlyList<ClaimWord> words, int noun)
    {
        for (var k = Math.Max(0, noun - 3); k < Math.Min(words.Count, noun + 7); k++)
            if (k != noun && (words[k].Readings.Any(CirculationWords.Contains) || CirculationPair(words, k)))
                return true;
        return false;
    }

    /// <summary>
    /// Whether a social noun with no marker is an indefinite subject of a verb of saying within two words ("a post said", "des
    /// messages alarmistes parlent de", "Posts claim"), or the Arabic subject right after one ("تحدثت حسابات عن").
    /// </summary>
    private static bool SpeaksUnmarked(IReadOnlyList<ClaimWord> words, int noun)
    {
        if (!words[noun].Readings.Any(SocialNouns.Contains))
            return false;
        bool Saying(int k) => k >= 0 && k < words.Count && (PhraseMatch.At(words, k, SourceVocabulary.Verbs) is not null || PhraseMatch.At(words, k, SourceVocabulary.Participles) is not null);
        if (ArabicScript.Starts(words[noun].Text))
            return !words[noun].Text.StartsWith("ال", StringComparison.Ordinal) && (Saying(noun - 1) || Saying(noun + 1));
        var indefinite = noun == 0 || IndefiniteWords.Contains(words[noun - 1].Text) || words[noun].Text.EndsWith('s') && !(words[noun - 1].Text is "the" or "les" or "ces" or "these" or "those");
        return indefinite && (Saying(noun + 1) || Saying(noun + 2) && words[noun + 1].Number is null);
    }
}
