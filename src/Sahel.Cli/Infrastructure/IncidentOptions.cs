using System.CommandLine;
using Sahel.Cluster;
using Sahel.Model;
using Sahel.Normalize;
using Sahel.Timeline;

namespace Sahel.Cli.Infrastructure;

/// <summary>How stories are grouped into incidents; shared by `incidents`, `timeline`, `sweep` and `eval`.</summary>
public sealed class IncidentOptions
{
    public Option<string> Window { get; } = new("--window") { Description = "Reports this long after an incident's first report start a new one", DefaultValueFactory = _ => "72h", HelpName = "DURATION" };
    public Option<double> Distance { get; } = new("--distance") { Description = "Places this close (km) can be one incident", DefaultValueFactory = _ => 50, HelpName = "KM" };
    public Option<string?> Gazetteer { get; } = new("--gazetteer") { Description = "Your own places, merged by id with the built-in gazetteer (docs/gazetteer.md)", HelpName = "FILE" };
    public Option<string?> Actors { get; } = new("--actors") { Description = "Your own actors, merged by id with the built-in lexicon (docs/gazetteer.md)", HelpName = "FILE" };

    public IncidentOptions()
    {
        Window.Validators.Add(result =>
        {
            if (!TryDuration(result.GetValueOrDefault<string>(), out _))
                result.AddError($"--window: '{result.GetValueOrDefault<string>()}' is not a duration (24h, 72h, 5d)");
        });
        Distance.Validators.Add(result =>
        {
            if (ParsedValue.Double(result) is < 0 or > 1000)
                result.AddError("--distance must be between 0 and 1000 km");
        });
    }

    public IEnumerable<Option> All => [Window, Distance, Gazetteer, Actors];

    public Lexicon Lexicon(ParseResult parse)
    {
        var gazetteer = parse.GetValue(Gazetteer);
        var actors = parse.GetValue(Actors);
        try
        {
            return gazetteer is null && actors is null ? Normalize.Lexicon.Default : Normalize.Lexicon.Load(gazetteer, actors);
        }
        catch (LexiconException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>Bump when the analyser's behaviour changes, so cached analyses are redone.</summary>
    private const string AnalyzerVersion = "analyzer-2";

    public IncidentBuilder Builder(ParseResult parse, Lexicon lexicon, Store.SahelStore store)
    {
        TryDuration(parse.GetValue(Window)!, out var window);
        var analyzer = new StoryAnalyzer(lexicon);
        var options = new ClusterOptions { Window = window, DistanceKm = parse.GetValue(Distance) };
        var source = new CachedSignatureSource(store, story => analyzer.Analyze(story),
            Fingerprint(parse), id => lexicon.FindPlace(id), id => lexicon.FindActor(id));
        return new IncidentBuilder(source, options);
    }

    /// <summary>The analyser's version and the bytes of the lexicon it uses: cached analyses are valid for this only.</summary>
    private string Fingerprint(ParseResult parse)
    {
        var hasher = new System.IO.Hashing.XxHash3();
        hasher.Append(ShippedLexiconHash.Value);
        foreach (var file in new[] { parse.GetValue(Gazetteer), parse.GetValue(Actors) }.OfType<string>())
            hasher.Append(File.ReadAllBytes(file));
        return AnalyzerVersion + ":" + hasher.GetCurrentHashAsUInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    // The shipped lexicon is fixed for a build: hash its ~700 KB once per process, not once per command.
    private static readonly Lazy<byte[]> ShippedLexiconHash = new(() =>
    {
        var hasher = new System.IO.Hashing.XxHash3();
        foreach (var resource in (string[])["Sahel.places.json", "Sahel.actors.json"])
        {
            using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(resource);
            if (stream is not null)
                hasher.Append(stream);
        }
        return hasher.GetCurrentHash();
    });

    private static bool TryDuration(string? text, out TimeSpan duration)
    {
        duration = default;
        var anchor = DateTimeOffset.UnixEpoch.AddYears(100);
        if (text is null || !TimeWindow.TryParse(text, anchor, out var start) || start >= anchor || !char.IsDigit(text[0]) || text.Contains('-'))
            return false;
        duration = anchor - start;
        return true;
    }
}
