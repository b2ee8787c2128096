using System.Net;
using System.Net.Sockets;

namespace LyncExchange.Analyzer.Tests.Hostile;

/// <summary>
/// A listener on a loopback port that hostile inputs point their URLs at: a connection attempt lands in its
/// backlog, so after the run <see cref="WasContacted"/> says whether anything tried to fetch from the network.
/// </summary>
internal sealed class LoopbackTrap : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public LoopbackTrap() => _listener.Start();

    public string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/{path}";

    public bool WasContacted => _listener.Pending();

    public void Dispose() => _listener.Stop();
}
