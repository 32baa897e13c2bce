using System.CommandLine;
using Sahel.Cli.Commands.Diff;
using Sahel.Cli.Infrastructure;
using Sahel.Cli.Terminal;

namespace Sahel.Cli.Tests.Support;

/// <summary>
/// Runs <see cref="IncidentDiffAction"/> the way the `diff` command dispatches an incident id to it, with the global
/// and grouping options of the real tree, captured streams and a private store. The `diff` command definition
/// belongs to the article-versions work; this stands in for it so the incident diff is tested end to end.
/// </summary>
public sealed class IncidentDiffRunner(string dbPath)
{
    public async Task<CliResult> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var environment = new CliEnvironment
        {
            Streams = new ConsoleStreams(stdout, stderr, OutIsTerminal: false, ErrorIsTerminal: false),
            GetVariable = _ => null,
        };
        var globals = new GlobalOptions();
        var root = new RootCommand("test");
        foreach (var option in globals.All)
            root.Add(option);
        var incident = new Argument<string>("INCIDENT");
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "md" };
        var output = new Option<string?>("--output", "-o");
        var exitCode = new Option<bool>("--exit-code");
        var since = new Option<string?>("--since");
        var until = new Option<string?>("--until");
        var grouping = new IncidentOptions();
        var command = new SahelCommand("diff", "the incident form of `sahel diff`") { incident, format, output, exitCode, since, until };
        foreach (var option in grouping.All)
            command.Add(option);
        command.SetHandler(globals, environment, (parse, context, _) => IncidentDiffAction.RunAsync(parse, context, new IncidentDiffAction.Request(
            parse.GetValue(incident)!, Sahel.Render.ReportFormats.IncidentDiff[parse.GetValue(format) ?? "md"], parse.GetValue(output), parse.GetValue(exitCode),
            context.Time(parse.GetValue(since)), context.Time(parse.GetValue(until))), grouping));
        root.Add(command);
        var code = await root.Parse(["--db", dbPath, "diff", .. args]).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
