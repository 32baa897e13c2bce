namespace Sahel.Model;

/// <summary>
/// What the normalize stage recognises in one story, for the cluster stage.
/// Places and actors are distinct, in order of first mention (title first).
/// </summary>
public sealed record StoryFeatures
{
    public IReadOnlyList<Place> Places { get; init; } = [];

    /// <summary>Places named in the title: the incident's location is usually among them.</summary>
    public IReadOnlyList<Place> TitlePlaces { get; init; } = [];

    public IReadOnlyList<Actor> Actors { get; init; } = [];

    public EventType EventType { get; init; }

    /// <summary>
    /// The story looks back on an older event (a trial, an anniversary, a statement about a past attack, a
    /// year in the past): it mentions an incident without reporting a new one.
    /// </summary>
    public bool Retrospective { get; init; }

    /// <summary>A round-up or analysis covering several incidents in different places.</summary>
    public bool Roundup { get; init; }

    /// <summary>Numbers written with digits (any script), normalised to ASCII: tolls and counts shared across languages.</summary>
    public IReadOnlySet<int> Numbers { get; init; } = new HashSet<int>();

    /// <summary>How many of <see cref="Tokens"/> come from the title (they come first).</summary>
    public int TitleTokenCount { get; init; }

    /// <summary>Normalised word tokens of title and text (lower case, accents and Arabic variants folded).</summary>
    public IReadOnlyList<string> Tokens { get; init; } = [];
}
