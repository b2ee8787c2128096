using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace LyncExchange.Analyzer.Tests.Hostile;

/// <summary>
/// Issue 10, no network: the shipped assemblies reference no socket, HTTP, DNS or URL-resolving type at all, so no
/// code path can open a connection or resolve a name. (CI also runs the end-to-end tests with no network: .ci/netns-test.sh.)
/// </summary>
public sealed class NoNetworkTests
{
    private static readonly string[] ForbiddenNamespaces = ["System.Net.Sockets", "System.Net.Http", "System.Net.NetworkInformation", "System.Net.Security", "System.Net.Quic", "System.Net.WebSockets", "System.Net.Mail"];

    private static readonly string[] ForbiddenTypes = ["System.Net.Dns", "System.Net.WebClient", "System.Net.WebRequest", "System.Net.HttpWebRequest", "System.Net.FtpWebRequest", "System.Net.FileWebRequest", "System.Xml.XmlUrlResolver", "System.Xml.XmlSecureResolver", "System.Xml.Resolvers.XmlPreloadedResolver"];

    /// <summary>Data, not I/O: <c>IPAddress.AddressFamily</c> tells an A record's address from an AAAA record's.</summary>
    private static readonly string[] AllowedTypes = ["System.Net.Sockets.AddressFamily"];

    public static TheoryData<string> Assemblies => new()
    {
        typeof(global::LyncExchange.Analyzer.Analysis.AnalysisEngine).Assembly.Location,
        typeof(global::LyncExchange.Analyzer.Cli.CliApplication).Assembly.Location,
    };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Assembly_ReferencesNoNetworkType(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var referenced = metadata.TypeReferences
            .Select(h => metadata.GetTypeReference(h))
            .Select(t => (Namespace: metadata.GetString(t.Namespace), Name: metadata.GetString(t.Name)))
            .ToList();

        Assert.NotEmpty(referenced);
        var forbidden = referenced
            .Where(t => !AllowedTypes.Contains(t.Namespace + "." + t.Name))
            .Where(t => ForbiddenNamespaces.Any(n => t.Namespace == n || t.Namespace.StartsWith(n + ".", StringComparison.Ordinal)) || ForbiddenTypes.Contains(t.Namespace + "." + t.Name))
            .Select(t => t.Namespace + "." + t.Name)
            .ToList();
        Assert.Empty(forbidden);
        if (path == typeof(global::LyncExchange.Analyzer.Analysis.AnalysisEngine).Assembly.Location)
        {
            // The scan sees what it must: the engine's XML readers are in it.
            Assert.Contains(referenced, t => t.Namespace == "System.Xml" && t.Name == "XmlReaderSettings");
        }
    }
}
