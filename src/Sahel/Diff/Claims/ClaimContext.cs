namespace Sahel.Diff.Claims;

/// <summary>
/// Sentences whose figures belong to another story or another event: a related-article line ("Lire aussi :",
/// "Read more:", "اقرأ أيضا") and a sentence recalling an earlier attack ("après celui qui avait fait 11 morts",
/// "following one that killed 11", "وكان هجوم مماثل … قد أسفر").
/// </summary>
internal static class ClaimContext
{
    private static readonly PhraseVocabulary<bool> RelatedLinks = ClaimVocabulary.Set(
        "lire aussi", "lire egalement", "a lire", "voir aussi", "read more", "read also", "see also", "related", "also read", "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "شاهد ايضا");

    private static readonly string[] EarlierEvent = [
        "avait fait", "avaient fait", "avait coute", "avait tue", "avaient tue", "depuis celle", "depuis celui",
        "following one that", "after one that", "was last hit", "last hit", "the previous attack", "an earlier attack", "last year", "l an dernier", "l annee derniere",
        "attaque similaire", "similar attack", "هجوم مماثل", "هجوما مماثلا", "العام الماضي", "السنه الماضيه"];

    /// <summary>Openings that point back at what was just said: "C'est ce qu'a rapporté…", "That is what…", "هذا ما أفاد به…".</summary>
    private static readonly PhraseVocabulary<bool> BackPointers = ClaimVocabulary.Set(
        "c est ce qu", "c est ce que", "c est ce qu a", "ce sont les chiffres", "that is what", "this is what", "that was what", "those are the figures",
        "هذا ما", "ذلك ما", "وهذا ما", "وذلك ما",
        "that was the toll", "that is the toll", "this was the toll", "those were the figures", "tel est le bilan", "c est le bilan", "هذه هي الحصيله", "تلك هي الحصيله",
        // session 8: "That's according to the police.", "C'est du moins ce qu'affirme…", "Ce chiffre, c'est la mairie qui le donne"
        "that s according to", "that is according to", "this is according to", "those are according to", "c est du moins ce qu", "c est du moins ce que", "ذلك بحسب", "هذا بحسب", "وذلك بحسب", "وهذا بحسب");

    /// <summary>A cleft that names who told what was just said: "C'est le chef de canton qui l'annonce", "It was the police who gave the figure".</summary>
    private static readonly PhraseVocabulary<bool> Clefts = ClaimVocabulary.Set("c est", "ce sont", "it is", "it was", "it s");

    /// <summary>
    /// session 8: a document speaks in its issuer's voice, named in its title or its first words: "Communiqué de Sanmatenga Gold SA",
    /// "Statement by Boungou Ridge Mining plc", "Press release: …", "Bilan opérationnel hebdomadaire du ministère de la Défense",
    /// "Point de presse du porte-parole", "بيان …", "حصيلة عملياتية لوزارة الدفاع", "Communiqué." opening a text.
    /// </summary>
    private static readonly PhraseVocabulary<bool> DocumentHeads = ClaimVocabulary.Set(
        "communique", "communique de presse", "press release", "news release", "statement by", "statement from", "statement of", "declaration de", "declaration du",
        "bilan operationnel", "bilan hebdomadaire", "bilan des operations", "point de presse", "press briefing", "bulletin", "operational update",
        "بيان", "بلاغ", "بيان صحفي", "حصيله عملياتيه", "الحصيله العملياتيه", "بلاغ صحفي");

    /// <summary>Whether the sentence opens on a document's heading (<see cref="DocumentHeads"/>).</summary>
    public static bool OpensOnDocument(ClaimSentence sentence) => sentence.Words.Count > 0 && PhraseMatch.At(sentence.Words, 0, DocumentHeads) is not null;

    /// <summary>
    /// "Le bilan a été communiqué par un notable", "These figures were given by a local official", "وقد أعلن الحصيلة
    /// مسؤول محلي": a sentence whose subject is the toll just given names who gave it.
    /// </summary>
    private static readonly PhraseVocabulary<bool> TollSubjects = ClaimVocabulary.Set(
        "le bilan", "ce bilan", "ces chiffres", "ce chiffre", "les chiffres", "the toll", "this toll", "the figure", "this figure", "these figures", "the figures", "the death toll", "الحصيله", "هذه الحصيله");

    /// <summary>A sentence that opens by pointing back at the one before ("C'est ce qu'a indiqué le maire", "Le bilan a été communiqué par…").</summary>
    /// "Ce bilan provisoire figure dans un communiqué du gouvernement": also past one adjective, with "figure"/"comes from".
    public static bool PointsBack(ClaimSentence sentence)
    {
        if (PhraseMatch.At(sentence.Words, 0, BackPointers) is not null)
            return true;
        if (PhraseMatch.At(sentence.Words, 0, Clefts) is { } cleft && Enumerable.Range(cleft.Length, Math.Max(0, Math.Min(8, sentence.Words.Count - cleft.Length))).Any(k => sentence.Words[k].Text is "qui" or "who"))
            return true;
        if (PhraseMatch.At(sentence.Words, 0, TollSubjects) is not { } toll)
            return false;
        bool Verb(int k) => k < sentence.Words.Count && sentence.Words[k].Text is "a" or "ont" or "was" or "were" or "has" or "have" or "had" or "avait" or "est"
            or "figure" or "figurent" or "provient" or "vient" or "comes" or "came";
        return Verb(toll.Length) || toll.Length + 1 < sentence.Words.Count && sentence.Words[toll.Length].Text is "provisoire" or "officiel" or "initial" or "provisional" or "official" or "initial" or "latest" && Verb(toll.Length + 1);
    }

    /// <summary>A related-article line: its marker within the first four words (after a live-blog time stamp).</summary>
    /// <summary>
    /// The word where a closing attribution in brackets opens, when the sentence ends on one, else -1: "(communiqué de
    /// l'état-major, lu à la télévision)", "(source : syndicat des enseignants)", "(بيان لوزارة الدفاع الوطني)", "(Source: UNHCR)",
    /// "(selon la mairie)". A bracket that only glosses a word ("(civils)", "(Niger)") names no source and is not read.
    /// </summary>
    public static int ClosingAttribution(ClaimSentence sentence)
    {
        var text = sentence.Text.AsSpan().TrimEnd(" .;\u00a0");
        var open = text.LastIndexOf('(');
        if (text.Length == 0 || text[^1] != ')' || open < 0)
            return -1;
        var words = sentence.Words;
        var first = 0;
        while (first < words.Count && words[first].Start <= open)
            first++;
        return first < words.Count && PhraseMatch.At(words, first, ClosingCues) is not null ? first : -1;
    }

    /// <summary>Words that open a closing attribution in brackets.</summary>
    private static readonly PhraseVocabulary<bool> ClosingCues = ClaimVocabulary.Set(
        "source", "sources", "communique", "communique de", "declaration", "bulletin", "selon", "d apres", "statement", "according to", "via", "report", "rapport",
        "بيان", "المصدر", "مصدر", "حسب", "بحسب", "وفق", "وفقا", "نقلا عن", "تقرير", "بلاغ");

    /// <summary>
    /// An interview's turn that opens the sentence: 1 for an answer ("R :", "A:", "Réponse :", "ج:"), -1 for a question ("Q :",
    /// "Question :", "س:"), else 0. An answer speaks with the interviewee's voice until the next question.
    /// </summary>
    public static int InterviewTurn(ClaimSentence sentence)
    {
        var words = sentence.Words;
        if (words.Count < 2 || !sentence.Between(0, 1).Contains(':'))
            return 0;
        return words[0].Text switch
        {
            "r" or "a" or "reponse" or "answer" or "ج" or "جواب" => 1,
            "q" or "question" or "س" or "سؤال" => -1,
            _ => 0,
        };
    }

    /// <summary>
    /// session 9: whether the sentence asks (the splitter drops its "?", so it is looked up in its block from
    /// <paramref name="searched"/> on, which moves past it). A question asserts nothing: "Has ISWAP claimed the attack? Can you
    /// confirm?" names no source for the figures after it.
    /// </summary>
    public static bool Asks(string block, ref int searched, ClaimSentence sentence)
    {
        var at = block.IndexOf(sentence.Text, Math.Min(searched, block.Length), StringComparison.Ordinal);
        if (at < 0)
            return false;
        searched = at + sentence.Text.Length;
        var k = searched;
        while (k < block.Length && block[k] is '.' or '!' or '…' or ';')
            k++;
        return k < block.Length && block[k] is '?' or '؟' || searched < block.Length && block[searched] is '?' or '؟';
    }

    public static bool IsRelatedLink(ClaimSentence sentence) =>
        Enumerable.Range(0, Math.Min(4, sentence.Words.Count)).Any(i => PhraseMatch.At(sentence.Words, i, RelatedLinks) is not null);

    /// <summary>
    /// A sentence that opens on a year ("In 2019, an attack blamed on the group killed 71", "En 2020, …", "في عام ٢٠١٩"):
    /// news tells today's event without its year, so a year up front is history.
    /// </summary>
    public static bool OpensOnAYear(ClaimSentence sentence)
    {
        var words = sentence.Words;
        var k = 0;
        if (k < words.Count && words[k].Text is "in" or "en" or "fin" or "debut" or "في" or "وفي" or "late" or "early" or "depuis" or "since" or "منذ" or "ومنذ")
            k++;
        if (k < words.Count && words[k].Text is "عام" or "سنه")
            k++;
        return k > 0 && k < words.Count && words[k].Text.Length == 4 && words[k].Text.All(char.IsDigit)
            && k + 1 < words.Count && sentence.Between(k, k + 1).Contains(',');
    }

    /// <summary>
    /// A figure an outlet takes back: "Une version précédente … indiquait 12 morts", "An earlier version of this story
    /// said 12", "ذكرت نسخة سابقة … ١٢ قتيلا". Its figures, up to the end of the clause, are no one's toll.
    /// </summary>
    private static readonly string[] Superseded =
        ["version precedente", "precedente version", "version anterieure", "earlier version", "previous version", "earlier story", "نسخه سابقه",
        // a correction in the outlet's own words: "ورد في خبر نشرناه أمس … والصحيح", "we incorrectly reported", "nous avions écrit"
        "ورد في خبر", "خبر نشرناه", "ذكرنا خطا", "اوردنا خطا", "incorrectly reported", "incorrectly said", "incorrectly stated", "wrongly reported", "wrongly said", "erroneously reported",
        "nous avions indique", "nous avions ecrit", "indique par erreur", "ecrit par erreur",
        // session 7, the rest of the correction's paradigm: the outlet's imperfect ("nous indiquions par erreur que", "nous écrivions
        // que"), "à tort", "mistakenly", "in error", "we reported", an earlier report of its own ("ورد في تقرير نشرناه", "ذكرنا في")
        "nous indiquions", "nous ecrivions", "nous annoncions", "nous rapportions", "nous affirmions", "annonce par erreur", "indique a tort", "ecrit a tort", "annonce a tort",
        "mistakenly reported", "mistakenly said", "mistakenly stated", "said in error", "reported in error", "we reported that", "we said that", "we wrote that",
        "ورد في تقرير", "تقرير نشرناه", "نشرناه امس", "ذكرنا في", "اوردنا في", "ذكرنا ان", "اوردنا ان"];

    /// <summary>
    /// Openings of a recalled event that come after today's figures in the same sentence: "a year after 71 soldiers were
    /// killed", "trois ans après l'attaque de 2015 qui avait fait 10 morts", "بعد عامين من مجزرة", "Pour mémoire", "Elle
    /// rappelle que". Figures from there on are the other event's; the ones before stay.
    /// </summary>
    private static readonly string[] RecallFromHere = [
        "a year after", "years after", "months after", "weeks after", "a year since", "one year after", "two years after", "un an apres", "ans apres", "mois apres", "semaines apres",
        "بعد عام من", "بعد عامين من", "بعد سنه من", "بعد سنتين من", "بعد اشهر من", "بعد ثلاث سنوات", "بعد ثلاثه اعوام",
        "pour memoire", "rappelle que", "rappelant que", "rappelons que", "a rappeler", "for the record", "recalled that", "recalling that", "as a reminder", "للتذكير", "يذكر ان", "تجدر الاشاره"];

    private enum Mark { Earlier, Superseded, RecallFromHere, Claiming, Falsity, PeriodAnywhere, PeriodFronted }


    private static PhraseVocabulary<Mark> BuildMarks()
    {
        var marks = new PhraseVocabulary<Mark>();
        foreach (var (mark, phrases) in new[] { (Mark.Earlier, EarlierEvent), (Mark.Superseded, Superseded), (Mark.RecallFromHere, RecallFromHere),
            (Mark.Claiming, ClaimingWords), (Mark.Falsity, FalsityWords), (Mark.PeriodAnywhere, PeriodAnywhere), (Mark.PeriodFronted, PeriodFronted) })
            foreach (var phrase in phrases)
                marks.AddPhrase(Sahel.Normalize.TextNormalizer.Normalize(phrase), mark);
        return marks;
    }

    private static readonly HashSet<string> PeriodWords = new(StringComparer.Ordinal) { "en", "in", "depuis", "since", "during", "pendant", "durant", "في", "منذ", "خلال", "عام", "لعام", "سنه" };

    /// <summary>
    /// The words of a sentence whose figures are not this story's tolls: a retracted figure's clause, what follows a
    /// recall, and a clause that counts over a year ("1 277 civils ont été tués au Mali en 2023", "since 2021").
    /// </summary>
    public static Events Read(ClaimSentence sentence)
    {
        var words = sentence.Words;
        var recalls = OpensOnAYear(sentence);
        List<(int From, int To)>? spans = null;
        var from = words.Count; // after a recall, the rest of the sentence is the other event's
        var claim = -1;
        var falsified = false;
        for (var i = 0; i < words.Count; i++)
        {
            var marked = PhraseMatch.At(words, i, Marks);
            if (marked is { Value: Mark.Claiming or Mark.Falsity or Mark.PeriodAnywhere or Mark.PeriodFronted } mark)
            {
                // a fact check's false claim: from the first claiming word to the verdict ("A video claiming that 50 soldiers were killed
                // is false", "ادعاء مقتل ٥٠ جنديا غير صحيح"); figures after the verdict stay.
                if (mark.Value == Mark.Claiming)
                    claim = claim < 0 ? i : claim;
                else if (mark.Value == Mark.Falsity)
                {
                    if (claim >= 0 && !falsified)
                        (spans ??= []).Add((claim, i));
                    falsified = falsified || claim >= 0;
                }
                // session 7, precision: "So far this year, 230 soldiers…", "This year alone", "Cette année,", "وقتل هذا العام": a count
                // over the year, fronted or anywhere for the forms that only count ("so far this year", "this year alone").
                else if (mark.Value == Mark.PeriodAnywhere || ClauseStart(sentence, i) >= i - 1)
                {
                    var start = ClauseStart(sentence, i);
                    (spans ??= []).Add((start, start >= i - 1 ? FrontedEnd(sentence, i) : ClauseEnd(sentence, i)));
                }
                i += mark.Length - 1;
            }
            else if (marked is { } other)
            {
                if (other.Value == Mark.Earlier)
                    recalls = recalls || !ReportedPluperfect(words, i, other.Length);
                else if (other.Value == Mark.Superseded)
                {
                    // "An earlier version of this article, published on Tuesday, said 14": past asides that hold no figure yet.
                    var end = ClauseEnd(sentence, i + other.Length);
                    while (end + 1 < words.Count && !Enumerable.Range(i, end - i + 1).Any(k => words[k].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[k].Text)))
                        end = ClauseEnd(sentence, end + 1);
                    (spans ??= []).Add((i, end));
                }
                else
                    from = Math.Min(from, i);
            }
            // "14 aid workers have been kidnapped since January", "depuis le début de l'année", "منذ بداية العام": a count kept over months.
            // Fronted ("Depuis le début de l'année, 17 enseignants…"), it spans the clause after its comma too.
            // (round 23: not the date of a disappearance, "porté disparu depuis décembre", "missing since June")
            else if (words[i].Text is "since" or "depuis" or "منذ" or "ومنذ" && i + 1 < words.Count && !TollFinder.DatesAMissingState(sentence, i) && (Months.Contains(words[i + 1].Text)
                || PhraseMatch.At(words, words[i + 1].Text is "le" or "the" ? i + 2 : i + 1, YearStarts) is { } begun && (begun.Value || !BegunThisWeek(words, (words[i + 1].Text is "le" or "the" ? i + 2 : i + 1) + begun.Length))))
            {
                var start = ClauseStart(sentence, i);
                (spans ??= []).Add((start, start == i ? FrontedEnd(sentence, i) : ClauseEnd(sentence, i)));
            }
            else if (words[i].Text.Length == 4 && IsYear(words[i]) && i > 0 && words[i - 1].Readings.Any(PeriodWords.Contains) && (i < 2 || !IsMonthOrDay(words[i - 2])))
                (spans ??= []).Add((ClauseStart(sentence, i), TollFinder.YearReach(sentence, i, ClauseEnd(sentence, i))));
            // "in April 2025", "l'attaque de mai 2025", "the July 2025 attacks", "في ديسمبر ٢٠١٩", "en août dernier", "last May",
            // "في أغسطس الماضي": a month dated without its day is another event, told in the past; its clause and the rest of
            // the sentence are that event's ("Its deadliest raid, in April 2025, killed 54"). A day before the month is
            // today's dateline or the event's own date ("Le 12 mai 2025, des militaires…"), "between January and March 2026" a
            // report's period: both stay.
            else if (PastMonth(words, i) || TollFinder.DatedEarlierEvent(words, i))
                (spans ??= []).Add((ClauseStart(sentence, i), words.Count - 1));
        }
        if (from < words.Count)
            (spans ??= []).Add((from, words.Count - 1));
        return new Events(recalls, spans);
    }

