using Spectre.Console;

namespace Sahel.Cli.Terminal;

/// <summary>
/// Tables for people, rows for pipes (as gh does): a Spectre.Console table when stdout is a terminal,
/// tab-separated lines with a header row otherwise, so `| cut -f2` and `| sort` work.
/// </summary>
public static class TableWriter
{
    /// <param name="width">The terminal's width; null lets Spectre.Console detect it.</param>
    public static void Write(TextWriter output, bool terminal, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, int? width = null)
    {
        // Cells hold text from feeds (titles, outlet names, a server's error): cleaned as every renderer cleans it.
        var cleaned = rows.Select(row => (IReadOnlyList<string>)row.Select(Render.SafeText.Clean).ToList()).ToList();
        if (!terminal)
        {
            output.WriteLine(string.Join('\t', headers));
            foreach (var row in cleaned)
                output.WriteLine(string.Join('\t', row));
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        if (width is { } columns)
            console.Profile.Width = columns;
        // A URL split over lines can be neither clicked nor copied: the URL column keeps each on one line and
        // the others wrap. When even that does not fit, the table is drawn wider and the terminal folds the lines.
        console.Profile.Width = Math.Max(console.Profile.Width, NeededWidth(headers, cleaned));
        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in headers)
        {
            var column = new TableColumn(Markup.Escape(header));
            table.AddColumn(IsUrl(header) ? column.NoWrap() : column);
        }
        foreach (var row in cleaned)
            table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)).ToArray());
        console.Write(table);
    }

    private static bool IsUrl(string header) => header is "url";

    /// <summary>The longest URL whole, and every other column at least a readable 20 characters (or less if all its cells are).</summary>
    private static int NeededWidth(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var width = 2;
        for (var i = 0; i < headers.Count; i++)
        {
            var longest = rows.Select(r => r[i].Length).Append(headers[i].Length).Max();
            width += (IsUrl(headers[i]) ? longest : Math.Min(longest, 20)) + 3;
        }
        return width;
    }
}
