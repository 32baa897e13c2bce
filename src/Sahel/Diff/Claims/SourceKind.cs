namespace Sahel.Diff.Claims;

/// <summary>Who a figure or a statement is attributed to, in the broad classes researchers compare.</summary>
public enum SourceKind
{
    ArmyOrGovernment,
    ArmedGroup,
    LocalSources,
    SecuritySources,
    Hospital,
    UnOrNgo,
    Media,
    Unattributed,
}
