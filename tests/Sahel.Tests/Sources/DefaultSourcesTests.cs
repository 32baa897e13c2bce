using Sahel.Sources;
using Xunit;

namespace Sahel.Tests.Sources;

/// <summary>The built-in list is what a new user sweeps: real outlets, three languages, complete entries.</summary>
public sealed class DefaultSourcesTests
{
    [Fact]
    public void AtLeastTwentyOutlets_InFrenchArabicAndEnglish_EachComplete()
    {
        var sources = DefaultSources.All;
        Assert.True(sources.Count >= 20, $"{sources.Count} sources");
        Assert.Equal(["ar", "en", "fr"], sources.Select(s => s.Lang ?? "").Distinct().Order().ToArray());
        Assert.All(sources, s =>
        {
            Assert.True(s.IsHttp, s.Location);
            Assert.False(string.IsNullOrWhiteSpace(s.Name));
            Assert.StartsWith("http", s.SiteUrl);
            Assert.True(s.Country is null || s.Country.Length == 2, s.Country);
        });
        Assert.Equal(sources.Count, sources.Select(s => s.Location).Distinct().Count());
        foreach (var country in (string[])["ML", "BF", "NE", "TD", "MR"])
            Assert.Contains(sources, s => s.Country == country);
    }

    [Fact]
    public void DocsListEveryDefaultSource()
    {
        var docs = File.ReadAllText(Path.Combine(Sahel.Testing.RepoPaths.Root, "docs", "sources.md"));
        Assert.All(DefaultSources.All, s => Assert.Contains(s.Location, docs));
    }
}
