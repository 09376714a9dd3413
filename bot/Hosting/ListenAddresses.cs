using System.Net;
using System.Net.Sockets;

namespace CaseCoach.Bot.Hosting;

/// <summary>
/// Finds a listen address another process already holds. Kestrel would find it too, but only after the
/// host has logged the bind failure with its stack trace; a probe first gives one clear line. Kestrel's own
/// bind stays the authority: a port taken between the probe and the bind still fails, just less politely.
/// </summary>
public static class ListenAddresses
{
    public static string? FirstBusy(IConfiguration configuration)
    {
        foreach (var url in (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcards (* and +) are not URI hosts.
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri) || uri.Port <= 0)
                continue;
            var address = uri.IsLoopback ? IPAddress.Loopback : IPAddress.TryParse(uri.Host, out var ip) ? ip : IPAddress.Any;
            if (IsBusy(new IPEndPoint(address, uri.Port)))
                return url;
        }

        return null;
    }

    private static bool IsBusy(IPEndPoint endpoint)
    {
        var probe = new TcpListener(endpoint);
        try
        {
            probe.Start();
            return false;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
        catch (SocketException)
        {
            return false; // not ours to judge (no such interface, no permission): Kestrel reports it
        }
        finally
        {
            probe.Stop();
        }
    }
}
