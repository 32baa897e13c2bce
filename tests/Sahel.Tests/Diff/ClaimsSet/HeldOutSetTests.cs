using System.Text.Json;
using Sahel.Diff.Claims.Evaluation;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Diff.ClaimsSet;

/// <summary>
/// The held-out claims sets, each written by another hand and held out entirely (no split, never tuned on; see
/// their READMEs): Fixtures/ClaimsSet/fresh (session 2, folded into dev in session 4), fresh2 (session 3, folded into dev in session 5), fresh3
/// (session 4, a fourth writer, folded into dev in session 6), fresh4 (session 5, a fifth writer, folded into dev in session 7), fresh5 (session 6, a sixth writer, folded into dev in session 8), fresh6 (session 7, a seventh writer, folded into dev in session 9), fresh7 (session 8, an eighth writer, folded into dev in session 10), fresh8 (session 9, a tenth writer, folded into dev in session 11), fresh9 (session 10, a twelfth writer), fresh10 (session 11, a thirteenth writer), fresh11 (session 12, a sixteenth writer), fresh12 (session 12, a seventeenth writer) fresh13 (session 13, a twentieth writer), fresh14 (session 14, a twenty-second writer), fresh15 (session 15, a twenty-fifth writer) fresh16 (session 16, a thirtieth writer) and fresh17 (session 17, a thirty-fourth writer); beside them dev8 (session 8, a ninth writer), dev9 (session 9, an eleventh writer) and dev10 (session 11, a fourteenth writer, development data), dev11 (session 11, a fifteenth writer, development data), dev12 (session 12, an eighteenth writer, development data), dev13 (session 13, a nineteenth writer, development data), dev14 (session 13, a twenty-first writer, development data), dev15 (session 14, a twenty-third writer, development data), dev16 (session 14, a twenty-fourth writer, development data), dev17 (session 15, a twenty-sixth writer, development data), dev18 (session 15, a twenty-seventh writer, development data), dev19 (session 15, a twenty-eighth writer, development data), dev20 (session 15, a twenty-ninth writer, development data), dev21 (session 16, a thirty-first writer, development data), dev22 (session 16, a thirty-second writer, development data), dev23 (session 16, a thirty-third writer, development data), dev24, dev25 and dev26 (session 17, a thirty-fifth to a thirty-seventh writer, development data), which are DEVELOPMENT data
/// written blind for tuning and checked here only for loading and vocabulary. These tests only prove a set loads and is labelled within the README's vocabulary;
/// ClaimsSetTests scores the extractor on the sets it names, and the misses of a held-out set are not read, so
/// nothing here can nudge the code.
/// </summary>
public sealed class HeldOutSetTests
{
    private static string Directory(string set) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ClaimsSet", set);

    private static readonly HashSet<string> Kinds = ["killed", "wounded", "kidnapped", "missing"];
    private static readonly HashSet<string> Victims = ["soldiers", "civilians", "attackers", "people"];
    private static readonly HashSet<string> Sources = ["army", "government", "un", "ngo", "security", "local", "hospital", "armed-group", "media", "unattributed"];
    private static readonly HashSet<string> Polarities = ["claimed", "blamed", "denied", "unclaimed"];

