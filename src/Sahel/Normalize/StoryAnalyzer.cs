using Sahel.Model;

namespace Sahel.Normalize;

/// <summary>
/// The normalize stage for incident grouping: places, actors, event type, figures and normalised words of one
/// story's title and summary. Thread-safe; one per lexicon.
/// </summary>
public sealed class StoryAnalyzer(Lexicon lexicon)
{
    private readonly EntityRecognizer _recognizer = lexicon.Recognizer;

    public StoryFeatures Analyze(string title, string? text, DateTimeOffset published)
    {
        var plain = HtmlText.ToPlainText(text);
        var titleTokens = TextNormalizer.TokenizeDetailed(title);
        var bodyTokens = TextNormalizer.TokenizeDetailed(plain);
        var titleMatches = Keep(_recognizer.Recognize(titleTokens), titleTokens, bodyTokens);
        var bodyMatches = Keep(_recognizer.Recognize(bodyTokens), bodyTokens, titleTokens);

        var titlePlaces = Ordered(titleMatches.Select(m => m.Place).OfType<Place>());
        var places = Ordered(titlePlaces.Concat(bodyMatches.Select(m => m.Place).OfType<Place>()));
        var actors = titleMatches.Concat(bodyMatches).Select(m => m.Actor).OfType<Actor>().DistinctBy(a => a.Id).ToList();
        var all = titleTokens.Concat(bodyTokens).ToList();
        var armed = actors.Any(a => a.Kind is "jihadist" or "separatist" or "militia");
        var titleCues = EventClassifier.Scan(titleTokens);
        var allCues = titleCues.With(EventClassifier.Scan(bodyTokens));
        // The headline says what the story reports; a headline about a visit or a funeral reports no event even
        // when its text recalls one (the story may still join that event's incident, never open one).
        var eventType = EventClassifier.Classify(titleCues, armed) is var inTitle && inTitle != EventType.Other
            ? inTitle
            : titleCues.FollowUp ? EventType.Other : EventClassifier.Classify(allCues, armed);
        var specific = places.Where(p => p.Kind is not ("country" or "region" or "area")).ToList();
        return new StoryFeatures
        {
            Places = places,
            TitlePlaces = titlePlaces,
            Actors = actors,
            EventType = eventType,
            Retrospective = allCues.Retrospective || OlderYearInTitle(title, published),
            Roundup = titleCues.Roundup || (specific.Count >= 4 && specific.Select(p => p.Region).Distinct().Count() >= 3),
            Numbers = NumberExtractor.Extract(title + " " + plain),
            Tokens = all.Select(t => t.Text).ToList(),
            TitleTokenCount = titleTokens.Count,
        };
    }

    private static List<EntityRecognizer.Match> Keep(List<EntityRecognizer.Match> matches, IReadOnlyList<Token> tokens, IReadOnlyList<Token> otherText)
    {
        var unambiguous = matches.Where(m => m.Place is { Ambiguous: false }).Select(m => m.Place!).ToList();
        return matches.Where(m => m.Place is not { Ambiguous: true } || EntityRecognizer.HasContext(m, tokens, unambiguous)).ToList();
    }

    // The most local first: "Région de Ménaka : affrontements à Tidermène" happened at Tidermène. Towns,
    // villages and bases, then cities (often named as the region's capital), regions and areas, countries.
    private static List<Place> Ordered(IEnumerable<Place> places) =>
        places.DistinctBy(p => p.Id).Select((p, i) => (p, i))
            .OrderBy(x => x.p.Kind switch { "country" => 3, "region" or "area" => 2, "city" => 1, _ => 0 }).ThenBy(x => x.i)
            .Select(x => x.p).ToList();

    private static bool OlderYearInTitle(string title, DateTimeOffset published)
    {
        foreach (var number in NumberExtractor.Extract(title))
            if (number >= 1990 && number < published.Year)
                return true;
        return false;
    }
}
