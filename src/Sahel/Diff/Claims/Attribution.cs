namespace Sahel.Diff.Claims;

/// <summary>
/// Who an outlet says a figure or statement comes from: "selon l'armée", "d'après des sources locales",
/// "according to a security source", "بحسب بيان". <see cref="Name"/> is the lexicon actor id when the text names
/// one (an armed group, a state force); <see cref="Text"/> is the words as written.
/// </summary>
public sealed record Attribution
{
    public required SourceKind Kind { get; init; }
    public string? Name { get; init; }
    public required string Text { get; init; }

    /// <summary>What the figures are attributed to when nothing in the story says.</summary>
    public static Attribution None { get; } = new() { Kind = SourceKind.Unattributed, Text = "" };
}
