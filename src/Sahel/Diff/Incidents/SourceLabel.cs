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
        SourceKind.Army => "army",
        SourceKind.Government => "government",
        SourceKind.ArmedGroup => "armed group",
        SourceKind.Local => "local sources",
        SourceKind.Security => "security sources",
        SourceKind.Hospital => "hospital",
        SourceKind.Un => "UN",
        SourceKind.Ngo => "NGO",
        SourceKind.Media => "media",
        _ => "unattributed",
    };

    /// <summary>Whether the kind's label names several speakers ("local sources", "security sources", "media"): a verb after it is plural.</summary>
    public static bool IsPlural(SourceKind kind) => kind is SourceKind.Local or SourceKind.Security or SourceKind.Media;

    /// <summary>The stable name of a source kind in JSON (docs/schema/claims.v1.schema.json): army, government, un, ngo…</summary>
    public static string Id(SourceKind kind) => kind switch
    {
        SourceKind.Army => "army",
        SourceKind.Government => "government",
        SourceKind.ArmedGroup => "armed-group",
        SourceKind.Local => "local",
        SourceKind.Security => "security",
        SourceKind.Hospital => "hospital",
        SourceKind.Un => "un",
        SourceKind.Ngo => "ngo",
        SourceKind.Media => "media",
        _ => "unattributed",
    };
}
