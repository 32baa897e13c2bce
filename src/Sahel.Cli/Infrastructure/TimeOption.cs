using System.CommandLine;
using Sahel.Timeline;

namespace Sahel.Cli.Infrastructure;

/// <summary>--since and --until: checked at parse time, so a typo is a usage error (exit 2) before any work.</summary>
public static class TimeOption
{
    public static Option<string?> Create(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "WHEN" };
        option.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && !TimeWindow.IsValid(text))
                result.AddError($"{name}: '{text}' is not {TimeWindow.Expected}");
        });
        return option;
    }
}
