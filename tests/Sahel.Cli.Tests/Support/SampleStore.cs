using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.Support;

/// <summary>A store with the shipped samples fetched once, shared by the tests of a class that only read it.</summary>
public sealed class SampleStore : IAsyncLifetime
{
    public const string Now = "2026-03-15T06:00:00Z";
    public TempDirectory Temp { get; } = new();
    public CliRunner Cli => new(Temp.File("sahel.db"));

    public async Task InitializeAsync() =>
        Assert.Equal(0, (await Cli.RunAsync("fetch", "--feeds", Path.Combine(RepoPaths.Samples, "feeds.opml"), "--now", Now)).ExitCode);

    public Task DisposeAsync()
    {
        Temp.Dispose();
        return Task.CompletedTask;
    }
}
