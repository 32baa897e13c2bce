using Sahel.Store;
using Sahel.Testing;

namespace Sahel.Tests.Store.Contract;

/// <summary>The store contract on a store file.</summary>
public sealed class SqliteStoreContractTests : StoreContract
{
    private readonly TempDirectory _temp = new();

    protected override ISahelStore Open() => SahelStore.Open(_temp.File("sahel.db"));

    public override void Dispose() => _temp.Dispose();
}
