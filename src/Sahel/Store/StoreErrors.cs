using System.Data.Common;

namespace Sahel.Store;

/// <summary>
/// Keeps provider exceptions inside the store: every backend's database error (each provider's exception is a
/// <see cref="DbException"/>) leaves as a <see cref="StoreException"/> naming the store and the reason.
/// </summary>
internal static class StoreErrors
{
    public static T Guard<T>(string location, Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (DbException e)
        {
            throw Wrap(location, e);
        }
    }

    public static void Guard(string location, Action operation)
    {
        try
        {
            operation();
        }
        catch (DbException e)
        {
            throw Wrap(location, e);
        }
    }

    public static StoreException Wrap(string location, DbException e) =>
        e is Microsoft.Data.Sqlite.SqliteException sqlite
            ? new(Sqlite.SqliteStore.Describe(location, sqlite), e)
            : new($"{location}: {e.Message}", e);
}
