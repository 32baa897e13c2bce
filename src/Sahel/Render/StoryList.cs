using Sahel.Model;

namespace Sahel.Render;

/// <summary>What `sahel stories` shows: stored stories, filtered, oldest first.</summary>
public sealed record StoryList(DateTimeOffset GeneratedAt, IReadOnlyList<Story> Stories)
{
    /// <summary>
    /// Each story's claims as the digests read them (Digest/CachedClaims: the store's cache, the same text and
    /// lexicon), for the formats that show them; a story missing here is read from its own text.
    /// </summary>
    public IReadOnlyDictionary<long, Diff.Claims.StoryClaims>? Claims { get; init; }

    /// <summary>What the story writer is given: the claims alone (a list of stories has no glosses or incidents).</summary>
    internal Digest.DigestDetails? Details => Claims is null ? null : new Digest.DigestDetails { Claims = Claims };
}
