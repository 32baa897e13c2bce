using Sahel.Cluster;
using Sahel.Model;
using Xunit;
using static Sahel.Tests.Cluster.ClusterTestData;

namespace Sahel.Tests.Cluster;

/// <summary>The analysis cache must give back exactly what was analysed, or nothing (so the story is analysed again).</summary>
public sealed class SignatureCodecTests
{
    private static readonly Dictionary<string, Place> Places = new[] { Kidal, Anefis, Mali }.ToDictionary(p => p.Id);
    private static readonly Dictionary<string, Actor> Actors = new[] { Fama, Fla }.ToDictionary(a => a.Id);

    private static StorySignature? Decode(byte[] data) =>
        SignatureCodec.Decode(data, id => Places.GetValueOrDefault(id), id => Actors.GetValueOrDefault(id));

    private static StorySignature Signature() => StorySignature.Of(new StoryFeatures
    {
        Places = [Anefis, Kidal, Mali],
        TitlePlaces = [Anefis],
        Actors = [Fla, Fama],
        EventType = EventType.Ambush,
        Retrospective = true,
        Numbers = new HashSet<int> { 5, 12, 1400 },
        Tokens = "كمين على رتل للجيش قرب انفيس convoi embuscade anefis kidal".Split(' '),
        TitleTokenCount = 6,
    });

    [Fact]
    public void RoundTrip_KeepsFeaturesShinglesAndTargets()
    {
        var original = Signature();
        var decoded = Decode(SignatureCodec.Encode(original))!;

        Assert.Equal(original.Features.Places, decoded.Features.Places);
        Assert.Equal(original.Features.TitlePlaces, decoded.Features.TitlePlaces);
        Assert.Equal(original.Features.Actors, decoded.Features.Actors);
        Assert.Equal(EventType.Ambush, decoded.Features.EventType);
        Assert.True(decoded.Features.Retrospective);
        Assert.False(decoded.Features.Roundup);
        Assert.Equal(original.Features.Numbers.Order(), decoded.Features.Numbers.Order());
        Assert.Equal(original.Targets.Order(StringComparer.Ordinal), decoded.Targets.Order(StringComparer.Ordinal));
        Assert.Contains("convoy", decoded.Targets);
        Assert.Equal(original.Shingles, decoded.Shingles);
        Assert.Equal(original.Shingles.Order(), original.Shingles); // kept sorted for the merge in Jaccard
    }

    [Fact]
    public void AnIdTheLexiconNoLongerHas_MakesTheEntryUnreadable()
    {
        var data = SignatureCodec.Encode(Signature());
        var decoded = SignatureCodec.Decode(data, id => id == "ml-anefis" ? null : Places.GetValueOrDefault(id), id => Actors.GetValueOrDefault(id));
        Assert.Null(decoded);
    }

    [Fact]
    public void AnotherFormatVersion_IsUnreadable()
    {
        var data = SignatureCodec.Encode(Signature());
        data[0]++;
        Assert.Null(Decode(data));
    }

    [Fact]
    public void TextShingles_RoundTrip_AndAnEntryOfTheFirstFormat_IsAnalysedAgain()
    {
        var original = Signature() with { BodyShingles = [2, 4, 6] };
        Assert.Equal([2UL, 4, 6], Decode(SignatureCodec.Encode(original))!.BodyShingles);
        var firstFormat = SignatureCodec.Encode(original);
        firstFormat[0] = 1;
        Assert.Null(Decode(firstFormat));
    }

    [Fact]
    public void Jaccard_OfSortedSets()
    {
        ulong[] a = [1, 3, 5, 7], b = [3, 5, 8];
        Assert.Equal(2.0 / 5, Shingles.Jaccard(a, b), 6);
        Assert.Equal(1.0, Shingles.Jaccard(a, a));
        Assert.Equal(0.0, Shingles.Jaccard(a, []));
        Assert.Equal([1UL, 2, 9], Shingles.SortedDistinct([9, 2, 1, 9, 2]));
    }
}
