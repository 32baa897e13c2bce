using System.Text;
using Sahel.Cli;
using Sahel.Cli.Infrastructure;

// Ctrl-C cancels the sweep; feeds already committed stay, and the exit code is 130 (143 for SIGTERM).
// A second Ctrl-C is left to the runtime and ends the process at once.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (cancellation.IsCancellationRequested)
        return;
    e.Cancel = true;
    cancellation.Cancel();
};
// SIGTERM (a CI job's timeout, `kill`, a container stopping) is handled the same way, and exits 143.
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    SahelApp.Terminated = true;
    cancellation.Cancel();
});
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await SahelApp.RunAsync(args, CliEnvironment.FromProcess(), cancellation.Token);
