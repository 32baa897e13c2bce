using Sahel.Model;

namespace Sahel.Sources;

/// <summary>A list of feed sources read from a file, with the problems met on the way (one line each).</summary>
public sealed record SourceList(IReadOnlyList<FeedSource> Sources, IReadOnlyList<string> Warnings);