    /// <summary>
    /// A French pluperfect that tells today's event, not an earlier one: the pluperfect of a reporting verb ("Le ministère
    /// avait fait état de 12 soldats tués"), and the sequence of tenses after a verb of saying ("Le gouverneur a indiqué que
    /// les tirs avaient fait trois morts"). What is said is this story's figure; a recall says so in other words.
    /// </summary>
    private static bool ReportedPluperfect(IReadOnlyList<ClaimWord> words, int mark, int length)
    {
        if (words[mark].Text is not ("avait" or "avaient"))
            return false;
        if (mark + length < words.Count && words[mark + length].Text == "etat")
            return true;
        // "Selon l'acte d'accusation, l'embuscade avait coûté la vie à neuf militaires", "L'attaque … avait fait onze morts selon la
        // gendarmerie": a source's account of the story's own attack (a trial, a release, a reopened market) in the sequence of
        // tenses; a recall is the writer's background and names no one. "Leur enlèvement avait coûté la vie à deux hommes": the
        // event of the people the story is about.
        if (Enumerable.Range(0, words.Count).Any(k => words[k].Text is "selon" || words[k].Text == "d" && k + 1 < words.Count && words[k + 1].Text == "apres"))
            return true;
        if (mark >= 2 && words[mark - 2].Text is "leur" or "son" or "sa" && mark == ClauseStartWord(words, mark - 2) + 2)
            return true;
        for (var k = 1; k < mark; k++)
            if (words[k].Text is "que" or "qu" && Enumerable.Range(Math.Max(0, k - 3), Math.Min(3, k)).Any(j => PhraseMatch.At(words, j, SourceVocabulary.Verbs) is not null))
                return true;
        return false;
    }

