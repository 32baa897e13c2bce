using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Sahel.Cli.Infrastructure;

/// <summary>The standard help, followed by the command's examples: the fastest way to learn a CLI.</summary>
public sealed class ExamplesHelpAction(HelpAction inner) : SynchronousCommandLineAction
{
    private static readonly IReadOnlyList<string> RootExamples =
    [
        "sahel sweep --feeds samples/feeds.opml",
        "sahel sweep --since 24h -o digest.md",
        "sahel stories --search Kidal --since 7d",
    ];

    public override int Invoke(ParseResult parseResult)
    {
        inner.Invoke(parseResult);
        var examples = parseResult.CommandResult.Command switch
        {
            SahelCommand command => command.Examples,
            RootCommand => RootExamples,
            _ => [],
        };
        if (examples.Count > 0)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in examples)
                output.WriteLine($"  {example}");
            output.WriteLine();
        }
        return ExitCodes.Success;
    }
}
