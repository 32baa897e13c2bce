using System.CommandLine;
using System.Text.RegularExpressions;

namespace Sahel.Cli.Infrastructure;

/// <summary>
/// The parser's errors as a user should read them: an unknown command or option with the nearest real one
/// ("did you mean"), a value of the wrong kind named in words rather than as a .NET type, and no
/// "Required command was not provided" next to the mistyped command that caused it.
/// </summary>
public static partial class UsageErrors
{
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var lines = new List<string>();
        foreach (var token in parse.UnmatchedTokens)
            lines.Add(Unrecognised(token, command));
        foreach (var error in parse.Errors)
        {
            var message = error.Message;
            if (UnmatchedToken().Match(message) is { Success: true } unmatched && parse.UnmatchedTokens.Contains(unmatched.Groups[1].Value))
                continue;
            if (parse.UnmatchedTokens.Count > 0 && message.StartsWith("Required command was not provided", StringComparison.Ordinal))
                continue;
            if (WrongType().Match(message) is { Success: true } wrongType)
                message = $"{wrongType.Groups["option"].Value}: '{wrongType.Groups["value"].Value}' is not {Expected(wrongType.Groups["type"].Value)}";
            else if (NotAmong().Match(message) is { Success: true } notAmong)
                message = $"{OptionName(error)}'{notAmong.Groups["value"].Value}' is not one of: {string.Join(", ", Quoted().Matches(notAmong.Groups["choices"].Value).Select(m => m.Groups[1].Value))}";
            message = message.ReplaceLineEndings(" ");
            if (!lines.Contains(message))
                lines.Add(message);
        }
        return lines;
    }

    private static string Unrecognised(string token, Command command)
    {
        if (token.StartsWith('-'))
        {
            var options = OptionNames(command).ToList();
            return Nearest(token, options) is { } option
                ? $"unknown option '{token}' for '{command.Name}'; did you mean '{option}'?"
                : $"unknown option '{token}' for '{command.Name}'";
        }
        var commands = command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name)).ToList();
        if (commands.Count == 0)
            return $"unexpected argument '{token}' for '{command.Name}'";
        return Nearest(token, commands) is { } suggestion
            ? $"unknown command '{token}'; did you mean '{suggestion}'?"
            : $"unknown command '{token}' (commands: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))})";
    }

    private static IEnumerable<string> OptionNames(Command command)
    {
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
            foreach (var option in current.Options.Where(o => !o.Hidden && (current == command || o.Recursive)))
                foreach (var name in option.Aliases.Prepend(option.Name))
                    yield return name;
    }

    /// <summary>The closest name within two edits (or one the token is a prefix of), else null.</summary>
    internal static string? Nearest(string token, IReadOnlyList<string> names)
    {
        var best = (Name: (string?)null, Distance: int.MaxValue);
        foreach (var name in names)
        {
            var distance = name.StartsWith(token, StringComparison.OrdinalIgnoreCase) && token.TrimStart('-').Length >= 3
                ? 1
                : Distance(token.ToLowerInvariant(), name.ToLowerInvariant());
            if (distance < best.Distance)
                best = (name, distance);
        }
        return best.Distance <= Math.Min(2, Math.Max(1, token.Length / 3)) ? best.Name : null;
    }

    /// <summary>Edit distance with adjacent transpositions ("stoires" is one edit from "stories").</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    private static string Expected(string type) => type switch
    {
        _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => "a number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ => "a valid value",
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|argument) '(?<option>[^']*)' as expected type '(?<type>[^']*)'")]
    private static partial Regex WrongType();

    private static string OptionName(System.CommandLine.Parsing.ParseError error) =>
        error.SymbolResult is System.CommandLine.Parsing.OptionResult option ? $"{option.Option.Name}: "
        : error.SymbolResult is System.CommandLine.Parsing.ArgumentResult { Parent: System.CommandLine.Parsing.OptionResult parent } ? $"{parent.Option.Name}: "
        : "";

    [GeneratedRegex(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(?<choices>.*)$", RegexOptions.Singleline)]
    private static partial Regex NotAmong();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'")]
    private static partial Regex UnmatchedToken();
}
