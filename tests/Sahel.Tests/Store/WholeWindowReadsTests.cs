using Microsoft.Data.Sqlite;
using Sahel.Store;
using Sahel.Store.Sqlite;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Store;

/// <summary>
/// A store file reads a window that is most of the store in one pass (cache rows by row-id range, memberships in
/// one scan) and a small window row by row: both ways must give the same answer.
/// </summary>
public sealed class WholeWindowReadsTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private (ISahelStore Store, long[] Items) StoreWithItems(int count) => IncidentTableTests.StoreWithItems(_temp.File("s.db"), count, Monday);

    [Fact]
    public void CachedRows_AreTheValidOnesAskedFor_WhetherTheWindowIsDenseOrSparse()
    {
        var (store, items) = StoreWithItems(12);
        using (store)
        {
            store.Claims.Save(items.Select(id => (id, "h" + id, new[] { (byte)id })), "a1");
            store.Claims.Save([(items[5], "h-old", new byte[] { 99 })], "a1"); // changed since: no longer valid
            store.Claims.Save([(items[6], "h" + items[6], new byte[] { 7 })], "a2"); // cached by another analyser

            // Every item but the first: a run of ids, read by range.
            var dense = items.Skip(1).ToDictionary(id => id, id => "h" + id);
            var read = store.Claims.Load(dense, "a1");
            Assert.Equal(items.Skip(1).Except([items[5], items[6]]).Order(), read.Keys.Order());
            Assert.All(read, row => Assert.Equal((byte)row.Key, row.Value.Single()));

            // The two ends only: looked up one by one, and nothing between them comes back.
            var sparse = new Dictionary<long, string> { [items[0]] = "h" + items[0], [items[^1]] = "h" + items[^1] };
            Assert.Equal([items[0], items[^1]], store.Claims.Load(sparse, "a1").Keys.Order());

            Assert.True(store.Claims.Any("a2"));
            Assert.False(store.Claims.Any("a3"));
            Assert.Empty(store.Claims.Load(new Dictionary<long, string>(), "a1"));
        }
    }

    [Fact]
    public void MembershipsAround_AreTheStoriesMembershipsAndTheirIncidentsMembers_AsOfT()
    {
        var (store, items) = StoreWithItems(9);
        using (store)
        {
            IncidentMembership Member(int i, string? incident, DateTimeOffset at) => new(items[i], incident, null, at, "place", "h", "a1");
            store.Incidents.Apply(new IncidentChanges
            {
                At = Monday,
                Opened = [new IncidentRecord("inc-a", Monday, Monday, "a1", "open", items[0], null), new IncidentRecord("inc-b", Monday, Monday, "a1", "open", items[3], null)],
                Memberships = [Member(0, "inc-a", Monday), Member(1, "inc-a", Monday), Member(2, "inc-a", Monday), Member(3, "inc-b", Monday),
                    Member(4, "inc-b", Monday), Member(5, null, Monday), Member(6, null, Monday)],
            });
            // Later, item 5 joins inc-a and item 4 leaves inc-b: as of Monday neither has happened.
            store.Incidents.Apply(new IncidentChanges { At = Monday.AddDays(1), Memberships = [Member(5, "inc-a", Monday.AddDays(1)), Member(4, null, Monday.AddDays(1))] });

            foreach (var asOf in new[] { Monday, Monday.AddDays(1) })
            {
                foreach (var asked in new long[][] { items[..7], [items[1]], [items[5], items[6]], [items[7]] })
                {
                    var (ofStories, ofIncidents) = store.Incidents.MembershipsAround(asked, asOf);
                    var expected = store.Incidents.Memberships(asked, asOf);
                    var incidents = expected.Values.Select(m => m.IncidentId).OfType<string>().Distinct().ToList();
                    Assert.Equal(expected.OrderBy(p => p.Key), ofStories.OrderBy(p => p.Key));
                    Assert.Equal(store.Incidents.Members(incidents, asOf).OrderBy(m => m.ItemId), ofIncidents.OrderBy(m => m.ItemId));
                }
            }
            Assert.Equal([items[0], items[1], items[2], items[5]], store.Incidents.MembershipsAround(items[..7], Monday.AddDays(1)).OfTheirIncidents
                .Where(m => m.IncidentId == "inc-a").Select(m => m.ItemId).Order());
        }
    }

    [Fact]
    public void TheWaitingQueue_IsReadFromTheQueue_NotFromEveryItem()
    {
        var (store, _) = StoreWithItems(3);
        store.Dispose();
        using var connection = new SqliteConnection($"Data Source={_temp.File("s.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN SELECT i.id FROM {IncidentTable.QueuedWithLatestMembership}";
        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read())
            steps.Add(reader.GetString(3));
        Assert.StartsWith("SCAN q", steps[0]);
        Assert.DoesNotContain(steps, step => step.StartsWith("SCAN i", StringComparison.Ordinal));
    }
}
