using System.Text.Json;
using System.Text.Json.Serialization;
using Sahel.Model;

namespace Sahel.Sources;

/// <summary>
/// The built-in list of real outlets that cover the Sahel, used while the user has subscribed to none.
/// Shipped inside the assembly (Sources/default-sources.json) so an installed tool needs no data folder.
/// </summary>
public static class DefaultSources
{
    private static readonly Lazy<IReadOnlyList<FeedSource>> Cached = new(Load);

    public static IReadOnlyList<FeedSource> All => Cached.Value;

    private static IReadOnlyList<FeedSource> Load()
    {
        using var stream = typeof(DefaultSources).Assembly.GetManifestResourceStream("Sahel.default-sources.json")
            ?? throw new InvalidOperationException("the built-in source list is missing from the assembly");
        var file = JsonSerializer.Deserialize(stream, DefaultSourcesJson.Default.DefaultSourcesFile)
            ?? throw new InvalidOperationException("the built-in source list is empty");
        return file.Sources.Select(s => new FeedSource(s.Feed, s.Name, s.Lang, s.Country, s.Site)).ToList();
    }

    internal sealed record DefaultSourcesFile(int Version, IReadOnlyList<DefaultSourceEntry> Sources);

    internal sealed record DefaultSourceEntry(string Name, string Site, string Feed, string Lang, string? Country);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DefaultSources.DefaultSourcesFile))]
internal sealed partial class DefaultSourcesJson : JsonSerializerContext;
