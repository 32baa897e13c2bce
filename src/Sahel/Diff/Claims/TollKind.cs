namespace Sahel.Diff.Claims;

/// <summary>What a toll counts.</summary>
public enum TollKind
{
    Killed,
    Wounded,
    Kidnapped,
    Missing,
}
