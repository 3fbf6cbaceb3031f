namespace ClinicOps.IntegrationTests.Infrastructure.Telemetry;

/// <summary>
/// Takes apart OTLP/HTTP protobuf export requests (opentelemetry-proto, collector/*/v1) into what the tests look at.
/// Field numbers are the schema's: ResourceX.resource = 1, ResourceX.scope_x = 2, ScopeX.x = 2, Resource.attributes = 1.
/// </summary>
internal static class OtlpDecoder
{
    public static List<ReceivedSpan> Spans(byte[] request)
    {
        var spans = new List<ReceivedSpan>();
        foreach (var (service, resourceSpans) in ByResource(request))
        {
            foreach (var scopeSpans in Repeated(resourceSpans, 2))
            {
                foreach (var span in Repeated(scopeSpans, 2))
                {
                    spans.Add(Span(service, span));
                }
            }
        }

        return spans;
    }

    public static List<ReceivedMetricPoint> MetricPoints(byte[] request)
    {
        var points = new List<ReceivedMetricPoint>();
        foreach (var (service, resourceMetrics) in ByResource(request))
        {
            foreach (var scopeMetrics in Repeated(resourceMetrics, 2))
            {
                foreach (var metric in Repeated(scopeMetrics, 2))
                {
                    AddNumberPoints(service, metric, points);
                }
            }
        }

        return points;
    }

    public static List<ReceivedLogRecord> Logs(byte[] request)
    {
        var logs = new List<ReceivedLogRecord>();
        foreach (var (service, resourceLogs) in ByResource(request))
        {
            foreach (var scopeLogs in Repeated(resourceLogs, 2))
            {
                foreach (var record in Repeated(scopeLogs, 2))
                {
                    logs.Add(Log(service, record));
                }
            }
        }

        return logs;
    }

    /// <summary>Each ResourceX of the request (field 1) with its service.name.</summary>
    private static IEnumerable<(string Service, byte[] Message)> ByResource(byte[] request) =>
        Repeated(request, 1).Select(message =>
        {
            var resource = Repeated(message, 1).FirstOrDefault() ?? [];
            var attributes = Attributes(resource, 1);
            return (attributes.GetValueOrDefault("service.name", "?"), message);
        });

    /// <summary>Span: trace_id 1, span_id 2, parent_span_id 4, name 5, start_time_unix_nano 7.</summary>
    private static ReceivedSpan Span(string service, byte[] message)
    {
        string traceId = "", spanId = "", name = "";
        string? parent = null;
        ulong start = 0;
        var reader = new ProtobufReader(message);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1: traceId = Convert.ToHexStringLower(reader.Bytes()); break;
                case 2: spanId = Convert.ToHexStringLower(reader.Bytes()); break;
                case 4: parent = reader.Bytes() is { Length: > 0 } p ? Convert.ToHexStringLower(p) : null; break;
                case 5: name = reader.String(); break;
                case 7: start = reader.Fixed64Value(); break;
                default: reader.Skip(); break;
            }
        }

        return new ReceivedSpan(service, traceId, spanId, parent, name, FromUnixNanos(start));
    }

    /// <summary>
    /// Metric: name 1, gauge 5 or sum 7 (each with data_points 1: NumberDataPoint time 3, as_double 4, as_int 6, attributes 7).
    /// </summary>
    private static void AddNumberPoints(string service, byte[] metric, List<ReceivedMetricPoint> points)
    {
        var name = "";
        byte[]? numbers = null;
        var reader = new ProtobufReader(metric);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1: name = reader.String(); break;
                case 5 or 7: numbers = reader.Bytes().ToArray(); break;
                default: reader.Skip(); break;
            }
        }

        foreach (var point in numbers is null ? new List<byte[]>() : Repeated(numbers, 1))
        {
            double value = 0;
            ulong time = 0;
            var pointReader = new ProtobufReader(point);
            while (pointReader.Next())
            {
                switch (pointReader.Field)
                {
                    case 3: time = pointReader.Fixed64Value(); break;
                    case 4: value = BitConverter.UInt64BitsToDouble(pointReader.Fixed64Value()); break;
                    case 6: value = (long)pointReader.Fixed64Value(); break;
                    default: pointReader.Skip(); break;
                }
            }

            points.Add(new ReceivedMetricPoint(service, name, Attributes(point, 7), value, FromUnixNanos(time)));
        }
    }

    /// <summary>LogRecord: body 5, attributes 6, trace_id 9.</summary>
    private static ReceivedLogRecord Log(string service, byte[] message)
    {
        string? traceId = null;
        var body = "";
        var reader = new ProtobufReader(message);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 5: body = AnyValue(reader.Bytes()); break;
                case 9: traceId = reader.Bytes() is { Length: > 0 } t && t.IndexOfAnyExcept((byte)0) >= 0 ? Convert.ToHexStringLower(t) : null; break;
                default: reader.Skip(); break;
            }
        }

        return new ReceivedLogRecord(service, traceId, Attributes(message, 6), body);
    }

    /// <summary>The KeyValue list in <paramref name="field"/> (key 1, value 2) as text.</summary>
    private static Dictionary<string, string> Attributes(byte[] message, int field)
    {
        var attributes = new Dictionary<string, string>();
        foreach (var keyValue in Repeated(message, field))
        {
            string key = "", value = "";
            var reader = new ProtobufReader(keyValue);
            while (reader.Next())
            {
                switch (reader.Field)
                {
                    case 1: key = reader.String(); break;
                    case 2: value = AnyValue(reader.Bytes()); break;
                    default: reader.Skip(); break;
                }
            }

            attributes[key] = value;
        }

        return attributes;
    }

    /// <summary>AnyValue: string 1, bool 2, int 3, double 4; anything else is left empty.</summary>
    private static string AnyValue(ReadOnlySpan<byte> message)
    {
        var reader = new ProtobufReader(message);
        var value = "";
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1: value = reader.String(); break;
                case 2: value = reader.VarintValue() != 0 ? "true" : "false"; break;
                case 3: value = ((long)reader.VarintValue()).ToString(System.Globalization.CultureInfo.InvariantCulture); break;
                case 4: value = BitConverter.UInt64BitsToDouble(reader.Fixed64Value()).ToString(System.Globalization.CultureInfo.InvariantCulture); break;
                default: reader.Skip(); break;
            }
        }

        return value;
    }

    /// <summary>Every occurrence of a length-delimited field (a repeated or single embedded message).</summary>
    private static List<byte[]> Repeated(ReadOnlySpan<byte> message, int field)
    {
        var found = new List<byte[]>();
        var reader = new ProtobufReader(message);
        while (reader.Next())
        {
            if (reader.Field == field)
            {
                found.Add(reader.Bytes().ToArray());
            }
            else
            {
                reader.Skip();
            }
        }

        return found;
    }

    private static DateTimeOffset FromUnixNanos(ulong nanos) => DateTimeOffset.UnixEpoch.AddTicks((long)(nanos / 100));
}
