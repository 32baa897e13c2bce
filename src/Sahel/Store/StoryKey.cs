namespace Sahel.Store;

/// <summary>The store's name for <see cref="Model.StoryKeys"/>: stable public ids for stories.</summary>
public static class StoryKey
{
    public static string For(string feedLocation, string itemKey) => Model.StoryKeys.For(feedLocation, itemKey);
}
