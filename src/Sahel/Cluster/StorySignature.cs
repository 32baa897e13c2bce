using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// What the cluster stage needs of a story, in the form the store caches: its features (without the token
/// list), the hashed shingles copy detection compares, and the targets it names.
/// </summary>
public sealed record StorySignature(StoryFeatures Features, HashSet<ulong> Shingles, HashSet<string> Targets)
{
    public static StorySignature Of(StoryFeatures features) =>
        new(features with { Tokens = [] }, Cluster.Shingles.Of(features.Tokens), IncidentTargets.Of(features.Tokens));
}
