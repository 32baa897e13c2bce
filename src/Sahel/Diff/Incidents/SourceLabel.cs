using Sahel.Diff.Claims;
using Sahel.Normalize;

namespace Sahel.Diff.Incidents;

/// <summary>How a source is named in a diff: the actor's name when the text names one (FAMa, FLA), else its class.</summary>
public static class SourceLabel
{
    public static string Of(SourceKind kind, string? name, Lexicon lexicon) =>
        name is not null ? lexicon.FindActor(name)?.Name ?? name : Of(kind);

    public static string Of(SourceKind kind) => kind switch
    {
        SourceKind.ArmyOrGovernment => "army/government",
        SourceKind.ArmedGroup => "armed group",
        SourceKind.LocalSources => "local sources",
        SourceKind.SecuritySources => "security sources",
        SourceKind.Hospital => "hospital",
        SourceKind.UnOrNgo => "UN/NGO",
        SourceKind.Media => "media",
        _ => "unattributed",
    };

    /// <summary>The stable name of a source kind in JSON: army-or-government, armed-group, local-sources…</summary>
    public static string Id(SourceKind kind) => kind switch
    {
        SourceKind.ArmyOrGovernment => "army-or-government",
        SourceKind.ArmedGroup => "armed-group",
        SourceKind.LocalSources => "local-sources",
        SourceKind.SecuritySources => "security-sources",
        SourceKind.Hospital => "hospital",
        SourceKind.UnOrNgo => "un-or-ngo",
        SourceKind.Media => "media",
        _ => "unattributed",
    };
}
