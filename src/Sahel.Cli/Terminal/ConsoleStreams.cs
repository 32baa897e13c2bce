namespace Sahel.Cli.Terminal;

/// <summary>
/// The process's standard streams and whether each is a terminal. Tests pass their own writers, which makes
/// every terminal decision below testable.
/// </summary>
public sealed record ConsoleStreams(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal)
{
    public static ConsoleStreams FromSystemConsole()
    {
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = true };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        return new ConsoleStreams(stdout, stderr, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
    }
}
