using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CaseCoach.Tests.Manifest;

/// <summary>
/// A minimal PNG reader for the icon tests: 8-bit RGBA or RGB, not interlaced. Enough to read the IHDR
/// and every pixel, so the tests check the real picture rather than the file name.
/// </summary>
internal sealed record PngImage(int Width, int Height, byte ColorType, byte[][] Rows)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public int Channels => ColorType == 6 ? 4 : 3;

    /// <summary>The pixel as (R, G, B, A); A is 255 for RGB images.</summary>
    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var row = Rows[y];
        var i = x * Channels;
        return (row[i], row[i + 1], row[i + 2], Channels == 4 ? row[i + 3] : (byte)255);
    }

    public static PngImage Read(byte[] bytes)
    {
        if (!bytes.AsSpan(0, 8).SequenceEqual(Signature))
            throw new InvalidDataException("not a PNG");
        int width = 0, height = 0;
        byte colorType = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0 || (data[9] != 6 && data[9] != 2))
                    throw new InvalidDataException("only 8-bit, non-interlaced RGB or RGBA PNGs are read here");
                colorType = data[9];
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            offset += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
            zlib.CopyTo(inflated);
        var image = new PngImage(width, height, colorType, []);
        return image with { Rows = Unfilter(inflated.ToArray(), width * image.Channels, height, image.Channels) };
    }

    private static byte[][] Unfilter(byte[] raw, int stride, int height, int bpp)
    {
        var rows = new byte[height][];
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var row = raw.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? row[i - bpp] : 0, up = previous[i], upLeft = i >= bpp ? previous[i - bpp] : 0;
                row[i] += filter switch
                {
                    0 => 0,
                    1 => (byte)left,
                    2 => (byte)up,
                    3 => (byte)((left + up) / 2),
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException("unknown PNG filter " + filter),
                };
            }
            rows[y] = previous = row;
        }
        return rows;
    }

    private static byte Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
    }
}
