namespace Sahel.Store;

/// <summary>
/// A sahel store: a personal SQLite file or a team's PostgreSQL database (docs/team.md). Commands and stages see
/// only these operations: no provider type crosses this seam, and a provider's error arrives as a
/// <see cref="StoreException"/>. One instance serves one command; members are not thread-safe unless they say so.
/// </summary>
public interface ISahelStore : IDisposable
{
    /// <summary>Where the store is, for messages: the file's full path, or a postgres:// URL without a password.</summary>
    string Location { get; }

    /// <summary>
    /// Whether several runners may share this store at once (PostgreSQL). Sweeps then claim their feeds and
    /// skip those another runner fetched recently.
    /// </summary>
    bool Shared { get; }

    /// <summary>The number of schema migrations applied.</summary>
    int SchemaVersion { get; }

    IFeedStore Feeds { get; }
    IItemWriter Items { get; }
    IStoryQueries Stories { get; }
    IPageStore Pages { get; }
    IAnalysisCache Features { get; }

    /// <summary>Each story's claims as last read, valid for its text and the claims reader's version (a cache).</summary>
    IAnalysisCache Claims { get; }

    /// <summary>
    /// Each story's object as the JSON digests last wrote it, up to its claims (Render/StoryObjectCache): valid for
    /// the story's stored fields and the build that wrote it (a cache).
    /// </summary>
    IAnalysisCache StoryObjects { get; }
    IVersionStore Versions { get; }

    /// <summary>Stored incidents, memberships and merges.</summary>
    IIncidentStore Incidents { get; }

    /// <summary>Titles translated by the user's translation server (a cache; never read by grouping).</summary>
    ITranslationCache Translations { get; }

    /// <summary>Every table read or written whole: for `sahel store copy`.</summary>
    IStoreTables Tables { get; }
}
