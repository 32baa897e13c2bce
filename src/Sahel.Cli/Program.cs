using System.Text;
using Sahel.Cli;
using Sahel.Cli.Infrastructure;

// Ctrl-C cancels the sweep; feeds already committed stay, and the exit code is 130.
// A second Ctrl-C is left to the runtime and ends the process at once.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (cancellation.IsCancellationRequested)
        return;
    e.Cancel = true;
    cancellation.Cancel();
};
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await SahelApp.RunAsync(args, CliEnvironment.FromProcess(), cancellation.Token);
