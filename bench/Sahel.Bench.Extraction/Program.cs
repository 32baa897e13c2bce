using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Sahel.Bench.Extraction;
using Sahel.Extract;

// Usage: dotnet run -c Release --project bench/Sahel.Bench.Extraction -- [ZYTE_DIR] [--worst N] [--no-baseline]
// Prints precision, recall, F1 and pages per second for sahel's extractor and for SmartReader, in the same run.
var worstAt = Array.IndexOf(args, "--worst");
var worst = worstAt >= 0 && worstAt + 1 < args.Length ? int.Parse(args[worstAt + 1], CultureInfo.InvariantCulture) : 0;
var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
var withBaseline = !args.Contains("--no-baseline");
var corpusDir = positional.FirstOrDefault() ?? FindCorpus();
if (corpusDir is null || !File.Exists(Path.Combine(corpusDir, "ground-truth.json")))
{
    Console.Error.WriteLine("sahel-bench: the zyte corpus was not found (expected ../shared/bench/article-extraction/zyte or a path argument)");
    return 1;
}

var pages = BenchmarkCorpus.Load(corpusDir);
var showAt = Array.IndexOf(args, "--show");
if (showAt >= 0 && showAt + 1 < args.Length)
{
    // One page in full, to see why it scores as it does: sahel's blocks, then the ground truth.
    var page = pages.Single(p => p.Id.StartsWith(args[showAt + 1], StringComparison.Ordinal));
    var article = ArticleExtractor.Extract(page.Html, null, null, page.Url);
    Console.WriteLine($"{page.Url}  has-article={article.HasArticle} failure={article.Failure}");
    foreach (var block in article.Blocks)
        Console.WriteLine($"[{block.Kind}] {block.Text}");
    Console.WriteLine("----- truth");
    Console.WriteLine(page.Truth);
    return 0;
}
Console.WriteLine($"corpus: {pages.Count} pages from {corpusDir}");

// One untimed pass of both extractors (JIT, regex compilation, caches) so the rate measures extraction, not start-up.
foreach (var page in pages)
{
    ArticleExtractor.Extract(page.Html, null, null, page.Url);
    if (withBaseline) Baseline.Extract(page);
}

var sahel = Run("sahel", pages, p => ArticleExtractor.Extract(p.Html, null, null, p.Url).Text);
Report(sahel, null);
if (withBaseline)
{
    var smart = Run("SmartReader 0.11.1", pages, Baseline.Extract);
    Report(smart, null);
    Console.WriteLine();
    Console.WriteLine($"sahel vs SmartReader: F1 {sahel.Summary.F1 - smart.Summary.F1:+0.000;-0.000}, speed x{sahel.PagesPerSecond / smart.PagesPerSecond:0.00}");
}
if (worst > 0)
{
    Console.WriteLine();
    Console.WriteLine($"worst {worst} pages for sahel (F1, precision, recall, id):");
    foreach (var (id, counts) in sahel.PerPage.OrderBy(p => PageF1(p.Counts)).Take(worst))
        Console.WriteLine($"  {PageF1(counts):0.000}  P {counts.Precision:0.000}  R {counts.Recall:0.000}  {id}");
}
return 0;

static double PageF1(ShingleScore.PageCounts c) => c.Precision + c.Recall == 0 ? 0 : 2 * c.Precision * c.Recall / (c.Precision + c.Recall);

static RunResult Run(string name, IReadOnlyList<BenchmarkPage> pages, Func<BenchmarkPage, string> extract)
{
    var perPage = new List<(string Id, ShingleScore.PageCounts Counts)>();
    var elapsed = TimeSpan.Zero;
    foreach (var page in pages)
    {
        var clock = Stopwatch.StartNew();
        var text = extract(page);
        elapsed += clock.Elapsed;
        perPage.Add((page.Id, ShingleScore.Page(page.Truth, text)));
    }
    var summary = ShingleScore.Summarise(perPage.Select(p => p.Counts).ToList());
    return new RunResult(name, summary, pages.Count / elapsed.TotalSeconds, perPage);
}

static void Report(RunResult result, RunResult? against)
{
    Console.WriteLine($"{result.Name,-20} precision {result.Summary.Precision:0.0000}  recall {result.Summary.Recall:0.0000}  F1 {result.Summary.F1:0.0000}  {result.PagesPerSecond,7:0.0} pages/s (one thread)");
}

static string? FindCorpus()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "..", "shared", "bench", "article-extraction", "zyte");
        if (File.Exists(Path.Combine(dir.FullName, "Sahel.slnx")))
            return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
    }
    return null;
}

internal sealed record RunResult(string Name, ShingleScore.Summary Summary, double PagesPerSecond, List<(string Id, ShingleScore.PageCounts Counts)> PerPage);
