using System.Text.Json;
using System.Xml.Linq;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace Sahel.Cli.Tests.Recipes;

/// <summary>
/// docs/recipes/nightly-digest.yml runs as written: its shell steps run offline against the samples, with the
/// network steps stubbed: checkout clones a local bare repository (so the commit step really pushes),
/// the cache is a folder kept between runs, the release download is replaced by this build of sahel, and the
/// Pages upload only checks the folder it was given.
/// </summary>
public sealed class NightlyDigestRecipeTests(ITestOutputHelper output) : IDisposable
{
    private const string Now = "2026-03-15T06:00:00Z";
    private readonly TempDirectory _temp = new();
    private static string Recipe => Path.Combine(RepoPaths.Root, "docs", "recipes", "nightly-digest.yml");

    [Fact]
    public void Workflow_RunsNightlyAndOnDemand_OneAtATime_WithTheStoreCached()
    {
        var runner = new WorkflowRunner(Recipe, _temp.Path, _temp.Path);
        var on = (YamlMappingNode)runner.Workflow["on"];
        Assert.Contains(new YamlScalarNode("schedule"), on.Children.Keys);
        Assert.Contains(new YamlScalarNode("workflow_dispatch"), on.Children.Keys);
        var concurrency = (YamlMappingNode)runner.Workflow["concurrency"];
        Assert.False(string.IsNullOrEmpty(WorkflowRunner.Scalar(concurrency, "group")));
        Assert.Equal("false", WorkflowRunner.Scalar(concurrency, "cancel-in-progress"));
        var cachePaths = runner.Steps.Where(s => WorkflowRunner.Scalar(s, "uses")?.StartsWith("actions/cache/", StringComparison.Ordinal) == true)
            .Select(s => runner.With(s)["path"]).Distinct().ToList();
        Assert.Equal([".sahel"], cachePaths);
        Assert.Contains("/.sahel/", WorkflowRunner.Scalar((YamlMappingNode)runner.Workflow["env"], "SAHEL_DB"));
    }

    [SkippableFact]
    public void TwoNights_SecondSweepsIncrementally_AndCommitsNothingWhenNothingChanged()
    {
        var origin = Origin(SampleOpml());
        var first = Night(origin, "1", out var firstPages);
        Assert.True(first.Failure is null, first.Report);
        var digest = Path.Combine(first.Workspace, "digests", "2026-03-15.md");
        Assert.True(File.Exists(digest), first.Report);
        Assert.Contains("Anéfis", File.ReadAllText(digest));
        Assert.Equal(File.ReadAllText(digest), File.ReadAllText(Path.Combine(first.Workspace, "digests", "latest.md")));
        Assert.Contains("sahel: 9 feeds: 88 new items", first.Report);
        Assert.Equal(2, Commits(origin));
        if (first.FormatsRan)
        {
            Assert.Equal("feed", XDocument.Load(Path.Combine(first.Workspace, "digests", "digest.atom")).Root!.Name.LocalName);
            using var geo = JsonDocument.Parse(File.ReadAllText(Path.Combine(first.Workspace, "digests", "incidents.geojson")));
            Assert.Equal("FeatureCollection", geo.RootElement.GetProperty("type").GetString());
        }

        var second = Night(origin, "2", out var secondPages);
        Assert.True(second.Failure is null, second.Report);
        Assert.Contains("sahel: 9 feeds: 0 new items, 9 not modified", second.Report); // the store came back from the cache
        Assert.Contains("no change in digests", second.Report);
        Assert.Equal(2, Commits(origin));
        Assert.Equal(firstPages, secondPages);
    }

    [SkippableFact]
    public void SomeFeedsFailing_IsSuccessWithAWarning_EveryFeedFailing_FailsTheJob()
    {
        var gone = """<outline type="rss" text="Gone" xmlUrl="/nonexistent/sahel-gone.xml"/>""";
        var some = Night(Origin(SampleOpml().Replace("</body>", gone + "</body>", StringComparison.Ordinal)), "1", out _);
        Assert.True(some.Failure is null, some.Report);
        Assert.Contains("::warning title=sahel sweep::some feeds failed; the digest was written from the others: 1 failed", some.Report);

        var all = Night(Origin($"""<?xml version="1.0"?><opml version="2.0"><head/><body>{gone}</body></opml>"""), "1", out _);
        Assert.Equal(("Sweep", 4), all.Failure);
        Assert.Contains("::error title=sahel sweep::every feed failed", all.Report);
        Assert.Contains("## Commit the digests if they changed: not run", all.Report);
        Assert.Contains("## Save the store: stubbed", all.Report);
    }

    private sealed record NightResult((string Step, int ExitCode)? Failure, string Workspace, string Report, bool FormatsRan);

