using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using Sahel.Model;
using Sahel.Store;

namespace Sahel.Render;

/// <summary>
/// The story objects a JSON digest wrote, kept in the store (item_objects) up to their claims, so the next digest
/// copies them instead of reading each story's claims, working out its gloss and writing it again: a nightly
/// digest of 30,000 stories of which a few hundred are new spent most of its time doing that. What follows the
/// claims (the story's incident and the story it copies) changes when incidents merge, so it is always written
/// afresh. A kept object is valid while every stored field it shows, its English title and the build that wrote
/// it are unchanged (<see cref="KeyOf"/>); the build covers the writer, the claims reader and the gloss.
/// </summary>
public sealed class StoryObjectCache
{
    private static readonly string Build = typeof(StoryObjectCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly IAnalysisCache table;
    private readonly string writer;
    private readonly Dictionary<long, string> keys;
    // The kept objects, read from the store in one pass when the digest opens (it needs to know which stories have
    // one before it reads the others' texts) and handed over batch by batch.
    private readonly Dictionary<long, byte[]> objects;
    private readonly HashSet<long> valid;
    // Objects are saved in the background while the next ones are written (the store's writes are mostly waiting on
    // the disk); the gate keeps the store's connection to one caller at a time.
    private readonly Lock gate = new();
    private Task saving = Task.CompletedTask;

    private StoryObjectCache(IAnalysisCache table, string writer, Dictionary<long, string> keys, Dictionary<long, byte[]> objects)
    {
        this.table = table;
        this.writer = writer;
        this.keys = keys;
        this.objects = objects;
        valid = [.. objects.Keys];
    }

    /// <param name="englishTitles">The titles the digest shows in English (empty without a translation server).</param>
    /// <param name="analysisFingerprint">The lexicon the glosses and claims name places and actors with.</param>
    /// <param name="anyKept">What <see cref="AnyKept"/> said: when false, no object is looked for.</param>
    public static StoryObjectCache Open(ISahelStore store, IReadOnlyList<Story> stories, IReadOnlyDictionary<long, string> englishTitles, string analysisFingerprint,
        bool anyKept)
    {
        var writer = WriterFor(analysisFingerprint);
        var keys = new Dictionary<long, string>(stories.Count);
        foreach (var story in stories)
            keys[story.Id] = KeyOf(story, englishTitles.GetValueOrDefault(story.Id));
        return new StoryObjectCache(store.StoryObjects, writer, keys, anyKept ? store.StoryObjects.Load(keys, writer) : []);
    }

    /// <summary>
    /// Whether this build kept any object with this lexicon: when none (a first digest, a new build), the digest
    /// reads its stories once, whole, instead of once without texts to look for objects and again with them.
    /// </summary>
    public static bool AnyKept(ISahelStore store, string analysisFingerprint) => store.StoryObjects.Any(WriterFor(analysisFingerprint));

    private static string WriterFor(string analysisFingerprint) => $"objects-3:{Build}/{analysisFingerprint}";

    /// <summary>How many of the digest's stories have a kept object.</summary>
    public int Count => valid.Count;

    /// <summary>Whether the story's object is kept: its claims and gloss need not be read.</summary>
    public bool Has(Story story) => valid.Contains(story.Id);

    /// <summary>
    /// The kept objects of these stories (those it has), still compressed (<see cref="Expand"/>, on any thread).
    /// Each is handed over once: a digest writes a story's object once and copies it where it lists the story again.
    /// </summary>
    public Dictionary<long, byte[]> Load(IEnumerable<Story> stories)
    {
        var found = new Dictionary<long, byte[]>();
        lock (gate)
        {
            foreach (var story in stories)
            {
                if (objects.Remove(story.Id, out var compressed))
                    found[story.Id] = compressed;
            }
        }
        return found;
    }

    /// <summary>
    /// Keeps objects just written (compressed by <see cref="Compress"/>), up to and including their claims: saved in
    /// the background, in order; <see cref="Complete"/> waits for every save.
    /// </summary>
    public void Save(IReadOnlyList<(Story Story, byte[] Compressed)> written)
    {
        // In row order: the table is keyed by row id, and rows inserted out of order leave its pages half full.
        var rows = written.Where(w => keys.ContainsKey(w.Story.Id)).OrderBy(w => w.Story.Id).Select(w => (w.Story.Id, keys[w.Story.Id], w.Compressed)).ToList();
        if (rows.Count == 0)
            return;
        saving = saving.ContinueWith(previous =>
        {
            previous.GetAwaiter().GetResult(); // a failed save fails the ones after it, and Complete reports it
            lock (gate)
                table.Save(rows, writer);
        }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>Waits until every object handed to <see cref="Save"/> is in the store; throws what a save threw.</summary>
    public void Complete() => saving.GetAwaiter().GetResult();

    // Objects are kept compressed (zlib at its fastest, about 60 % of the size): uncompressed they added 40 MB to a
    // 30,000-story store, and writing that into the store cost more than compressing it on every core. zlib rather
    // than Brotli: these objects are small, so Brotli saved only a seventh more and took twice as long to expand,
    // which is most of what a nightly digest of unchanged stories does. The first four bytes are the object's length.
    public static byte[] Compress(ReadOnlySpan<byte> ownFields)
    {
        var compressed = new MemoryStream(4 + ownFields.Length / 2);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, ownFields.Length);
        compressed.Write(length);
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            zlib.Write(ownFields);
        return compressed.ToArray();
    }

    /// <summary>Writes a kept object, expanded, to <paramref name="output"/>; false when it is damaged (then write it afresh).</summary>
    public static bool Expand(byte[] compressed, System.Buffers.IBufferWriter<byte> output)
    {
        if (compressed.Length < 4 || BinaryPrimitives.ReadInt32LittleEndian(compressed) is var length && length is <= 0 or > 1 << 26)
            return false;
        var span = output.GetSpan(length)[..length];
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(compressed, 4, compressed.Length - 4, writable: false), CompressionMode.Decompress);
            // Exactly the length it was kept with, then the end of the stream (zlib's checksum is checked there).
            if (zlib.ReadAtLeast(span, length, throwOnEndOfStream: false) != length || zlib.ReadByte() != -1)
                return false;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        output.Advance(length);
        return true;
    }

    /// <summary>
    /// Everything a story object shows before its incident, as stored: the content hash covers title, link,
    /// summary, content and author, the page hash the article text; the rest are the fields stored beside them.
    /// </summary>
    public static string KeyOf(Story story, string? englishTitle) => TextHash.Of(
        story.ItemKey, story.FeedUrl, story.Outlet, story.AnalysisHash, story.Url, story.Title, story.CategoriesJson,
        story.Lang ?? "\u0001", story.Country ?? "\u0001",
        Time(story.Published), story.PublishedIsEstimated ? "estimated" : "given", Time(story.Updated),
        Time(story.FirstSeen), Time(story.LastSeen), story.Versions.ToString(CultureInfo.InvariantCulture), Time(story.LastEdited),
        englishTitle ?? "\u0001");

    private static string Time(DateTimeOffset? time) => time is { } value ? value.UtcTicks.ToString(CultureInfo.InvariantCulture) : "\u0001";
}
