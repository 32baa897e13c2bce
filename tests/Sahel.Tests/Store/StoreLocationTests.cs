using Sahel.Store;
using Xunit;

namespace Sahel.Tests.Store;

/// <summary>What --db accepts: a file, a postgres:// URL, an Npgsql connection string; never a password.</summary>
public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("sahel.db")]
    [InlineData("/var/lib/sahel/team=1.db")]
    public void AnythingElse_IsAFile(string text)
    {
        var location = StoreLocation.Parse(text);
        Assert.Equal(text, location.FilePath);
        Assert.Null(location.Server);
    }

    [Theory]
    [InlineData("postgres://analyst@db.example:5433/sahel", "postgres://analyst@db.example:5433/sahel")]
    [InlineData("postgresql://analyst@db.example/sahel?sslmode=require", "postgres://analyst@db.example:5432/sahel")]
    [InlineData("Host=db.example;Port=5433;Username=analyst;Database=sahel", "postgres://analyst@db.example:5433/sahel")]
    public void AServer_IsAUrlOrAConnectionString(string text, string display)
    {
        var location = StoreLocation.Parse(text);
        Assert.Null(location.FilePath);
        Assert.Equal(display, location.Display);
        Assert.DoesNotContain("assword", location.Server!.ConnectionString, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("postgres://analyst:s3cret@db.example/sahel")]
    [InlineData("postgres://analyst@db.example/sahel?password=s3cret")]
    [InlineData("Host=db.example;Username=analyst;Password=s3cret;Database=sahel")]
    public void APassword_IsRefused_AndNeverEchoed(string text)
    {
        Assert.False(StoreLocation.TryParse(text, out _, out var error));
        Assert.Contains("PGPASSWORD or ~/.pgpass", error);
        Assert.DoesNotContain("s3cret", error);
    }

    [Fact]
    public void AServerWithoutADatabase_IsRefused()
    {
        Assert.False(StoreLocation.TryParse("postgres://analyst@db.example", out _, out var error));
        Assert.Contains("names no database", error);
    }
}
