using Sahel.Model;

namespace Sahel.Normalize;

/// <summary>
/// Finds gazetteer places and lexicon actors in text: longest match over normalised token sequences, at word
/// boundaries, with Arabic proclitics read off the first word. Names are indexed by their first token, so a story
/// costs one lookup per word plus a few per candidate. Short names written in capitals in the lexicon (FAN, ANT)
/// match only words written in capitals. Ambiguous places (Say, Bol, Ber) count only with context: a
/// place-type word just before them, or another place of the same country in the story. Thread-safe after build.
/// </summary>
public sealed class EntityRecognizer
{
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "ville", "localite", "village", "commune", "region", "cercle", "departement", "province", "prefecture", "camp",
        "town", "city", "district", "area", "near", "pres", "مدينه", "بلده", "قريه", "منطقه", "ولايه", "مقاطعه", "محافظه", "قرب", "بلدة",
        // Prepositions count too: an ambiguous Latin-script name must also be capitalised ("in Bosso", not "residents say").
        "a", "de", "du", "vers", "sur", "in", "at", "of", "from", "outside", "around", "في", "الي", "من", "حول",
    };

    private readonly Dictionary<string, List<Entry>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _byName = new(StringComparer.Ordinal);

    internal EntityRecognizer(Lexicon lexicon)
    {
        foreach (var (place, names) in lexicon.PlaceNames)
            foreach (var name in names)
                Add(name, place, null);
        foreach (var (actor, names) in lexicon.ActorNames)
            foreach (var name in names)
                Add(name, null, actor);
        foreach (var list in _byFirstToken.Values)
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
    }

    public sealed record Match(Place? Place, Actor? Actor, int Start, int Length);

    public List<Match> Recognize(IReadOnlyList<Token> tokens)
    {
        var matches = new List<Match>();
        for (var i = 0; i < tokens.Count;)
        {
            var match = LongestAt(tokens, i);
            if (match is null)
            {
                i++;
                continue;
            }
            matches.Add(match);
            i += match.Length;
        }
        return matches;
    }

    /// <summary>Keeps an ambiguous place only when the text gives it context.</summary>
    public static bool HasContext(Match match, IReadOnlyList<Token> tokens, IEnumerable<Place> others)
    {
        if (!tokens[match.Start].Capital)
            return false;
        for (var back = 1; back <= 2 && match.Start - back >= 0; back++)
            if (PlaceWords.Contains(tokens[match.Start - back].Text))
                return true;
        return others.Any(p => !p.Ambiguous && p.Kind != "country" && p.Country == match.Place!.Country);
    }

    internal Place? FindPlaceByName(string name) => _byName.GetValueOrDefault(TextNormalizer.Normalize(name))?.Place;

    internal Actor? FindActorByName(string name) => _byName.GetValueOrDefault(TextNormalizer.Normalize(name))?.Actor;

    private Match? LongestAt(IReadOnlyList<Token> tokens, int start)
    {
        Match? best = null;
        foreach (var reading in ArabicProclitics.Readings(tokens[start].Text))
        {
            if (!_byFirstToken.TryGetValue(reading, out var entries))
                continue;
            foreach (var entry in entries)
            {
                if (best is not null && entry.Tokens.Length <= best.Length)
                    break;
                if (Matches(entry, tokens, start))
                    best = new Match(entry.Place, entry.Actor, start, entry.Tokens.Length);
            }
        }
        return best;
    }

    private static bool Matches(Entry entry, IReadOnlyList<Token> tokens, int start)
    {
        if (start + entry.Tokens.Length > tokens.Count)
            return false;
        for (var k = 1; k < entry.Tokens.Length; k++)
            if (tokens[start + k].Text != entry.Tokens[k])
                return false;
        return !entry.CapitalsOnly || tokens[start].Upper;
    }

    private void Add(string name, Place? place, Actor? actor)
    {
        var tokens = TextNormalizer.TokenizeDetailed(name);
        if (tokens.Count == 0)
            return;
        // "FAN", "ANT", "EI": written in capitals and short, they are also ordinary words in lower case.
        var capitalsOnly = tokens.Count == 1 && name.Length <= 4 && name.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var entry = new Entry(tokens.Select(t => t.Text).ToArray(), place, actor, capitalsOnly);
        if (!_byFirstToken.TryGetValue(entry.Tokens[0], out var list))
            _byFirstToken[entry.Tokens[0]] = list = [];
        list.Add(entry);
        _byName.TryAdd(string.Join(' ', entry.Tokens), entry);
    }

    private sealed record Entry(string[] Tokens, Place? Place, Actor? Actor, bool CapitalsOnly);
}
