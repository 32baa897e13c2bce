using Sahel.Store;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Store;

public sealed class StoreOpeningTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task NewStoreOpenedByManyAtOnce_IsMigratedOnce()
    {
        // Two sweeps started together on a store that does not exist yet both migrate it: the second must see
        // the first's tables (it used to fail with "table feeds already exists").
        var path = _temp.File("new.db");
        var opens = Enumerable.Range(0, 12).Select(_ => Task.Run(() =>
        {
            using var store = SahelStore.Open(path);
            return store.SchemaVersion;
        }));
        var versions = await Task.WhenAll(opens);
        Assert.Single(versions.Distinct());
    }

    [Fact]
    public void EmptyPath_AndDirectory_AreNamed()
    {
        Assert.Contains("the store path is empty", Assert.Throws<StoreException>(() => SahelStore.Open(" ")).Message);
        Assert.Contains("is a directory, not a store file", Assert.Throws<StoreException>(() => SahelStore.Open(_temp.Path)).Message);
        Assert.False(SahelStore.Exists(_temp.Path));
    }

    public void Dispose() => _temp.Dispose();
}
