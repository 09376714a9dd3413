using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

/// <summary>The floor: Kestrel reading the activity and answering with fixed bytes, no routing, no authentication.</summary>
internal sealed class Floor : IAsyncDisposable
{
    private WebApplication app = null!;

    public string Url { get; private set; } = "";

    public byte[] Answer { get; set; } = "{}"u8.ToArray();

    /// <summary>Work done before answering (a scenario's own reads), or none.</summary>
    public Func<CancellationToken, Task>? Work { get; set; }

    public static async Task<Floor> StartAsync()
    {
        var floor = new Floor();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        floor.app = builder.Build();
        floor.app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            await reader.ReadToEndAsync(context.RequestAborted);
            if (floor.Work is { } work) await work(context.RequestAborted);
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(floor.Answer, context.RequestAborted);
        });
        await floor.app.StartAsync();
        floor.Url = floor.app.Urls.Single().TrimEnd('/');
        return floor;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
