using System.CommandLine;
using Sahel.Render;

namespace Sahel.Cli.Infrastructure;

/// <summary>
/// The one definition of every command's <c>--format</c>: built from the command's table of formats, so help lists
/// each value with what it is for, completions offer exactly those values, and the first is the default.
/// </summary>
public static class FormatOption
{
    public static Option<string> Create<TReport>(FormatTable<TReport> formats)
    {
        var option = new Option<string>("--format")
        {
            Description = string.Join("; ", formats.All.Select(f => $"{f.Name}: {f.Description}")),
            DefaultValueFactory = _ => formats.Default.Name,
            HelpName = "FORMAT",
        };
        option.AcceptOnlyFromAmong([.. formats.Names]);
        return option;
    }

    /// <summary>The format the user chose (validated by the parser against the same table).</summary>
    public static OutputFormat<TReport> Chosen<TReport>(this ParseResult parse, Option<string> option, FormatTable<TReport> formats) =>
        formats[parse.GetValue(option)!];
}
