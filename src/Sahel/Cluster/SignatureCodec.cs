using System.Text;
using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// A compact binary form of a <see cref="StorySignature"/> for the store's cache. Places and actors are written
/// by id and resolved against the current lexicon when read; an id the lexicon no longer has makes the entry
/// unreadable (null), and the story is analysed again.
/// </summary>
public static class SignatureCodec
{
    // 2: the text's own shingles follow the title-and-text ones.
    private const byte Version = 2;

    public static byte[] Encode(StorySignature signature)
    {
        using var buffer = new MemoryStream(256 + signature.Shingles.Length * 8);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            var f = signature.Features;
            writer.Write(Version);
            WriteIds(writer, f.Places.Select(p => p.Id));
            WriteIds(writer, f.TitlePlaces.Select(p => p.Id));
            WriteIds(writer, f.Actors.Select(a => a.Id));
            writer.Write((byte)f.EventType);
            writer.Write((byte)((f.Retrospective ? 1 : 0) | (f.Roundup ? 2 : 0)));
            writer.Write(f.Numbers.Count);
            foreach (var number in f.Numbers.Order())
                writer.Write(number);
            WriteIds(writer, signature.Targets.Order(StringComparer.Ordinal));
            writer.Write(signature.Shingles.Length);
            foreach (var shingle in signature.Shingles)
                writer.Write(shingle);
            writer.Write(signature.BodyShingles.Length);
            foreach (var shingle in signature.BodyShingles)
                writer.Write(shingle);
        }
        return buffer.ToArray();
    }

    public static StorySignature? Decode(byte[] data, Func<string, Place?> place, Func<string, Actor?> actor)
    {
        var reader = new SignatureReader(data);
        if (reader.ReadByte() != Version)
            return null;
        var places = Resolve(ReadIds(ref reader), place);
        var titlePlaces = Resolve(ReadIds(ref reader), place);
        var actors = Resolve(ReadIds(ref reader), actor);
        if (places is null || titlePlaces is null || actors is null)
            return null;
        var eventType = (EventType)reader.ReadByte();
        var flags = reader.ReadByte();
        var numbers = new HashSet<int>();
        for (var n = reader.ReadInt32(); n > 0; n--)
            numbers.Add(reader.ReadInt32());
        var targets = ReadIds(ref reader).ToHashSet(StringComparer.Ordinal);
        var shingles = reader.ReadUInt64s(reader.ReadInt32());
        var body = reader.ReadUInt64s(reader.ReadInt32());
        var features = new StoryFeatures
        {
            Places = places, TitlePlaces = titlePlaces, Actors = actors, EventType = eventType,
            Retrospective = (flags & 1) != 0, Roundup = (flags & 2) != 0, Numbers = numbers,
        };
        return new StorySignature(features, shingles, targets) { BodyShingles = body };
    }

    private static void WriteIds(BinaryWriter writer, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        writer.Write(list.Count);
        foreach (var id in list)
            writer.Write(id);
    }

    private static List<string> ReadIds(ref SignatureReader reader)
    {
        var ids = new List<string>();
        for (var n = reader.ReadInt32(); n > 0; n--)
            ids.Add(reader.ReadString());
        return ids;
    }

    private static List<T>? Resolve<T>(List<string> ids, Func<string, T?> lookup) where T : class
    {
        var resolved = new List<T>(ids.Count);
        foreach (var id in ids)
        {
            if (lookup(id) is not { } value)
                return null;
            resolved.Add(value);
        }
        return resolved;
    }
}
