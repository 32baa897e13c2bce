using Sahel.Cluster;
using Sahel.Diff.Incidents;
using Sahel.Model;

namespace Sahel.Digest;

/// <summary>
/// What digests show beyond the stored stories and their grouping: each story's English gloss and, when a
/// translation server was asked, its English title; each incident's figures across its reports. Renderers
/// read these; a story or incident missing from them simply shows none.
/// </summary>
public sealed record DigestDetails
{
    /// <summary>Story row id → gloss (<see cref="StoryGloss"/>).</summary>
    public IReadOnlyDictionary<long, string> Glosses { get; init; } = new Dictionary<long, string>();

    /// <summary>Story row id → its claims, read once per run for glosses, figures and the JSON's <c>claims</c>.</summary>
    public IReadOnlyDictionary<long, Diff.Claims.StoryClaims> Claims { get; init; } = new Dictionary<long, Diff.Claims.StoryClaims>();

    /// <summary>Story row id → the title in English from the user's translation server (never used for grouping).</summary>
    public IReadOnlyDictionary<long, string> EnglishTitles { get; init; } = new Dictionary<long, string>();

    /// <summary>Incident id → its figures (killed, wounded…) with every value and source, as `sahel diff` compares them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TollComparison>> Figures
    {
        get => _figures.Value;
        init => _figures = new(value);
    }

    /// <summary>
    /// The figures, worked out the first time a renderer asks for them: the JSON digests never show them, and
    /// comparing every account of a 10,000-report incident is not free.
    /// </summary>
    public Func<IReadOnlyDictionary<string, IReadOnlyList<TollComparison>>> FiguresWhenAsked
    {
        init => _figures = new(value, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private Lazy<IReadOnlyDictionary<string, IReadOnlyList<TollComparison>>> _figures = new(new Dictionary<string, IReadOnlyList<TollComparison>>());

    /// <summary>The lexicon the figures were read with: it names the sources they cite by actor id. Null: ids shown as they are.</summary>
    public Normalize.Lexicon? Lexicon { get; init; }

    /// <summary>
    /// The story objects an earlier JSON digest kept, when this digest copies them (Render/StoryObjectCache): the
    /// claims and glosses of those stories were then not read.
    /// </summary>
    public Render.StoryObjectCache? StoryObjects { get; init; }

    public static DigestDetails Empty { get; } = new();

    public string? GlossOf(Story story) => Glosses.GetValueOrDefault(story.Id);

    public string? EnglishTitleOf(Story story) => EnglishTitles.GetValueOrDefault(story.Id);

    public IReadOnlyList<TollComparison> FiguresOf(Incident incident) => Figures.GetValueOrDefault(incident.Id) ?? [];
}