    /// <summary>One scheduled run: a fresh runner and checkout, the shared cache folder, this build of sahel.</summary>
    private NightResult Night(string origin, string runId, out Dictionary<string, string> pages)
    {
        var run = _temp.File($"run-{Path.GetFileName(origin)}-{runId}");
        var workspace = Path.Combine(run, "workspace");
        var cache = _temp.File($"cache-{Path.GetFileName(origin)}");
        var runner = new WorkflowRunner(Recipe, workspace, Path.Combine(run, "temp")) { RunId = runId };
        runner.Inputs["now"] = Now;
        runner.Inputs["since"] = "7d";
        var published = new Dictionary<string, string>();
        runner.Stubs["actions/checkout"] = _ => Git(run, "clone", "-q", origin, workspace);
        runner.Stubs["actions/cache/restore"] = with => CopyDirectory(cache, Path.Combine(workspace, with["path"]));
        runner.Stubs["actions/cache/save"] = with => CopyDirectory(Path.Combine(workspace, with["path"]), cache);
        runner.Stubs["install"] = _ => runner.AddPath(SahelOnPath());
        runner.Stubs["actions/upload-pages-artifact"] = with =>
        {
            var folder = Path.Combine(workspace, with["path"]);
            foreach (var file in Directory.GetFiles(folder))
                published[Path.GetFileName(file)] = File.ReadAllText(file);
        };
        runner.Stubs["actions/deploy-pages"] = _ => Assert.NotEmpty(published);
        var formatsRan = AtomAndGeoJsonAreAccepted();
        if (!formatsRan)
        {
            runner.Skip["formats"] = "this build of sahel rejects `timeline --format atom` (the Atom and GeoJSON renderers come with issue 11)";
            output.WriteLine($"SKIPPED step 'Atom and GeoJSON': {runner.Skip["formats"]}");
        }
        var failure = runner.Run();
        var report = string.Join('\n', runner.Log);
        output.WriteLine(report);
        pages = published;
        return new NightResult(failure, workspace, report, formatsRan);
    }

    /// <summary>A bare repository holding the user's feeds.opml, as GitHub would hold it.</summary>
    private string Origin(string opml)
    {
        Skip.If(OperatingSystem.IsWindows(), "the recipe runs on ubuntu-latest: its bash steps are not run on Windows");
        Skip.If(ExternalProgram.Find("git") is null, "git is not installed: the recipe's checkout and commit steps need it");
        var origin = _temp.File($"origin-{Guid.NewGuid():N}.git");
        var seed = _temp.File($"seed-{Guid.NewGuid():N}");
        Git(_temp.Path, "init", "-q", "--bare", origin);
        Git(_temp.Path, "init", "-q", seed);
        File.WriteAllText(Path.Combine(seed, "feeds.opml"), opml);
        Git(seed, "add", "feeds.opml");
        Git(seed, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "My feeds");
        Git(seed, "push", "-q", origin, "HEAD:refs/heads/main");
        Git(origin, "symbolic-ref", "HEAD", "refs/heads/main");
        return origin;
    }

    private int Commits(string origin) => int.Parse(Git(origin, "rev-list", "--count", "main").Trim());

    /// <summary>The sample OPML with absolute feed locations, so it can live at the root of another repository.</summary>
    private static string SampleOpml() =>
        File.ReadAllText(Path.Combine(RepoPaths.Samples, "feeds.opml")).Replace("xmlUrl=\"", $"xmlUrl=\"{RepoPaths.Samples}/", StringComparison.Ordinal);

    /// <summary>A folder with a `sahel` that runs this build's dll: the stand-in for the release download.</summary>
    private string SahelOnPath()
    {
        var bin = _temp.File("bin");
        Directory.CreateDirectory(bin);
        var wrapper = Path.Combine(bin, "sahel");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "sahel.dll")}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return bin;
    }

    private bool AtomAndGeoJsonAreAccepted()
    {
        var probe = ExternalProgram.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "sahel.dll"), "timeline", "--format", "atom",
            "--db", _temp.File("probe.db"), "--now", Now, "-o", _temp.File("probe.atom")]);
        return probe.ExitCode != 2;
    }

    private static void CopyDirectory(string from, string to)
    {
        if (!Directory.Exists(from))
            return;
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }

    private static string Git(string directory, params string[] arguments)
    {
        var result = ExternalProgram.Run("git", arguments, directory,
            new Dictionary<string, string> { ["GIT_CONFIG_GLOBAL"] = "/dev/null", ["GIT_CONFIG_NOSYSTEM"] = "1" });
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)}: {result}");
        return result.Out;
    }

    public void Dispose() => _temp.Dispose();
}