    /// <summary>Where the clause of a word opens, by words: the sentence's start, or just past "et"/"mais" before it.</summary>
    private static int ClauseStartWord(IReadOnlyList<ClaimWord> words, int i)
    {
        while (i > 0 && words[i - 1].Text is not ("et" or "mais" or "qui" or "que"))
            i--;
        return i;
    }

    /// <summary>What <see cref="Read"/> found in a sentence.</summary>
    /// <param name="RecallsAnotherEvent">The sentence recalls an earlier attack: none of its figures are this story's.</param>
    /// <param name="Elsewhere">Spans of words whose figures are another event's or taken back.</param>
    internal sealed record Events(bool RecallsAnotherEvent, List<(int From, int To)>? Elsewhere)
    {
        public List<TollFinder.Found> OnlyThisEvent(List<TollFinder.Found> figures)
        {
            if (Elsewhere is { } spans && figures.Count > 0)
                figures.RemoveAll(f => spans.Exists(s => s.From <= f.First && f.First <= s.To || s.From <= f.Last && f.Last <= s.To));
            return figures;
        }
    }

    /// <summary>The start of the year, after "since"/"depuis" and an article (phrases are at most four words).</summary>
    /// Also the start of an operation or a conflict: "Since the operation began in October, 412 fighters…", "depuis le début de
    /// l'opération", "منذ انطلاق العملية", "since the insurgency began": a count kept over its course.
    private static readonly string[] OperationStarts = [
        "operation began", "operation started", "operation was launched", "start of the operation", "beginning of the operation", "debut de l operation", "lancement de l operation",
        "conflict began", "insurgency began", "start of the conflict", "beginning of the conflict", "start of the insurgency", "debut du conflit", "debut de la crise",
        "بدء العمليه", "بدايه العمليه", "انطلاق العمليه", "بدء النزاع", "بدايه النزاع", "اندلاع النزاع", "اندلاع الحرب", "بدايه الحرب", "بدء الحرب"];

