using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>--db, SAHEL_DB and store copy's --from/--to never take a password: one line, exit 2, and the password is not echoed.</summary>
public sealed class StoreLocationCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("postgres://analyst:s3cret@127.0.0.1:1/sahel")]
    [InlineData("Host=127.0.0.1;Port=1;Username=analyst;Password=s3cret;Database=sahel")]
    public async Task APasswordInDb_IsAUsageError(string db)
    {
        var result = await new CliRunner(db).RunAsync("stories");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("sahel: --db: ", result.Error);
        Assert.Contains("PGPASSWORD or ~/.pgpass", result.Error);
        Assert.DoesNotContain("s3cret", result.Error + result.Out);
    }

    [Fact]
    public async Task APasswordInStoreCopy_IsAUsageError_NamingTheOption()
    {
        var result = await new CliRunner(_temp.File("unused.db")).RunAsync("store", "copy", "--from", "postgres://analyst:s3cret@127.0.0.1:1/sahel", "--to", _temp.File("x.db"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("sahel: --from: ", result.Error);
        Assert.DoesNotContain("s3cret", result.Error);
    }

    public void Dispose() => _temp.Dispose();
}
