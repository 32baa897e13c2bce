namespace Sahel.Diff.Claims;

/// <summary>
/// Session 17, round 36: bare "sources" placed in a village or town ("nos sources dans la localité", "mes sources sur place",
/// "sources in the village", "مصادر في البلدة", "sources on the ground") are people of that place speaking: `local`, as "sources
/// locales" already are. A bare source stays no one's when nothing places it, when the place is a capital, a country or a
/// region ("une source à Bamako", "sources in Mali": where the state or anyone may speak), and when it is inside an institution
/// (<see cref="SourcesWithin"/>, read before). Three writers label such sources `local` (dev11, fresh5, dev14), none otherwise.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>The bare nouns of sources, and a journalist's own ("mes sources", "مصادري", "مصادرنا").</summary>
    private static readonly HashSet<string> BareSourceNouns = new(StringComparer.Ordinal)
    {
        "source", "sources", "مصدر", "مصادر", "مصدرا", "مصادري", "مصادرنا",
    };

    /// <summary>Places of the people themselves, after a preposition of place: a village, a locality, a town's quarter.</summary>
    private static readonly HashSet<string> LocalityNouns = new(StringComparer.Ordinal)
    {
        "localite", "village", "villages", "commune", "quartier", "locality", "town", "community", "neighbourhood", "neighborhood",
        "القريه", "البلده", "الحي", "البلديه", "القري", "قريه", "بلده",
    };

    /// <summary>"sur place", "on the ground", "on the spot", "في عين المكان", "ميدانية": the sources are where it happened.</summary>
    private static readonly PhraseVocabulary<bool> OnTheSpot = ClaimVocabulary.Set(
        "sur place", "sur le terrain", "on the ground", "on the spot", "في عين المكان", "في الميدان", "ميدانيه");

    /// <summary>Articles between a preposition of place and the place.</summary>
    private static readonly HashSet<string> PlaceArticles = new(StringComparer.Ordinal) { "la", "le", "l", "les", "the", "that", "this", "cette", "ce" };

    private void PlacedSources(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        List<Sahel.Normalize.EntityRecognizer.Match>? places = null;
        // a journalist's own sources in Arabic are one word ("مصادري", "مصادرنا"), which the vocabulary's "!مصادر" does not match
        // (added here only to be placed: one left unplaced is taken out again below)
        var own = new List<Mention>();
        for (var i = 0; i < words.Count; i++)
            if (words[i].Text is "مصادري" or "مصادرنا" && !mentions.Exists(m => m.First <= i && i <= m.Last))
                own.Add(new Mention(SourceKind.Unattributed, null, i, i, true));
        if (own.Count > 0)
        {
            mentions.AddRange(own);
            mentions.Sort((a, b) => a.First.CompareTo(b.First));
        }
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k] is not { Kind: SourceKind.Unattributed, Name: null } bare || !BareSourceNouns.Contains(words[bare.Last].Text) || bare.Last + 1 >= words.Count)
                continue;
            var next = bare.Last + 1;
            // another speaker named right after ("des sources de l'armée") is read by the steps before; a mention there stops this one
            if (mentions.Exists(o => o.First > bare.Last && o.First <= bare.Last + 4))
                continue;
            var last = -1;
            if (PhraseMatch.At(words, next, OnTheSpot) is { } spot)
                last = next + spot.Length - 1;
            else if (words[next].Text is "dans" or "a" or "au" or "in" or "at" or "inside" or "في" or "داخل")
            {
                var p = next + 1;
                while (p < words.Count && p <= next + 2 && PlaceArticles.Contains(words[p].Text))
                    p++;
                if (p < words.Count && LocalityNouns.Contains(words[p].Text))
                    last = p;
                else if (p < words.Count)
                {
                    places ??= Recognize(sentence);
                    if (places.Find(m => m.Start == p && m.Place is { Capital: false, Kind: "town" or "village" or "city" or "border_post" }) is { } town)
                        last = town.Start + town.Length - 1;
                }
            }
            if (last >= 0)
                mentions[k] = bare with { Kind = SourceKind.Local, Last = last };
        }
        if (own.Count > 0)
            mentions.RemoveAll(own.Contains);
    }
}
