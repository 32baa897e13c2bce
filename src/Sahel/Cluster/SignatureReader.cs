using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Sahel.Cluster;

/// <summary>
/// Reads what <see cref="System.IO.BinaryWriter"/> wrote for <see cref="SignatureCodec"/>, straight from the
/// cached bytes: a timeline decodes tens of thousands of signatures, and a stream and reader per entry cost
/// more than the decoding itself.
/// </summary>
internal ref struct SignatureReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public byte ReadByte() => _data[_position++];

    public int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(_data[_position..]);
        _position += 4;
        return value;
    }

    /// <summary>A length-prefixed UTF-8 string (the prefix is BinaryWriter's 7-bit encoded length).</summary>
    public string ReadString()
    {
        int length = 0, shift = 0;
        byte part;
        do
        {
            part = ReadByte();
            length |= (part & 0x7F) << shift;
            shift += 7;
        }
        while ((part & 0x80) != 0);
        var text = Encoding.UTF8.GetString(_data.Slice(_position, length));
        _position += length;
        return text;
    }

    /// <summary>Little-endian 64-bit values (the format's byte order, and this machine's).</summary>
    public ulong[] ReadUInt64s(int count)
    {
        var bytes = _data.Slice(_position, count * sizeof(ulong));
        _position += bytes.Length;
        var values = MemoryMarshal.Cast<byte, ulong>(bytes).ToArray();
        if (!BitConverter.IsLittleEndian)
            for (var i = 0; i < values.Length; i++)
                values[i] = BinaryPrimitives.ReverseEndianness(values[i]);
        return values;
    }
}
