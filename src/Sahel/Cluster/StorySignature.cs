using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// What the cluster stage needs of a story, in the form the store caches: its features (without the token
/// list), the hashed shingles copy detection compares (of title and text, and of the text alone: a copy under a
/// new headline is found by its text), and the targets it names. Shingles are sorted and distinct.
/// </summary>
public sealed record StorySignature(StoryFeatures Features, ulong[] Shingles, HashSet<string> Targets)
{
    /// <summary>The shingles of the text without the title; empty when the story has no text.</summary>
    public ulong[] BodyShingles { get; init; } = [];

    public static StorySignature Of(StoryFeatures features)
    {
        // What was hit is in the headline; the text often recalls other attacks too.
        var targets = IncidentTargets.Of(features.Tokens.Take(features.TitleTokenCount).ToList());
        if (targets.Count == 0)
            targets = IncidentTargets.Of(features.Tokens);
        return new(features with { Tokens = [] }, Cluster.Shingles.Of(features.Tokens), targets)
        {
            BodyShingles = Cluster.Shingles.Of(features.Tokens.Skip(features.TitleTokenCount).ToList()),
        };
    }
}
