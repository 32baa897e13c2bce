namespace Sahel.Cli.Terminal;

/// <summary>
/// Every terminal decision in one place (as clig.dev and Spectre.Console advise): colour only on a terminal
/// and never with NO_COLOR, TERM=dumb or --no-color; progress only on a terminal and not with --quiet;
/// relative times only when a person reads stdout live.
/// </summary>
public sealed class TerminalInfo(ConsoleStreams streams, Func<string, string?> environment, bool noColorOption, bool quiet)
{
    public bool Quiet => quiet;

    public bool ColorOnError =>
        streams.ErrorIsTerminal && !noColorOption
        && string.IsNullOrEmpty(environment("NO_COLOR"))
        && environment("TERM") != "dumb";

    public bool ShowProgress => streams.ErrorIsTerminal && !quiet && environment("TERM") != "dumb";

    /// <summary>True when stdout is a terminal and no output file was asked for.</summary>
    public bool HumanReadsStdout(string? outputFile) => outputFile is null && streams.OutIsTerminal;

    public string Red(string text) => ColorOnError ? $"\u001b[31m{text}\u001b[0m" : text;

    public string Yellow(string text) => ColorOnError ? $"\u001b[33m{text}\u001b[0m" : text;

    public string Green(string text) => ColorOnError ? $"\u001b[32m{text}\u001b[0m" : text;
}
