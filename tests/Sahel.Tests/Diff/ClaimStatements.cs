using Sahel.Diff.Claims;
using Sahel.Diff.Incidents;
using Sahel.Render;

namespace Sahel.Tests.Diff;

/// <summary>
/// A text's statements of responsibility as the claims tests compare them: "blamed jnim", or with who blames,
/// "blamed jnim by security" (the source kinds' JSON names, <see cref="SourceLabel.Id"/>; nothing after "by" when
/// no one is named).
/// </summary>
internal static class ClaimStatements
{
    public static List<string> Of(string text) =>
        ClaimExtractor.Extract("Sahel", text, null).Responsibility.Select(r => $"{ClaimsJsonWriter.PolarityName(r.Polarity)} {r.Actor}").ToList();

    public static List<string> WithBlamer(string text) =>
        ClaimExtractor.Extract("Sahel", text, null).Responsibility.Select(r => $"{ClaimsJsonWriter.PolarityName(r.Polarity)} {r.Actor} by {By(r.By?.Kind)}").ToList();

    public static string By(SourceKind? kind) => kind is { } known ? SourceLabel.Id(known) : "";
}
