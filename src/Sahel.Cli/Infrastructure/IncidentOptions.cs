using System.CommandLine;
using Sahel.Cluster;
using Sahel.Normalize;
using Sahel.Timeline;

namespace Sahel.Cli.Infrastructure;

/// <summary>
/// The grouping options shared by `incidents`, `timeline`, `sweep`, `diff` and `eval`, read into the library's
/// <see cref="IncidentAnalysis"/> (which owns the analyser wiring and its fingerprint). They apply where stories
/// are grouped: a sweep's assignment, `incidents rebuild`, and the batch side of `eval`.
/// </summary>
public sealed class IncidentOptions
{
    public Option<string> Window { get; } = new("--window") { Description = "Reports this long after an incident's first report start a new one", DefaultValueFactory = _ => "72h", HelpName = "DURATION" };
    public Option<double> Distance { get; } = new("--distance") { Description = "Places this close (km) can be one incident", DefaultValueFactory = _ => 50, HelpName = "KM" };
    public Option<string> Horizon { get; } = new("--horizon") { Description = "A new story is compared with incidents reported within this time of it", DefaultValueFactory = _ => "10d", HelpName = "DURATION" };
    public Option<string?> Gazetteer { get; } = new("--gazetteer") { Description = "Your own places, merged by id with the built-in gazetteer (docs/gazetteer.md)", HelpName = "FILE" };
    public Option<string?> Actors { get; } = new("--actors") { Description = "Your own actors, merged by id with the built-in lexicon (docs/gazetteer.md)", HelpName = "FILE" };

    public IncidentOptions()
    {
        foreach (var option in new[] { Window, Horizon })
        {
            option.Validators.Add(result =>
            {
                if (!TryDuration(result.GetValueOrDefault<string>(), out _))
                    result.AddError($"{option.Name}: '{result.GetValueOrDefault<string>()}' is not a duration (24h, 72h, 5d)");
            });
        }
        Distance.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or > 1000)
                result.AddError("--distance must be between 0 and 1000 km");
        });
    }

    public IEnumerable<Option> All => [Window, Distance, Horizon, Gazetteer, Actors];

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

    /// <summary>The analysis these options describe, with this lexicon.</summary>
    public IncidentAnalysis Analysis(ParseResult parse, Lexicon lexicon)
    {
        TryDuration(parse.GetValue(Window)!, out var window);
        TryDuration(parse.GetValue(Horizon)!, out var horizon);
        var files = new[] { parse.GetValue(Gazetteer), parse.GetValue(Actors) }.OfType<string>().ToList();
        return new IncidentAnalysis(lexicon, new ClusterOptions { Window = window, DistanceKm = parse.GetValue(Distance) }, horizon, files);
    }

    public IncidentAnalysis Analysis(ParseResult parse) => Analysis(parse, Lexicon(parse));

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
