using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>Provides the signatures of a batch of stories, in the same order.</summary>
public interface ISignatureSource
{
    IReadOnlyList<StorySignature> For(IReadOnlyList<Story> stories);
}

/// <summary>Analyses every story, in parallel (the analyser is thread-safe), keeping the order.</summary>
public sealed class AnalyzingSignatureSource(Func<Story, StoryFeatures> analyze) : ISignatureSource
{
    public IReadOnlyList<StorySignature> For(IReadOnlyList<Story> stories) =>
        stories.AsParallel().AsOrdered().Select(story => StorySignature.Of(analyze(story))).ToArray();
}
