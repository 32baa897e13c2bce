using System.Text;
using Sahel.Tests.Feeds;

namespace Sahel.Tests.Fuzz;

/// <summary>
/// The documents the fuzz property mutates: the test fixtures (feeds and article pages) and, when ../shared is
/// present, the feedparser and gofeed conformance feeds. Loaded once per test run.
/// </summary>
internal static class FuzzCorpus
{
    public sealed record Document(string Name, byte[] Bytes, bool IsPage);

    private static readonly Lazy<IReadOnlyList<Document>> All = new(Load);

    public static IReadOnlyList<Document> Documents => All.Value;

    private static IReadOnlyList<Document> Load()
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var docs = new List<Document>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(fixtures, "Feeds")).Order(StringComparer.Ordinal))
            docs.Add(new Document("Fixtures/Feeds/" + Path.GetFileName(f), File.ReadAllBytes(f), IsPage: false));
        foreach (var f in Directory.EnumerateFiles(Path.Combine(fixtures, "Pages"), "*.html").Order(StringComparer.Ordinal))
            docs.Add(new Document("Fixtures/Pages/" + Path.GetFileName(f), File.ReadAllBytes(f), IsPage: true));
        foreach (var corpus in new[] { "feedparser", "gofeed" })
        {
            if (ConformanceCorpus.Find(corpus) is not { } root) continue;
            foreach (var f in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                         .Where(f => Path.GetExtension(f) is ".xml" or ".rss" or ".atom" or ".rdf" or ".json" && !f.EndsWith("assertions.json", StringComparison.Ordinal)
                                     && !f.EndsWith("date_tests.json", StringComparison.Ordinal) && !f.EndsWith("files.json", StringComparison.Ordinal)
                                     && !f.EndsWith("summary.json", StringComparison.Ordinal))
                         .Order(StringComparer.Ordinal))
            {
                docs.Add(new Document(corpus + "/" + Path.GetRelativePath(root, f), File.ReadAllBytes(f), IsPage: false));
            }
        }
        return docs;
    }

    /// <summary>Fragments that hostile or broken documents are made of.</summary>
    public static readonly byte[][] Snippets =
    [
        .. new[]
        {
            "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "&nbsp;", "&lol;", "]]>", "<![CDATA[", "<!--", "-->", "\"", "'", "</item>",
            "</entry>", "<item>", "<entry>", "<title>", "</title>", "<?xml version=\"1.0\" encoding=\"utf-16\"?>",
            "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
            "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", " xml:base=\"../../\"", " xml:lang=\"\"",
            " href=\"javascript:alert(1)\"", "\u202E", "\uFEFF", "Ã©", "{", "}", "[", "]", "\"items\":", "null", "\\u0000",
            string.Concat(Enumerable.Repeat("<a>", 700)), string.Concat(Enumerable.Repeat("[", 100)),
        }.Select(Encoding.UTF8.GetBytes),
        [0], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0xC3], [0xE2, 0x80], [0x80, 0x81, 0xFE],
    ];

    /// <summary>One to four mutations chosen by <paramref name="random"/>: byte edits, snippets, cuts, repeats and splices.</summary>
    public static byte[] Mutate(byte[] source, Random random)
    {
        var doc = new List<byte>(source);
        var count = random.Next(1, 5);
        for (var m = 0; m < count; m++)
        {
            var at = doc.Count == 0 ? 0 : random.Next(doc.Count);
            switch (random.Next(8))
            {
                case 0 when doc.Count > 0: doc[at] = (byte)random.Next(256); break;
                case 1: doc.InsertRange(at, Snippets[random.Next(Snippets.Length)]); break;
                case 2 when doc.Count > 0: doc.RemoveRange(at, Math.Min(doc.Count - at, random.Next(1, 200))); break;
                case 3: doc.RemoveRange(at, doc.Count - at); break; // truncation
                case 4 when doc.Count > 0:
                {
                    var length = Math.Min(doc.Count - at, random.Next(1, 400));
                    var piece = doc.GetRange(at, length);
                    for (var k = random.Next(1, 20); k > 0; k--) doc.InsertRange(at, piece);
                    break;
                }
                case 5:
                {
                    var other = Documents[random.Next(Documents.Count)].Bytes;
                    var from = other.Length == 0 ? 0 : random.Next(other.Length);
                    doc.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, random.Next(1, 2000))).ToArray());
                    break;
                }
                case 6 when doc.Count > 0: doc[at] = (byte)"<>&\"'/;=[]{}"[random.Next(12)]; break;
                default: doc.Insert(at, (byte)random.Next(256)); break;
            }
        }
        return [.. doc];
    }
}
