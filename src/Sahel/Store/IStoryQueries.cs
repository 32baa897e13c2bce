using Sahel.Model;

namespace Sahel.Store;

/// <summary>
/// Reads stories for the timeline and the stories command, oldest first (same-time stories in feed then item
/// order). Text search folds case and accents in C# (<see cref="Normalize.TextFold"/>), the same on every backend.
/// </summary>
public interface IStoryQueries
{
    IReadOnlyList<Story> Query(StoryFilter filter);

    /// <summary>
    /// The stored stories of an article URL (as published or canonical: tracking parameters do not matter), one
    /// per feed that carries it.
    /// </summary>
    IReadOnlyList<Story> FindByUrl(string url);

    /// <summary>The story with this public id (<see cref="StoryKey"/>), or null.</summary>
    Story? FindByKey(string key);

    /// <summary>
    /// The fullest text of some stories (content when longer than the summary), for a stage that needs it only
    /// for a few: the analyser, on new items.
    /// </summary>
    Dictionary<long, string?> AnalysisTexts(IReadOnlyCollection<long> ids);
}
