using System.IO.Hashing;
using System.Text;

namespace Sahel.Store;

/// <summary>
/// Moves a store to another (a personal file to a team's PostgreSQL, or back): every table row for row with its
/// ids, then both read back and compared, table by table, by count and by a hash over every value. The target
/// must be empty, so nothing there is mixed with or overwritten by the copy.
/// </summary>
public static class StoreCopy
{
    public static IReadOnlyList<TableCopy> Run(ISahelStore from, ISahelStore to)
    {
        var occupied = StoreTables.All.Select(t => (t.Name, Rows: to.Tables.Count(t))).FirstOrDefault(t => t.Rows > 0);
        if (occupied.Name is not null)
            throw new StoreException($"{to.Location}: the target store is not empty ({occupied.Rows} rows in {occupied.Name}); copy into a new store");
        to.Tables.Import(from.Tables.Read);
        return StoreTables.All.Select(table =>
        {
            var (sourceCount, sourceHash) = Fingerprint(InKeyOrder(table, from.Tables.Read(table)));
            var (targetCount, targetHash) = Fingerprint(InKeyOrder(table, to.Tables.Read(table)));
            return new TableCopy(table.Name, sourceCount, targetCount, sourceHash == targetHash);
        }).ToList();
    }

    // Text keys sort by each database's collation: compare in one order, ordinal, whatever the server's locale.
    private static IEnumerable<object?[]> InKeyOrder(StoreTable table, IEnumerable<object?[]> rows)
    {
        var keys = table.OrderBy.Split(", ").Select(name => table.Columns.ToList().FindIndex(c => c.Name == name)).ToArray();
        return rows.Order(Comparer<object?[]>.Create((a, b) =>
        {
            foreach (var key in keys)
            {
                var order = (a[key], b[key]) switch
                {
                    (string x, string y) => string.CompareOrdinal(x, y),
                    (IComparable x, var y) => x.CompareTo(y),
                    _ => 0,
                };
                if (order != 0)
                    return order;
            }
            return 0;
        }));
    }

    /// <summary>The number of rows and a hash over every value of every row, in the order given.</summary>
    public static (long Count, ulong Hash) Fingerprint(IEnumerable<object?[]> rows)
    {
        var hasher = new XxHash3();
        long count = 0;
        foreach (var row in rows)
        {
            count++;
            foreach (var value in row)
            {
                var text = value switch
                {
                    null => "\u0001null",
                    DateTimeOffset time => time.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    byte[] bytes => Convert.ToHexString(bytes),
                    bool flag => flag ? "true" : "false",
                    IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                    _ => value.ToString() ?? "",
                };
                hasher.Append(Encoding.UTF8.GetBytes(text));
                hasher.Append([0]);
            }
            hasher.Append([1]);
        }
        return (count, hasher.GetCurrentHashAsUInt64());
    }
}

/// <summary>How one table arrived: rows in the source and in the target, and whether every value matched.</summary>
public sealed record TableCopy(string Table, long SourceRows, long TargetRows, bool Identical)
{
    public bool Intact => Identical && SourceRows == TargetRows;
}
