namespace Sahel.Diff.Claims;

/// <summary>
/// Session 15, round 31: a capital named as a place, not as its government speaking. "Bamako a démenti", "Niamey says",
/// "نواكشوط تحتج" make the capital the government's voice; "notre correspondant à Nouakchott", "our Niamey correspondent",
/// "sources interviewed in N'Djamena", "لمراسلنا في نيامي" and a dateline of two cities ("الخرطوم/إنجامينا -") only say where
/// someone is or where the story was filed, and the government must not speak there for the one who does.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>The capitals the vocabulary reads as their government, normalised, several words joined by one space.</summary>
    private static readonly HashSet<string> CapitalNames = new(SourceVocabulary.GovernmentCapitals, StringComparer.Ordinal);

    /// <summary>Nouns of a medium a capital may stand before as an attribute: "our Niamey correspondent", "the Bamako bureau".</summary>
    private static readonly HashSet<string> MediumNouns = new(StringComparer.Ordinal)
    {
        "correspondent", "correspondents", "reporter", "reporters", "bureau", "office", "desk", "stringer",
    };

    /// <summary>Whether the mention is a capital, read as its government.</summary>
    private static bool IsCapital(IReadOnlyList<ClaimWord> words, Mention m) =>
        m is { Kind: SourceKind.Government, Name: null } && m.Last - m.First <= 1
        && CapitalNames.Contains(string.Join(' ', Enumerable.Range(m.First, m.Last - m.First + 1).Select(k => words[k].Text)));

    /// <summary>
    /// Whether the mention is a capital after a preposition of place that places a medium or those it reached ("notre
    /// correspondant à Nouakchott", "joints à Niamey", "interviewed in Bamako", "لمراسلنا في نيامي"): no speaker. A capital
    /// after an office or a body the vocabulary does not name ("المحكمة … في نواكشوط", "the authorities in Bamako") is left
    /// as it was read: there it may be the only trace of the state that speaks.
    /// </summary>
    private static bool CapitalPlace(IReadOnlyList<ClaimWord> words, Mention m) =>
        IsCapital(words, m) && m.First > 1 && LocativeWords.Contains(words[m.First - 1].Text)
        && Enumerable.Range(Math.Max(0, m.First - 4), Math.Min(3, m.First - 1)).Any(k => PlacedWords.Contains(words[k].Text));

    /// <summary>A medium's noun or a participle of reaching or quoting, before the place of the one it names.</summary>
    private static readonly HashSet<string> PlacedWords = new(StringComparer.Ordinal)
    {
        "correspondant", "correspondante", "correspondent", "reporter", "envoye", "journaliste", "journalist", "مراسل", "مراسلنا", "لمراسلنا", "مراسلها", "لمراسلها", "مراسلته",
        "joint", "jointe", "joints", "jointes", "contacte", "contactes", "contactee", "contactees", "interroge", "interroges", "interrogee", "interrogees",
        "reached", "contacted", "interviewed", "quoted", "cite", "cites", "citee", "citees",
    };

    /// <summary>
    /// Removes the capitals that are places: after a preposition of place ("à", "in", "at", "في", "من"; the speaker it placed was
    /// joined to it before, see <see cref="PlacedSpeakers"/>), or before a medium's noun ("our Niamey correspondent").
    /// </summary>
    private static void WithoutCapitalPlaces(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        var issued = mentions.Where(m => DocumentPlace(words, m) && mentions.Exists(o => o.Last < m.First && o.Kind is not (SourceKind.Media or SourceKind.Unattributed) && !IsCapital(words, o))).ToList();
        mentions.RemoveAll(m => CapitalPlace(words, m) || IsCapital(words, m) && m.Last + 1 < words.Count && MediumNouns.Contains(words[m.Last + 1].Text) || issued.Contains(m));
    }

    /// <summary>A statement's noun or the participle that issued it, before the place it was issued in.</summary>
    private static readonly HashSet<string> IssuedWords = new(StringComparer.Ordinal)
    {
        "statement", "communique", "issued", "publie", "diffuse", "بيان", "بيانا", "صدر", "اصدره",
    };

    /// <summary>
    /// Session 15, round 32: whether the mention is a capital where a statement was issued ("in a statement in N'Djamena",
    /// "dans un communiqué publié à Niamey", "في بيان صدر في نيامي"): the caller removes it when a speaker is named before it,
    /// who issued the statement there (the MNJTF's officer, not the government of the city).
    /// </summary>
    private static bool DocumentPlace(IReadOnlyList<ClaimWord> words, Mention m) =>
        IsCapital(words, m) && m.First > 1 && LocativeWords.Contains(words[m.First - 1].Text)
        && Enumerable.Range(Math.Max(0, m.First - 4), Math.Min(3, m.First - 1)).Any(k => IssuedWords.Contains(words[k].Text));

    /// <summary>
    /// Joins a capital standing before a medium's noun to the medium ("our Niamey correspondent", "the Bamako bureau"): the
    /// capital tells which correspondent, so that who reached or quoted the speakers is read as one medium (before the tellers are
    /// removed).
    /// </summary>
    private static void CapitalsOfMedia(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        for (var k = mentions.Count - 1; k >= 0; k--)
            if (IsCapital(words, mentions[k]) && mentions.FindIndex(o => o is { Kind: SourceKind.Media, Name: null } && o.First == mentions[k].Last + 1) is var medium and >= 0
                && MediumNouns.Contains(words[mentions[medium].First].Text))
            {
                mentions[medium] = mentions[medium] with { First = mentions[k].First };
                mentions.RemoveAt(k);
            }
    }

    /// <summary>
    /// A dateline of two cities joined by a slash ("الخرطوم/إنجامينا -", "Khartoum/N'Djamena —"): the capital after the slash is
    /// where the story was filed too, as the first city.
    /// </summary>
    private static bool SecondDatelineCity(ClaimSentence sentence, Mention m) =>
        m.First == 1 && sentence.Between(0, 1).Contains('/') && sentence.Words[0].Number is null;
}
