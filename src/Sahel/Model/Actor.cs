namespace Sahel.Model;

/// <summary>An armed group, state force, foreign force, militia or mission (Normalize/Lexicon/actors.json).</summary>
public sealed record Actor(
    string Id,
    string Name,
    string Kind,
    string? Affiliation,
    string? Parent);
