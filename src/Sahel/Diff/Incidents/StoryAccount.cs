using Sahel.Diff.Claims;
using Sahel.Model;

namespace Sahel.Diff.Incidents;

/// <summary>One outlet's account of an incident: the story, the original it copies (if it is a copy), its claims,
/// and the places and actors it names.</summary>
/// <remarks>
/// A class, not a record: an account is one object per story of a comparison, and the comparisons ask "the same
/// account?" thousands of times (Distinct over a figure's reports). A record's equality hashed the whole story,
/// summary and article text included, on every ask.
/// </remarks>
public sealed class StoryAccount
{
    public required Story Story { get; init; }
    public Story? CopyOf { get; init; }
    public required StoryClaims Claims { get; init; }
    public required IReadOnlyList<Place> Places { get; init; }
    public required IReadOnlyList<Actor> Actors { get; init; }

    public bool IsCopy => CopyOf is not null;
}
