namespace ClinicOps.IntegrationTests.Infrastructure.Telemetry;

/// <summary>
/// Reads the protobuf wire format field by field: just enough to take apart the OTLP export requests the services send
/// (the test needs a handful of fields, so it decodes them by their numbers instead of compiling the OTLP schemas).
/// </summary>
internal ref struct ProtobufReader(ReadOnlySpan<byte> data)
{
    private const int Varint = 0;
    private const int Fixed64 = 1;
    private const int LengthDelimited = 2;
    private const int Fixed32 = 5;

    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public int Field { get; private set; }

    private int WireType { get; set; }

    /// <summary>Moves to the next field; false at the end of the message.</summary>
    public bool Next()
    {
        if (_position >= _data.Length)
        {
            return false;
        }

        var key = ReadVarint();
        Field = (int)(key >> 3);
        WireType = (int)(key & 7);
        return true;
    }

    public ReadOnlySpan<byte> Bytes()
    {
        Expect(LengthDelimited);
        var length = (int)ReadVarint();
        var bytes = _data.Slice(_position, length);
        _position += length;
        return bytes;
    }

    public string String() => System.Text.Encoding.UTF8.GetString(Bytes());

    public ulong Fixed64Value()
    {
        Expect(Fixed64);
        var value = BitConverter.ToUInt64(_data.Slice(_position, 8));
        _position += 8;
        return value;
    }

    public ulong VarintValue()
    {
        Expect(Varint);
        return ReadVarint();
    }

    public void Skip()
    {
        switch (WireType)
        {
            case Varint:
                ReadVarint();
                break;
            case Fixed64:
                _position += 8;
                break;
            case LengthDelimited:
                // Not "_position += ReadVarint()": that reads _position before the varint moves it on.
                var length = (int)ReadVarint();
                _position += length;
                break;
            case Fixed32:
                _position += 4;
                break;
            default:
                throw new InvalidDataException($"Unknown protobuf wire type {WireType}.");
        }
    }

    private void Expect(int wireType)
    {
        if (WireType != wireType)
        {
            throw new InvalidDataException($"Field {Field} has wire type {WireType}, expected {wireType}.");
        }
    }

    private ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = _data[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
    }
}
