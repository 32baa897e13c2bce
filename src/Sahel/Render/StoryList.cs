using Sahel.Model;

namespace Sahel.Render;

/// <summary>What `sahel stories` shows: stored stories, filtered, oldest first.</summary>
public sealed record StoryList(DateTimeOffset GeneratedAt, IReadOnlyList<Story> Stories);
