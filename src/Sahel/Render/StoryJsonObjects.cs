using System.Buffers;
using System.Text.Json;
using Sahel.Cluster;
using Sahel.Digest;
using Sahel.Model;

namespace Sahel.Render;

/// <summary>
/// The story objects of one JSON document. Writing a story (its claims, gloss, cleaned text) is most of a
/// digest's rendering time, so the objects are written ahead, a batch at a time on every core, in the order the
/// document lists them, and each only once: a timeline lists every story of an incident twice (inside the
/// incident, then in the document's story list), and the second time the bytes of the first are copied,
/// indented for where they now sit. The document is byte for byte what writing each story in place gives.
/// When the digest kept the objects of an earlier one (<see cref="StoryObjectCache"/>), a story's own fields are
/// copied from there and only its incident is written; the objects written afresh are kept for the next digest.
/// </summary>
public sealed class StoryJsonObjects
{
    private const int Batch = 2048;

    private readonly JsonWriterOptions options;
    private readonly byte[] newLine;
    private readonly IncidentSet? incidents;
    private readonly DigestDetails? details;
    private readonly StoryObjectCache? kept;
    private readonly bool listedTwice;
    private readonly List<Story> order;
    private readonly Dictionary<long, ArraySegment<byte>> written = [];
    // The written objects, end to end in large chunks: kept until a story is listed again, 30,000 small arrays
    // lived long enough to be copied from generation to generation, a quarter of a digest's time in the
    // collector. Large arrays are never moved.
    private readonly List<byte[]> chunks = [];
    private int chunkUsed;
    private const int ChunkSize = 1 << 20;
    private readonly HashSet<long> listed = [];
    private readonly Dictionary<int, byte[]> indents = [];
    private byte[] scratch = new byte[16384];
    private int next;

    /// <param name="order">The stories in the order the document lists them (repeats are ignored).</param>
    /// <param name="listedTwice">Whether the stories written inside incidents are listed again after them.</param>
    public StoryJsonObjects(JsonWriterOptions options, IncidentSet? incidents, DigestDetails? details, IEnumerable<Story> order, bool listedTwice)
    {
        this.listedTwice = listedTwice;
        newLine = System.Text.Encoding.UTF8.GetBytes(options.NewLine);
        this.options = options;
        this.incidents = incidents;
        this.details = details;
        // Kept objects are written at depth 0 with the digests' own options; other options write afresh.
        kept = options.Indented ? details?.StoryObjects : null;
        this.order = order.Where(s => listed.Add(s.Id)).ToList();
        // Built before the parallel writers read it: IncidentSet builds its story index on first use.
        if (this.order.Count > 0)
            incidents?.IncidentOf(this.order[0]);
    }

    /// <summary>Writes the story, and keeps its bytes for <see cref="WriteAgain"/> when stories are listed twice.</summary>
    public void WriteAndKeep(Utf8JsonWriter json, Story story)
    {
        if (Bytes(story) is { } bytes)
        {
            if (!listedTwice)
                written.Remove(story.Id);
            WriteRaw(json, bytes);
        }
        else
            StoryJsonWriter.Write(json, story, incidents, details);
    }

    /// <summary>Writes the story from the bytes already written, and forgets them.</summary>
    public void WriteAgain(Utf8JsonWriter json, Story story)
    {
        if (Bytes(story) is { } bytes)
        {
            written.Remove(story.Id);
            WriteRaw(json, bytes);
        }
        else
        {
            StoryJsonWriter.Write(json, story, incidents, details);
        }
    }

    private ArraySegment<byte>? Bytes(Story story)
    {
        while (!written.ContainsKey(story.Id) && listed.Contains(story.Id) && next < order.Count)
            WriteNextBatch();
        return written.TryGetValue(story.Id, out var bytes) ? bytes : (ArraySegment<byte>?)null;
    }

    private ArraySegment<byte> Keep(ReadOnlySpan<byte> bytes)
    {
        if (chunks.Count == 0 || chunkUsed + bytes.Length > chunks[^1].Length)
        {
            chunks.Add(new byte[Math.Max(ChunkSize, bytes.Length)]);
            chunkUsed = 0;
        }
        var segment = new ArraySegment<byte>(chunks[^1], chunkUsed, bytes.Length);
        bytes.CopyTo(segment);
        chunkUsed += bytes.Length;
        return segment;
    }

