using System.Text;

namespace Sahel.Diff.Claims;

/// <summary>
/// A story's claims as bytes, for the store's claims cache (item_claims): written and read field by field, so
/// it needs no serializer and stays trim-safe. Bump <see cref="Version"/> whenever the records change.
/// </summary>
public static class ClaimsCodec
{
    public const byte Version = 1;

    public static byte[] Encode(StoryClaims claims)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(claims.Tolls.Count);
            foreach (var toll in claims.Tolls)
            {
                writer.Write((int)toll.Kind);
                Text(writer, toll.Victims);
                Number(writer, toll.Count.Min);
                Number(writer, toll.Count.Max);
                writer.Write(toll.Count.Qualifier);
                writer.Write(toll.Count.Text);
                Source(writer, toll.Source);
                writer.Write(toll.Evidence);
                writer.Write(toll.Sentence);
            }
            writer.Write(claims.Attributions.Count);
            foreach (var attribution in claims.Attributions)
                Source(writer, attribution);
            writer.Write(claims.Responsibility.Count);
            foreach (var claim in claims.Responsibility)
            {
                Text(writer, claim.Actor);
                writer.Write((int)claim.Polarity);
                Source(writer, claim.By);
                Text(writer, claim.Attackers);
                Text(writer, claim.Target);
                Text(writer, claim.Outcome);
                writer.Write(claim.Text);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The claims these bytes hold; null when they were written by another version (read them again).</summary>
    public static StoryClaims? Decode(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        if (bytes.Length == 0 || reader.ReadByte() != Version)
            return null;
        var tolls = new TollClaim[reader.ReadInt32()];
        for (var i = 0; i < tolls.Length; i++)
        {
            var kind = (TollKind)reader.ReadInt32();
            var victims = Text(reader);
            var count = new NumberRange { Min = Number(reader), Max = Number(reader), Qualifier = reader.ReadString(), Text = reader.ReadString() };
            tolls[i] = new TollClaim { Kind = kind, Victims = victims, Count = count, Source = Source(reader), Evidence = reader.ReadString(), Sentence = reader.ReadString() };
        }
        var attributions = new Attribution[reader.ReadInt32()];
        for (var i = 0; i < attributions.Length; i++)
            attributions[i] = Source(reader)!;
        var responsibility = new ResponsibilityClaim[reader.ReadInt32()];
        for (var i = 0; i < responsibility.Length; i++)
        {
            var actor = Text(reader);
            var polarity = (ResponsibilityPolarity)reader.ReadInt32();
            responsibility[i] = new ResponsibilityClaim
            {
                Actor = actor, Polarity = polarity, By = Source(reader), Attackers = Text(reader), Target = Text(reader), Outcome = Text(reader), Text = reader.ReadString(),
            };
        }
        return new StoryClaims { Tolls = tolls, Attributions = attributions, Responsibility = responsibility };
    }

    private static void Text(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
            writer.Write(value);
    }

    private static string? Text(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void Number(BinaryWriter writer, int? value)
    {
        writer.Write(value.HasValue);
        if (value is { } number)
            writer.Write(number);
    }

    private static int? Number(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadInt32() : null;

    private static void Source(BinaryWriter writer, Attribution? source)
    {
        writer.Write(source is not null);
        if (source is null)
            return;
        writer.Write((int)source.Kind);
        Text(writer, source.Name);
        writer.Write(source.Text);
    }

    private static Attribution? Source(BinaryReader reader) =>
        reader.ReadBoolean() ? new Attribution { Kind = (SourceKind)reader.ReadInt32(), Name = Text(reader), Text = reader.ReadString() } : null;
}
