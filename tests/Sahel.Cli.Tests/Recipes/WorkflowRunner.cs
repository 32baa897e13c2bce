using System.Text.RegularExpressions;
using Sahel.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Sahel.Cli.Tests.Recipes;

/// <summary>
/// Runs a GitHub Actions workflow's single job on this machine, offline: every `run:` step in bash exactly as
/// GitHub runs it (`bash --noprofile --norc -eo pipefail`), with the workflow, job and step env, GITHUB_OUTPUT,
/// GITHUB_PATH, GITHUB_STEP_SUMMARY and RUNNER_TEMP, and `if: always()`. Steps that reach the network
/// (`uses:` actions, and the run steps named in <see cref="Stubs"/>) are replaced by the caller's stubs.
/// Only the few expressions the recipe needs are understood; any other fails the run, so the recipe cannot
/// quietly grow something this runner does not check.
/// </summary>
public sealed partial class WorkflowRunner(string workflowPath, string workspace, string runnerTemp)
{
    private readonly YamlMappingNode _root = Load(workflowPath);
    private readonly Dictionary<string, Dictionary<string, string>> _outputs = [];
    private readonly List<string> _path = [];

    public Dictionary<string, string> Inputs { get; } = [];

    /// <summary>Replacements by `uses:` action (without @version) or by step id; the stub gets the step's `with:`.</summary>
    public Dictionary<string, Action<IReadOnlyDictionary<string, string>>> Stubs { get; } = [];

    /// <summary>Step ids not to run, with the reason (reported in the log).</summary>
    public Dictionary<string, string> Skip { get; } = [];

    /// <summary>Everything the steps printed, with one header line per step, as the Actions log would show.</summary>
    public List<string> Log { get; } = [];

    public string RunId { get; init; } = "1";

    public YamlMappingNode Workflow => _root;

    public YamlMappingNode Job => (YamlMappingNode)((YamlMappingNode)_root["jobs"]).Children.Single().Value;

    public IEnumerable<YamlMappingNode> Steps => ((YamlSequenceNode)Job["steps"]).Children.Cast<YamlMappingNode>();

    /// <summary>Runs the job; returns the name of the step that failed (and its exit code), or null on success.</summary>
    public (string Step, int ExitCode)? Run()
    {
        (string, int)? failure = null;
        Directory.CreateDirectory(runnerTemp);
        foreach (var step in Steps)
        {
            var name = Scalar(step, "name") ?? Scalar(step, "uses") ?? "step";
            var id = Scalar(step, "id");
            var condition = Scalar(step, "if");
            if (condition is not null && condition != "always()")
                throw new InvalidOperationException($"step '{name}': the offline runner only knows `if: always()`, not `{condition}`");
            if (failure is not null && condition != "always()")
            {
                Log.Add($"## {name}: not run (an earlier step failed)");
                continue;
            }
            if (id is not null && Skip.TryGetValue(id, out var reason))
            {
                Log.Add($"## {name}: SKIPPED: {reason}");
                continue;
            }
            var uses = Scalar(step, "uses")?.Split('@')[0];
            var stub = uses is not null && Stubs.TryGetValue(uses, out var byAction) ? byAction
                : id is not null && Stubs.TryGetValue(id, out var byId) ? byId : null;
            if (stub is not null)
            {
                Log.Add($"## {name}: stubbed");
                stub(With(step));
                continue;
            }
            if (uses is not null)
                throw new InvalidOperationException($"step '{name}' uses {uses}, which has no stub");
            var exitCode = RunScript(name, id, step);
            if (exitCode != 0)
                failure = (name, exitCode);
        }
        return failure;
    }

    private int RunScript(string name, string? id, YamlMappingNode step)
    {
        var script = Scalar(step, "run") ?? throw new InvalidOperationException($"step '{name}' has neither run nor uses");
        if (script.Contains("${{", StringComparison.Ordinal))
            throw new InvalidOperationException($"step '{name}': expressions belong in env:, not in the script (script injection)");
        var file = Path.Combine(runnerTemp, $"step-{Log.Count}.sh");
        File.WriteAllText(file, script);
        var output = Path.Combine(runnerTemp, $"output-{Log.Count}");
        var pathFile = Path.Combine(runnerTemp, $"path-{Log.Count}");
        File.WriteAllText(output, "");
        File.WriteAllText(pathFile, "");
        var environment = new Dictionary<string, string>
        {
            ["GITHUB_WORKSPACE"] = workspace,
            ["GITHUB_OUTPUT"] = output,
            ["GITHUB_PATH"] = pathFile,
            ["GITHUB_STEP_SUMMARY"] = Path.Combine(runnerTemp, "summary.md"),
            ["GITHUB_RUN_ID"] = RunId,
            ["RUNNER_TEMP"] = runnerTemp,
            ["PATH"] = string.Join(Path.PathSeparator, [.. _path, Environment.GetEnvironmentVariable("PATH") ?? ""]),
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_CONFIG_NOSYSTEM"] = "1",
        };
        foreach (var (key, value) in Env(_root).Concat(Env(Job)).Concat(Env(step)))
            environment[key] = value;
        var result = ExternalProgram.Run("bash", ["--noprofile", "--norc", "-eo", "pipefail", file], workspace, environment, timeoutSeconds: 180);
        Log.Add($"## {name}: exit {result.ExitCode}");
        Log.Add(result.Out + result.Error);
        if (id is not null)
            _outputs[id] = File.ReadAllLines(output).Where(l => l.Contains('=')).ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);
        _path.InsertRange(0, File.ReadAllLines(pathFile).Where(l => l.Length > 0).Reverse());
        return result.ExitCode;
    }

    /// <summary>The step's `with:` values, expressions evaluated.</summary>
    public IReadOnlyDictionary<string, string> With(YamlMappingNode step) =>
        step.Children.TryGetValue(new YamlScalarNode("with"), out var with)
            ? ((YamlMappingNode)with).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => Evaluate(((YamlScalarNode)p.Value).Value ?? ""))
            : new Dictionary<string, string>();

    /// <summary>Lets a stub add to PATH, as an action that installs a tool would.</summary>
    public void AddPath(string directory) => _path.Insert(0, directory);

    private IEnumerable<KeyValuePair<string, string>> Env(YamlMappingNode node) =>
        node.Children.TryGetValue(new YamlScalarNode("env"), out var env)
            ? ((YamlMappingNode)env).Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Evaluate(((YamlScalarNode)p.Value).Value ?? "")))
            : [];

    private string Evaluate(string text) => Expression().Replace(text, match =>
    {
        var expression = match.Groups[1].Value.Trim();
        var fallback = FallbackExpression().Match(expression);
        if (fallback.Success)
        {
            var value = Value(fallback.Groups[1].Value);
            return value.Length > 0 ? value : fallback.Groups[2].Value;
        }
        return Value(expression);
    });

    private string Value(string reference)
    {
        var parts = reference.Split('.');
        return parts switch
        {
            ["github", "workspace"] => workspace,
            ["github", "run_id"] => RunId,
            ["inputs", var input] => Inputs.GetValueOrDefault(input, ""),
            ["steps", var id, "outputs", var output] => _outputs.GetValueOrDefault(id)?.GetValueOrDefault(output) ?? "",
            _ => throw new InvalidOperationException($"the offline runner does not know the expression `{reference}`"),
        };
    }

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = File.OpenText(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"\$\{\{(.*?)\}\}")]
    private static partial Regex Expression();

    [GeneratedRegex(@"^([\w.]+)\s*\|\|\s*'([^']*)'$")]
    private static partial Regex FallbackExpression();
}
