namespace Sahel.Diff.Claims;

/// <summary>
/// One difference between two versions of a story's claims: ("killed", "12", "20", "toll 12 → 20"),
/// ("attribution", "selon l'armée", null, "attribution 'selon l'armée' removed").
/// </summary>
public sealed record ClaimChange(string Kind, string? Before, string? After, string Description);