    // Each writer's ids carry the letters given here. Every single letter was taken by session 15 (the first writer's ids
    // are digits), so later sets take two letters.
    [Theory]
    [InlineData("fresh", "f", 220, 60)]
    [InlineData("fresh2", "g", 250, 80)]
    [InlineData("fresh3", "h", 260, 90)]
    [InlineData("fresh4", "i", 260, 90)]
    [InlineData("fresh5", "j", 260, 90)]
    [InlineData("fresh6", "k", 260, 90)]
    [InlineData("fresh7", "l", 260, 90)]
    [InlineData("fresh8", "n", 260, 100)]
    [InlineData("fresh9", "q", 260, 120)]
    [InlineData("fresh10", "r", 260, 120)]
    [InlineData("fresh11", "u", 260, 120)]
    [InlineData("fresh12", "v", 260, 120)]
    [InlineData("fresh13", "y", 260, 120)]
    [InlineData("fresh14", "c", 260, 120)]
    [InlineData("fresh15", "d", 260, 120)]
    [InlineData("fresh16", "cc", 260, 120)]
    [InlineData("fresh17", "gg", 260, 120)]
    [InlineData("dev8", "m", 300, 160)]
    [InlineData("dev9", "p", 260, 100)]
    [InlineData("dev10", "s", 260, 120)]
    [InlineData("dev11", "t", 260, 120)]
    [InlineData("dev12", "w", 260, 120)]
    [InlineData("dev13", "x", 260, 120)]
    [InlineData("dev14", "z", 260, 120)]
    [InlineData("dev15", "a", 260, 120)]
    [InlineData("dev16", "b", 260, 120)]
    [InlineData("dev17", "e", 260, 120)]
    [InlineData("dev18", "o", 260, 120)]
    [InlineData("dev19", "aa", 260, 120)]
    [InlineData("dev20", "bb", 260, 120)]
    [InlineData("dev21", "dd", 260, 120)]
    [InlineData("dev22", "ee", 260, 120)]
    [InlineData("dev23", "ff", 260, 120)]
    [InlineData("dev24", "hh", 260, 120)]
    [InlineData("dev25", "ii", 260, 120)]
    [InlineData("dev26", "jj", 260, 120)]
    [InlineData("fresh18", "kk", 260, 120)]
    [InlineData("dev27", "ll", 260, 120)]
    [InlineData("dev28", "mm", 260, 120)]
    [InlineData("fresh19", "nn", 260, 120)]
    [InlineData("dev29", "pp", 260, 120)]
    [InlineData("dev30", "qq", 260, 120)]
    [InlineData("fresh20", "oo", 260, 120)]
    [InlineData("fresh21", "rr", 260, 120)]
    public void HeldOutSet_Loads_AndIsLabelled(string set, string idLetters, int minClaims, int minResponsibility)
    {
        var stories = LabelledStory.Load(Directory(set));
        var actors = ActorIds();

        Assert.True(stories.Count >= 90, $"{stories.Count} stories");
        Assert.Equal(stories.Count, stories.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var lang in new[] { "fr", "ar", "en" })
            Assert.True(stories.Count(s => s.Lang == lang) >= 30, $"fewer than 30 {lang} stories");

        var tolls = stories.Sum(s => s.Tolls.Count);
        var responsibility = stories.Sum(s => s.Responsibility.Count);
        Assert.True(tolls + responsibility >= minClaims, $"{tolls + responsibility} claims");
        Assert.True(responsibility >= minResponsibility, $"{responsibility} responsibility lines");

        foreach (var story in stories)
        {
            Assert.Matches($@"^(fr|ar|en)-{idLetters}\d{{3}}$", story.Id);
            Assert.False(string.IsNullOrWhiteSpace(story.Title), $"{story.Id} has an empty title");
            Assert.False(string.IsNullOrWhiteSpace(story.Text), $"{story.Id} has no text");
            Assert.False(string.IsNullOrWhiteSpace(story.Register), $"{story.Id} has no register");
            foreach (var toll in story.Tolls)
            {
                Assert.True(Kinds.Contains(toll.Kind), $"{story.Id}: kind in {toll}");
                Assert.True(Victims.Contains(toll.Victims), $"{story.Id}: victims in {toll}");
                Assert.Matches(@"^((>=|>|<=|~)?\d+|\d+-\d+|dozens|several)$", toll.Count);
                Assert.True(Sources.Contains(toll.Source), $"{story.Id}: source in {toll}");
            }
            foreach (var r in story.Responsibility)
            {
                Assert.True(Polarities.Contains(r.Polarity), $"{story.Id}: polarity in {r}");
                if (r.Polarity == "unclaimed")
                    Assert.True(r.Actor is null && r.By is null, $"{story.Id}: unclaimed names no actor: {r}");
                else
                    Assert.True(r.Actor is not null && actors.Contains(r.Actor), $"{story.Id}: unknown actor in {r}");
                Assert.True((r.Polarity == "blamed") == (r.By is not null), $"{story.Id}: only a blame has 'by': {r}");
                if (r.By is not null)
                    Assert.True(Sources.Contains(r.By), $"{story.Id}: 'by' is a source kind: {r}");
            }
        }
    }

    /// <summary>The ids of src/Sahel/Normalize/Lexicon/actors.json, read from the source tree so the check follows its edits.</summary>
    private static HashSet<string> ActorIds()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "src", "Sahel", "Normalize", "Lexicon", "actors.json")));
        return doc.RootElement.GetProperty("actors").EnumerateArray()
            .Select(a => a.GetProperty("id").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
    }
}
