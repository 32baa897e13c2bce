using Sahel.Model;

namespace Sahel.Render;

/// <summary>
/// " · edited 2×" after a story's outlet in Markdown outputs, for an article edited since it was first seen
/// (`sahel diff URL` shows how); nothing for the others.
/// </summary>
public static class EditedMark
{
    public static string For(Story story) => story.Versions > 1 ? $" · edited {story.Versions - 1}×" : "";
}
