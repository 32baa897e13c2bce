using Sahel.Bench.Extraction;
using Sahel.Extract;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Extract;

/// <summary>
/// The 181-page article-extraction benchmark in ../shared: F1 must stay at or above a floor just under what
/// sahel scores (docs/extract.md), so a heuristic change that loses quality fails here. Skipped when the
/// shared reference data is not beside the repository.
/// </summary>
public sealed class ExtractionBenchmarkFloorTests
{
    private const double F1Floor = 0.968;

    [SkippableFact]
    public void ZyteBenchmark_F1_StaysAboveTheFloor()
    {
        var corpus = RepoPaths.Shared is { } shared ? Path.Combine(shared, "bench", "article-extraction", "zyte") : null;
        Skip.If(corpus is null || !File.Exists(Path.Combine(corpus, "ground-truth.json")),
            "../shared/bench/article-extraction/zyte is not present beside the repository; the extraction benchmark floor is not checked");

        var pages = BenchmarkCorpus.Load(corpus!);
        var scores = pages.Select(p => ShingleScore.Page(p.Truth, ArticleExtractor.Extract(p.Html, null, null, p.Url).Text)).ToList();
        var summary = ShingleScore.Summarise(scores);

        Assert.Equal(181, pages.Count);
        Assert.True(summary.F1 >= F1Floor, $"F1 {summary.F1:0.0000} (P {summary.Precision:0.0000}, R {summary.Recall:0.0000}) fell below {F1Floor}");
    }
}
