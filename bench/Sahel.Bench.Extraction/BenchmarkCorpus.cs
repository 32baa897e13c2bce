using System.IO.Compression;
using System.Text.Json;

namespace Sahel.Bench.Extraction;

/// <summary>One benchmark page: its bytes (gunzipped), its URL and the ground-truth article body.</summary>
public sealed record BenchmarkPage(string Id, byte[] Html, Uri? Url, string Truth);

/// <summary>Loads the zyte corpus: <c>html/&lt;id&gt;.html.gz</c> and <c>ground-truth.json</c>.</summary>
public static class BenchmarkCorpus
{
    public static IReadOnlyList<BenchmarkPage> Load(string directory)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "ground-truth.json")));
        var pages = new List<BenchmarkPage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var body = entry.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : "";
            var url = entry.Value.TryGetProperty("url", out var u) && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var parsed) ? parsed : null;
            pages.Add(new BenchmarkPage(entry.Name, Gunzip(Path.Combine(directory, "html", entry.Name + ".html.gz")), url, body));
        }
        return pages;
    }

    private static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }
}
