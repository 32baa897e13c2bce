namespace Sahel.Diff.Claims;

/// <summary>
/// Mentions that are, or belong to, a place: a gendarmerie named as a place ("poste de gendarmerie", "مركز الدرك") is no
/// speaker, a capital after "à"/"in"/"في" places the speaker before it ("une source hospitalière à N'Djamena"), and officials
/// of a place ("les autorités locales", "local officials") speak as locals, not for the government.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Places a gendarmerie is named in: "poste de gendarmerie", "مركز الدرك".</summary>
    private static readonly HashSet<string> GendarmeriePlaces = new(StringComparer.Ordinal)
    {
        "poste", "brigade", "ecole", "camp", "caserne", "post", "station", "school", "barracks", "base", "checkpoint",
        "مركز", "مقر", "ثكنه", "مدرسه", "نقطه", "موقع", "حاجز", "مخفر",
    };

    /// <summary>Whether the gendarmerie at <paramref name="first"/> is a place: after "de"/"du" or a place's noun, or before a place's noun.</summary>
    private static bool GendarmerieAsPlace(IReadOnlyList<ClaimWord> words, int first, int last)
    {
        if (!words[first].Readings.Any(r => r is "gendarmerie" or "الدرك"))
            return false;
        var before = first > 0 ? words[first - 1].Text : "";
        return before is "de" or "du" or "d" || first > 0 && words[first - 1].Readings.Any(GendarmeriePlaces.Contains)
            || last + 1 < words.Count && GendarmeriePlaces.Contains(words[last + 1].Text);
    }

    /// <summary>Prepositions of place between a speaker and where it is: "à", "in", "at", "في".</summary>
    private static readonly HashSet<string> LocativeWords = new(StringComparer.Ordinal) { "a", "in", "at", "في", "من" };

    /// <summary>"les autorités locales" stay the state's: the authorities of a place are its administration.</summary>
    private static readonly HashSet<string> Authorities = new(StringComparer.Ordinal) { "autorites", "authorities", "السلطات", "سلطات" };

    private static readonly HashSet<string> LocalWords = new(StringComparer.Ordinal) { "local", "locaux", "locales", "locale", "municipal", "municipaux", "محليه", "المحليه", "محليون", "محليين" };

    private static bool LocalBefore(IReadOnlyList<ClaimWord> words, int first) =>
        first > 0 && LocalWords.Contains(words[first - 1].Text) || first > 1 && LocalWords.Contains(words[first - 2].Text) && words[first - 1].Text is "elected" or "government";

    private static bool LocalAfter(IReadOnlyList<ClaimWord> words, int last) => last + 1 < words.Count && LocalWords.Contains(words[last + 1].Text);
}
