using Sahel.Diff.Claims;

namespace Sahel.Diff.Incidents;

/// <summary>
/// One value of one figure as a source gives it, with the accounts that report it that way: "army 5 (FAMa
/// statement, via Le Tamarinier, Sada El Hodh)". Copies are listed apart: they repeat, they do not confirm.
/// </summary>
public sealed record TollReport
{
    public required NumberRange Count { get; init; }
    public required SourceKind SourceKind { get; init; }

    /// <summary>The lexicon actor id of the source when it names one (fama, fla).</summary>
    public string? SourceName { get; init; }

    /// <summary>The attribution as the first account wrote it ("selon l'armée"); empty when unattributed.</summary>
    public required string SourceText { get; init; }
    public required IReadOnlyList<StoryAccount> Accounts { get; init; }
    public required IReadOnlyList<StoryAccount> Copies { get; init; }
    public required string Evidence { get; init; }
}
