using System.Text.Json;
using Sahel.Normalize;
using Sahel.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Sahel.Tests.Normalize;

/// <summary>
/// Coverage of the shipped gazetteer and actors lexicon against the reference facts in ../shared/domain/
/// (compiled references, not ground truth): how many of their places and actors sahel recognises by at least
/// one name, and how many of all their spellings. The floors sit just under the measured figures, so a lexicon
/// change that loses names fails here.
/// </summary>
public sealed class DomainCoverageTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void ReferencePlaces_AreRecognised()
    {
        var (entries, names, recognisedEntries, recognisedNames, missed) = Measure("places.json", "places", name => Lexicon.Default.FindPlace(name) is not null);
        Report("places", entries, names, recognisedEntries, recognisedNames, missed);
        Assert.True(recognisedEntries >= 0.98 * entries, $"{recognisedEntries}/{entries} reference places recognised");
        Assert.True(recognisedNames >= 0.95 * names, $"{recognisedNames}/{names} reference spellings recognised");
    }

    [SkippableFact]
    public void ReferenceActors_AreRecognised()
    {
        var (entries, names, recognisedEntries, recognisedNames, missed) = Measure("actors.json", "actors", name => Lexicon.Default.FindActor(name) is not null);
        Report("actors", entries, names, recognisedEntries, recognisedNames, missed);
        Assert.True(recognisedEntries >= 0.98 * entries, $"{recognisedEntries}/{entries} reference actors recognised");
        Assert.True(recognisedNames >= 0.92 * names, $"{recognisedNames}/{names} reference aliases recognised");
    }

    private static (int Entries, int Names, int RecognisedEntries, int RecognisedNames, List<string> Missed) Measure(
        string file, string listProperty, Func<string, bool> recognised)
    {
        var shared = RepoPaths.Shared;
        Skip.If(shared is null, "../shared/ is absent: domain coverage not measured");
        var path = Path.Combine(shared!, "domain", file);
        Skip.IfNot(File.Exists(path), $"{path} is absent: domain coverage not measured");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var list = document.RootElement.GetProperty(listProperty);
        int entries = 0, names = 0, recognisedEntries = 0, recognisedNames = 0;
        var missed = new List<string>();
        foreach (var entry in list.EnumerateArray())
        {
            var spellings = entry.GetProperty("names").EnumerateArray().Select(n => n.GetString()!)
                .Concat(entry.TryGetProperty("abbreviations", out var abbreviations) ? abbreviations.EnumerateArray().Select(a => a.GetString()!) : [])
                .Distinct(StringComparer.Ordinal).ToList();
            var hits = spellings.Count(recognised);
            entries++;
            names += spellings.Count;
            recognisedNames += hits;
            if (hits > 0)
                recognisedEntries++;
            else
                missed.Add(spellings.FirstOrDefault() ?? entry.GetProperty("id").GetString()!);
        }
        return (entries, names, recognisedEntries, recognisedNames, missed);
    }

    private void Report(string what, int entries, int names, int recognisedEntries, int recognisedNames, List<string> missed)
    {
        output.WriteLine($"{what}: {recognisedEntries}/{entries} entries ({100.0 * recognisedEntries / entries:F1} %), {recognisedNames}/{names} spellings ({100.0 * recognisedNames / names:F1} %)");
        if (missed.Count > 0)
            output.WriteLine("not recognised: " + string.Join(", ", missed));
    }
}
