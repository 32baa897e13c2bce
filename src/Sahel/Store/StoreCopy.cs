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
            var (sourceCount, sourceHash) = Fingerprint(from.Tables.Read(table));
            var (targetCount, targetHash) = Fingerprint(to.Tables.Read(table));
            return new TableCopy(table.Name, sourceCount, targetCount, sourceHash == targetHash);
        }).ToList();
    }

    /// <summary>The number of rows and a hash over every value of every row, in key order.</summary>
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
