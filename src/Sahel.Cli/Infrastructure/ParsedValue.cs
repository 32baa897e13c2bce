using System.CommandLine.Parsing;

namespace Sahel.Cli.Infrastructure;

/// <summary>
/// An option's value inside a validator, or null when the text did not convert ("--limit abc"): the parser
/// reports that itself, and a validator asking for the value would otherwise throw instead.
/// </summary>
public static class ParsedValue
{
    public static int? Int(OptionResult result)
    {
        try
        {
            return result.GetValueOrDefault<int?>();
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidCastException)
        {
            return null;
        }
    }

    public static double? Double(OptionResult result)
    {
        try
        {
            return result.GetValueOrDefault<double>();
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidCastException)
        {
            return null;
        }
    }
}
