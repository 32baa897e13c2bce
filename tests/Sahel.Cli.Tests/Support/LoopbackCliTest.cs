using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.Support;

/// <summary>
/// The frame of an end-to-end test: a private folder with the test's store, a real HTTP server on 127.0.0.1,
/// and the real CLI pointed at that store. Both are torn down after each test.
/// </summary>
public abstract class LoopbackCliTest : IAsyncLifetime
{
    protected TempDirectory Temp { get; } = new();
    protected LoopbackServer Server { get; } = new();
    protected CliRunner Cli => new(Temp.File("sahel.db"));

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Temp.Dispose();
    }
}
