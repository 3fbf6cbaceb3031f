using System.Net;
using System.Net.Http.Headers;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>A body whose length is not announced, so it is sent chunked (no Content-Length for a gateway to check up front).</summary>
public sealed class UnknownLengthContent : HttpContent
{
    private readonly byte[] bytes;

    public UnknownLengthContent(byte[] bytes, string mediaType)
    {
        this.bytes = bytes;
        Headers.ContentType = new MediaTypeHeaderValue(mediaType);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
