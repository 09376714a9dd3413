using Xunit;

namespace CaseCoach.Tests.Manifest;

public sealed class IconTests
{
    private static PngImage Icon(string name) => PngImage.Read(File.ReadAllBytes(RepositoryFiles.PathOf("manifest/" + name)));

    private static IEnumerable<(byte R, byte G, byte B, byte A)> Pixels(PngImage image) =>
        from y in Enumerable.Range(0, image.Height) from x in Enumerable.Range(0, image.Width) select image.Pixel(x, y);

    [Fact]
    public void Color_icon_is_192_by_192_opaque_and_in_colour()
    {
        var icon = Icon("color.png");

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(Pixels(icon), pixel => Assert.Equal(255, pixel.A));
        Assert.Contains(Pixels(icon), pixel => pixel.R != pixel.G || pixel.G != pixel.B);
    }

    [Fact]
    public void Outline_icon_is_32_by_32_white_on_transparent()
    {
        var icon = Icon("outline.png");

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Equal(6, icon.ColorType);
        Assert.All(Pixels(icon), pixel => Assert.True(
            pixel.A == 0 || (pixel.R, pixel.G, pixel.B) == (255, 255, 255),
            $"pixel {pixel} is neither transparent nor white"));
        Assert.Contains(Pixels(icon), pixel => pixel.A == 0);
        Assert.Contains(Pixels(icon), pixel => pixel.A == 255);
    }
}