    private void WriteNextBatch()
    {
        var batch = order.GetRange(next, Math.Min(Batch, order.Count - next));
        next += batch.Count;
        var bytes = new byte[batch.Count][];
        var compressed = new byte[batch.Count][];
        var keptOwn = kept?.Load(batch) ?? [];
        Parallel.For(0, batch.Count, () => new ArrayBufferWriter<byte>(8192), (i, _, buffer) =>
        {
            buffer.ResetWrittenCount();
            if (!keptOwn.TryGetValue(batch[i].Id, out var own) || !StoryObjectCache.Expand(own, buffer))
            {
                buffer.ResetWrittenCount();
                using var fresh = new Utf8JsonWriter(buffer, options);
                fresh.WriteStartObject();
                StoryJsonWriter.WriteOwnFields(fresh, batch[i], details);
                fresh.Flush();
                if (kept is not null)
                    compressed[i] = StoryObjectCache.Compress(buffer.WrittenSpan);
            }
            WriteRest(buffer, batch[i]);
            bytes[i] = buffer.WrittenSpan.ToArray();
            return buffer;
        }, _ => { });
        for (var i = 0; i < batch.Count; i++)
            written[batch[i].Id] = listedTwice ? Keep(bytes[i]) : bytes[i]; // kept only for a batch: freed as written
        if (kept is not null)
        {
            var fresh = new List<(Story, byte[])>();
            for (var i = 0; i < batch.Count; i++)
            {
                if (compressed[i] is { } written)
                    fresh.Add((batch[i], written));
            }
            kept.Save(fresh);
        }
    }

    // What follows a story's own fields, as the writer would have written it after them: its incident and the
    // story it copies when stories are grouped, then the end of the object. Written by a writer of its own, whose
    // first property carries no separator, so the separator is added here.
    private void WriteRest(ArrayBufferWriter<byte> buffer, Story story)
    {
        if (incidents is null)
        {
            if (options.Indented)
                buffer.Write(newLine);
            buffer.Write("}"u8);
            return;
        }
        var rest = new ArrayBufferWriter<byte>(256);
        using (var grouping = new Utf8JsonWriter(rest, options))
        {
            grouping.WriteStartObject();
            StoryJsonWriter.WriteGrouping(grouping, story, incidents);
            grouping.WriteEndObject();
        }
        buffer.Write(","u8);
        buffer.Write(rest.WrittenSpan[1..]); // without its "{"
    }

    // The bytes were written at depth 0; an indented writer puts a value on its own line, indented by its depth,
    // and every line inside it one depth further. A raw value gets neither from the writer, so they are added here.
    // JSON strings never hold a raw newline, so every newline in the bytes is the writer's own.
    private void WriteRaw(Utf8JsonWriter json, ArraySegment<byte> bytes)
    {
        if (!options.Indented)
        {
            json.WriteRawValue(bytes, skipInputValidation: true);
            return;
        }
        var indent = Indent(json.CurrentDepth * options.IndentSize);
        var lines = bytes.AsSpan().Count((byte)'\n');
        var length = newLine.Length + indent.Length + bytes.Count + lines * indent.Length;
        // One buffer for every placement: the writer copies a raw value, so a new array per placement (two per
        // story of an incident) only fed the garbage collector, a quarter of a digest's time in the profile.
        if (scratch.Length < length)
            scratch = new byte[Math.Max(length, scratch.Length * 2)];
        var placed = scratch;
        var at = 0;
        Append(newLine);
        Append(indent);
        var rest = bytes.AsSpan();
        while (rest.IndexOf((byte)'\n') is var end and >= 0)
        {
            Append(rest[..(end + 1)]);
            Append(indent);
            rest = rest[(end + 1)..];
        }
        Append(rest);
        json.WriteRawValue(placed.AsSpan(0, at), skipInputValidation: true);

        void Append(ReadOnlySpan<byte> part)
        {
            part.CopyTo(placed.AsSpan(at));
            at += part.Length;
        }
    }

    private byte[] Indent(int width)
    {
        if (!indents.TryGetValue(width, out var indent))
        {
            indent = new byte[width];
            indent.AsSpan().Fill((byte)options.IndentCharacter);
            indents[width] = indent;
        }
        return indent;
    }
}
