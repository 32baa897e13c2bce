using Sahel.Diff.Claims;
using Sahel.Model;

namespace Sahel.Diff.Incidents;

/// <summary>One outlet's account of an incident: the story, the original it copies (if it is a copy), its claims,
/// and the places and actors it names.</summary>
public sealed record StoryAccount
{
    public required Story Story { get; init; }
    public Story? CopyOf { get; init; }
    public required StoryClaims Claims { get; init; }
    public required IReadOnlyList<Place> Places { get; init; }
    public required IReadOnlyList<Actor> Actors { get; init; }

    public bool IsCopy => CopyOf is not null;
}
