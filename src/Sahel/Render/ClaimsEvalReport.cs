using Sahel.Diff.Claims.Evaluation;

namespace Sahel.Render;

/// <summary>
/// What `sahel eval claims` shows: the claims extractor scored against labelled stories (<paramref name="Files"/>,
/// as given), with the figures per language and claim kind and every miss by class.
/// </summary>
public sealed record ClaimsEvalReport(IReadOnlyList<string> Files, IReadOnlyList<LabelledStory> Stories, ClaimsScore Score)
{
    /// <summary>The languages of the stories, in the order the project names them (fr, ar, en), then any other.</summary>
    public IReadOnlyList<string> Languages => Stories.Select(s => s.Lang).Distinct(StringComparer.Ordinal)
        .OrderBy(l => Array.IndexOf(["fr", "ar", "en"], l) is var at and >= 0 ? at : 3).ThenBy(l => l, StringComparer.Ordinal).ToList();

    /// <summary>Toll kinds and polarities in the labels' documented order.</summary>
    public static readonly IReadOnlyList<string> TollKinds = ["killed", "wounded", "kidnapped", "missing"];
    public static readonly IReadOnlyList<string> Polarities = ["claimed", "blamed", "denied", "unclaimed"];

    /// <summary>Miss classes in the order a reader fixes them: what the goals count first.</summary>
    public static readonly string[] MissClasses =
        ["toll source", "toll value", "toll missed", "toll extra", "responsibility missed", "responsibility polarity", "responsibility extra", "blame by", "victims"];

    /// <summary>Where a miss class stands in <see cref="MissClasses"/>.</summary>
    public static int MissRank(string missClass) => Array.IndexOf(MissClasses, missClass);
}
