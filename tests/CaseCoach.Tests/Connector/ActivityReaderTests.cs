using System.Buffers;
using System.Text;
using CaseCoach.Bot.Connector.Hosting;
using CaseCoach.Bot.Connector.Schema;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace CaseCoach.Tests.Connector;

/// <summary>
/// The body is read into one pooled buffer (issue 14) sized from Content-Length, which may be absent or wrong: the
/// whole body is read either way, the 256 KB ceiling holds either way, and the activity outlives the buffer.
/// </summary>
public sealed class ActivityReaderTests
{
    private const string TooLarge = "The activity is larger than 256 KB.";

    [Fact]
    public async Task A_body_with_an_honest_content_length_is_read_whole()
    {
        var body = ActivityOf(5_000);

        var (activity, error) = await ReadAsync(body, body.Length);

        Assert.Null(error);
        Assert.Equal(5_000 - Padding, activity!.Text!.Length);
    }

    [Fact]
    public async Task A_body_without_content_length_larger_than_the_first_buffer_is_read_whole()
    {
        var (activity, error) = await ReadAsync(ActivityOf(100_000), contentLength: null);

        Assert.Null(error);
        Assert.Equal(100_000 - Padding, activity!.Text!.Length);
    }

    [Fact]
    public async Task A_body_longer_than_its_content_length_says_is_read_whole()
    {
        var (activity, error) = await ReadAsync(ActivityOf(40_000), contentLength: 100);

        Assert.Null(error);
        Assert.Equal(40_000 - Padding, activity!.Text!.Length);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_of_exactly_256_KB_is_read_with_or_without_content_length(bool declared)
    {
        var body = ActivityOf(ActivityReader.MaxBodyBytes);

        var (activity, error) = await ReadAsync(body, declared ? body.Length : null);

        Assert.Null(error);
        Assert.Equal(ActivityReader.MaxBodyBytes - Padding, activity!.Text!.Length);
    }

    [Theory]
    [InlineData("honest")]
    [InlineData("absent")]
    [InlineData("understated")]
    public async Task A_body_over_256_KB_is_refused_with_the_same_message_whatever_its_content_length(string contentLength)
    {
        var body = ActivityOf(ActivityReader.MaxBodyBytes + 1);

        var (activity, error) = await ReadAsync(body, contentLength switch { "honest" => body.Length, "understated" => 1_000, _ => null });

        Assert.Null(activity);
        Assert.Equal(TooLarge, error);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(null)]
    public async Task An_empty_body_is_refused_as_empty(long? contentLength)
    {
        var (activity, error) = await ReadAsync([], contentLength);

        Assert.Null(activity);
        Assert.Equal("The request body is empty; expected a Bot Framework activity as JSON.", error);
    }

    [Fact]
    public async Task The_value_and_unknown_fields_survive_the_buffer_going_back_to_the_pool_and_being_reused()
    {
        var first = ActivityOf(20_000, value: """{"verb":"review.submit","reviewId":"r-1"}""");
        var (activity, _) = await ReadAsync(first, first.Length);

        // Same size, so the same pool bucket: another request, then anyone else renting and overwriting it.
        var second = ActivityOf(20_000, value: """{"verb":"coaching.pick","reviewId":"r-2"}""");
        Assert.Null((await ReadAsync(second, second.Length)).Error);
        var reused = ArrayPool<byte>.Shared.Rent(first.Length + 1);
        reused.AsSpan().Fill((byte)'#');
        ArrayPool<byte>.Shared.Return(reused);

        Assert.Equal("review.submit", activity!.Value!.Value.GetProperty("verb").GetString());
        Assert.Equal("r-1", activity.Value.Value.GetProperty("reviewId").GetString());
        Assert.Equal("kept", activity.Properties!["unknownField"].GetProperty("k").GetString());
    }

    // The bytes of an activity that are not its text, for a value of {}.
    private static readonly int Padding = Encoding.UTF8.GetByteCount(Head("{}") + Tail);

    private const string Tail = "\"}";

    private static string Head(string value) =>
        "{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"value\":" + value + ",\"unknownField\":{\"k\":\"kept\"},\"text\":\"";

    /// <summary>An activity of exactly <paramref name="bytes"/> bytes, padded with its text.</summary>
    private static byte[] ActivityOf(int bytes, string value = "{}")
    {
        var head = Head(value);
        return Encoding.UTF8.GetBytes(head + new string('x', bytes - head.Length - Tail.Length) + Tail);
    }

    private static Task<(Activity? Activity, string? Error)> ReadAsync(byte[] body, long? contentLength)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream(body);
        http.Request.ContentLength = contentLength;
        return ActivityReader.ReadAsync(http.Request, TestContext.Current.CancellationToken);
    }
}
