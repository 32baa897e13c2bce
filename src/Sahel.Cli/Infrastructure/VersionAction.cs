using System.CommandLine;
using System.CommandLine.Invocation;

namespace Sahel.Cli.Infrastructure;

/// <summary>
/// `sahel --version`: SemVer and the commit built from (0.1.0+1a2b3c4d5e6f), read from sahel's own assembly
/// rather than the entry assembly, which is a test host when the command tree runs in-process.
/// </summary>
public sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(SahelVersion.Full);
        return ExitCodes.Success;
    }
}
