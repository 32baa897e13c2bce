using Spectre.Console;

namespace Sahel.Cli.Terminal;

/// <summary>
/// Tables for people, rows for pipes (as gh does): a Spectre.Console table when stdout is a terminal,
/// tab-separated lines with a header row otherwise, so `| cut -f2` and `| sort` work.
/// </summary>
public static class TableWriter
{
    public static void Write(TextWriter output, bool terminal, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (!terminal)
        {
            output.WriteLine(string.Join('\t', headers));
            foreach (var row in rows)
                output.WriteLine(string.Join('\t', row.Select(cell => cell.Replace('\t', ' ').ReplaceLineEndings(" "))));
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in headers)
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        foreach (var row in rows)
            table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)).ToArray());
        console.Write(table);
    }
}
