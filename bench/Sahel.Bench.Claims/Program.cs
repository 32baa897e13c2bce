using System.Diagnostics;
using System.Security.Cryptography;
using Sahel.Bench.Claims;
using Sahel.Diff.Claims;

// Usage: dotnet run -c Release --project bench/Sahel.Bench.Claims [-- --rounds N]
// Prints, for the ClaimsSet stories (tests/Sahel.Tests/Fixtures/ClaimsSet) and for 3,000 stories generated like
// bench/gen_feeds.py's, stories per second, ms per story (the first pass, then the best of N) and a SHA-256 of every
// extracted claim (ClaimsCodec bytes): a speed change that keeps the fingerprints keeps the output.
var rounds = args.Length > 1 && args[0] == "--rounds" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
var root = FindRoot();
var corpora = new (string Name, List<(string Title, string Text, string Lang)> Stories)[]
{
    ("claimsset", ClaimsSetStories(Path.Combine(root, "tests", "Sahel.Tests", "Fixtures", "ClaimsSet"))),
    ("generated", GeneratedStories.Make(3000, seed: 20260310)),
};

// Warm up: the lexicon, the vocabularies and the JIT.
foreach (var (_, stories) in corpora)
    foreach (var (title, text, lang) in stories.Take(200))
        ClaimExtractor.Extract(title, text, lang);

foreach (var (name, stories) in corpora)
{
    // The first pass over a corpus pays for words not seen before (ClaimSentence keeps normalised words).
    var cold = Stopwatch.StartNew();
    var fingerprint = Fingerprint(stories);
    var first = cold.Elapsed.TotalMilliseconds;
    var best = double.MaxValue;
    for (var round = 0; round < rounds; round++)
    {
        var clock = Stopwatch.StartNew();
        foreach (var (title, text, lang) in stories)
            ClaimExtractor.Extract(title, text, lang);
        best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
    }
    Console.WriteLine($"{name,-10} {stories.Count,6} stories  first pass (with fingerprint) {first / stories.Count,7:F3} ms/story  best of {rounds}: {best,9:F1} ms  {best / stories.Count,7:F3} ms/story  {stories.Count / (best / 1000),9:F0} stories/s  output sha256 {fingerprint}");
}

static string Fingerprint(List<(string Title, string Text, string Lang)> stories)
{
    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    foreach (var (title, text, lang) in stories)
        hash.AppendData(ClaimsCodec.Encode(ClaimExtractor.Extract(title, text, lang)));
    return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
}

static List<(string, string, string)> ClaimsSetStories(string directory)
{
    var stories = new List<(string, string, string)>();
    foreach (var file in Directory.GetFiles(directory, "stories-*.txt").Order(StringComparer.Ordinal))
    {
        var lang = Path.GetFileNameWithoutExtension(file)[^2..];
        string? title = null;
        var text = new List<string>();
        foreach (var line in File.ReadLines(file).Append("=== end"))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                if (title is not null)
                    stories.Add((title, string.Join('\n', text), lang));
                title = null;
                text.Clear();
            }
            else if (line.StartsWith("title: ", StringComparison.Ordinal))
                title = line[7..];
            else if (line.StartsWith("text: ", StringComparison.Ordinal))
                text.Add(line[6..]);
        }
    }
    return stories;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Sahel.slnx")))
            return dir.FullName;
    throw new DirectoryNotFoundException("Sahel.slnx not found above " + AppContext.BaseDirectory);
}
