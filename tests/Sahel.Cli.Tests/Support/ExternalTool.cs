using System.Diagnostics;
using Xunit;

namespace Sahel.Cli.Tests.Support;

/// <summary>
/// A Debian tool a test checks sahel's output with (jing, ogrinfo, newsboat). Absent tools skip the test with the
/// package to install; CI installs them in .ci/run.
/// </summary>
public static class ExternalTool
{
    public static string Require(string name, string package)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
        Skip.If(path is null, $"{name} is not installed (Debian package {package})");
        return path!;
    }

    public static (int ExitCode, string Out, string Error) Run(string tool, IEnumerable<string> args, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish in 60 s");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