    private static readonly PhraseVocabulary<bool> YearStarts = BuildYearStarts();

    private static PhraseVocabulary<bool> BuildYearStarts()
    {
        var starts = ClaimVocabulary.Set("debut de l annee", "debut de l an", "start of the year", "beginning of the year", "start of this year", "بدايه العام", "بدايه السنه", "مطلع العام");
        // an operation's or a conflict's start (false): a period only when it did not begin this week ("Since the operation began on
        // Monday, 40 terrorists…" is this story's toll)
        foreach (var phrase in OperationStarts)
            starts.AddPhrase(Sahel.Normalize.TextNormalizer.Normalize(phrase), false);
        return starts;
    }


    /// <summary>Days of this week and their neighbours: "lundi", "on Monday", "السبت", "hier", "yesterday", "أمس".</summary>
    private static readonly HashSet<string> RecentDays = new(StringComparer.Ordinal)
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "امس", "today", "aujourd", "اليوم",
    };

    /// <summary>A day of this week within the three words after a start: "Since the operation began on Monday".</summary>
    private static bool BegunThisWeek(IReadOnlyList<ClaimWord> words, int after) =>
        Enumerable.Range(after, Math.Max(0, Math.Min(3, words.Count - after))).Any(k => words[k].Readings.Any(RecentDays.Contains));

    /// <summary>Counts over a period in any position: "so far this year", "this year alone", "depuis un an".</summary>
    private static readonly string[] PeriodAnywhere = ["so far this year", "this year alone", "so far in", "in the past year", "over the past year", "in the past twelve months",
        "over the past twelve months", "depuis un an", "en un an", "au cours de l annee ecoulee", "sur l ensemble de l annee", "منذ مطلع", "منذ بدايه", "خلال العام الجاري", "منذ مطلع العام الجاري"];

    /// <summary>Counts over a period only when they open their clause: "Cette année, …", "This year, …", "هذا العام".</summary>
    private static readonly string[] PeriodFronted = ["this year", "cette annee", "هذا العام", "هذه السنه", "العام الجاري"];

    /// <summary>Where a fronted period's reach ends: its clause and the clauses after it up to the first that holds a count.</summary>
    private static int FrontedEnd(ClaimSentence sentence, int i)
    {
        var words = sentence.Words;
        var end = ClauseEnd(sentence, ClauseEnd(sentence, i) + 1);
        for (var extra = 0; extra < 2 && end + 1 < words.Count && !Enumerable.Range(i, end - i + 1).Any(k => words[k].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[k].Text)); extra++)
            end = ClauseEnd(sentence, end + 1);
        return end;
    }

    internal static bool IsYear(ClaimWord word) => word.Number is >= 1960 and <= 2100 && word.Text.Length == 4;

    /// <summary>Months in the three languages, as normalised (the Arabic in their Egyptian and Maghrebi names).</summary>
    internal static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "جانفي", "فيفري", "افريل", "ماي", "جوان", "جويليه", "اوت",
    };

    private static bool IsMonthOrDay(ClaimWord word) => Months.Contains(word.Text) || word.Number is >= 1 and <= 31;

    /// <summary>What may stand before a month dated without its day: "in", "en", "في", "of"/"de" after an event noun, "the" before an adjective.</summary>
    private static readonly HashSet<string> MonthOpeners = new(StringComparer.Ordinal) { "in", "en", "fin", "debut", "mi", "في", "خلال", "شهر", "of", "de", "d", "du", "the", "late", "early" };

    /// <summary>"dernier", "last", "الماضي": a month of the past year or earlier this one.</summary>
    private static readonly HashSet<string> LastWords = new(StringComparer.Ordinal) { "dernier", "derniere", "الماضي", "المنصرم" };

    /// <summary>A month with its year and no day ("in April 2025", "the July 2025 attacks") or a month called last ("en mai dernier", "last May", "في أغسطس الماضي").</summary>
    private static bool PastMonth(IReadOnlyList<ClaimWord> words, int i)
    {
        if (!Months.Contains(words[i].Text) || i > 0 && words[i - 1].Number is >= 1 and <= 31)
            return false;
        if (i + 1 < words.Count && IsYear(words[i + 1]))
            return i > 0 && words[i - 1].Readings.Any(MonthOpeners.Contains);
        return i + 1 < words.Count && LastWords.Contains(words[i + 1].Text) || i > 0 && words[i - 1].Text == "last" || TollFinder.MonthOfAnEvent(words, i);
    }

    /// <summary>What a fact check or a denial quotes: "a video claiming that", "une publication affirmant que", "ادعاء", "تزعم".</summary>
    private static readonly string[] ClaimingWords = [
        "claiming that", "claims that", "claim that", "claimed that", "alleging that", "purporting to show", "affirmant que", "pretendant que", "pretend que", "affirme que",
        "selon laquelle", "selon lesquelles", "ادعاء", "ادعاءات", "تزعم", "يزعم", "تدعي", "يدعي", "مزاعم", "زعم"];

    /// <summary>A fact check's verdict: "is false", "est fausse", "fake", "غير صحيح", "عار من الصحة".</summary>
    private static readonly string[] FalsityWords = [
        "is false", "are false", "was false", "is fake", "is misleading", "is untrue", "fabricated", "est faux", "est fausse", "sont faux", "sont fausses", "infonde", "infondee", "infondes", "infondees", "sans fondement", "trompeuse", "fake news",
        "غير صحيح", "غير صحيحه", "عار من الصحه", "عاريه من الصحه", "كاذب", "كاذبه", "مفبرك", "مفبركه", "مضلل", "مضلله"];

    /// <summary>Commas and semicolons, Latin and Arabic.</summary>
    private const string ClauseMarks = ",;\u060C\u061B";

    private static int ClauseStart(ClaimSentence sentence, int word)
    {
        var words = sentence.Words;
        for (var k = word; k > 0; k--)
            if (sentence.Between(k - 1, k).IndexOfAny(ClauseMarks) >= 0)
                return k;
        return 0;
    }

    private static int ClauseEnd(ClaimSentence sentence, int word)
    {
        var words = sentence.Words;
        for (var k = Math.Max(0, word); k + 1 < words.Count; k++)
            if (sentence.Between(k, k + 1).IndexOfAny(ClauseMarks) >= 0)
                return k;
        return words.Count - 1;
    }

    // Not Arabic's pluperfect alone: "وكانت وزارة الدفاع قد تحدثت عن ستة قتلى" is an earlier statement on the same attack.
    public static bool RecallsAnotherEvent(ClaimSentence sentence) => Read(sentence).RecallsAnotherEvent;

    /// <summary>Every kind of mark in one vocabulary: one look-up per word. Last, so the phrase lists above are set first.</summary>
    private static readonly PhraseVocabulary<Mark> Marks = BuildMarks();
}
