using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>
/// The IM keys of an OWA <c>web.config</c> (<c>ClientAccess\Owa\web.config</c> on a Mailbox server): what Exchange 2013
/// actually uses for Lync IM, per RULES.md decision 5. The reader emits the appSettings keys as properties.
/// </summary>
[DumpRecord("OwaWebConfig", TypeNames = ["LyncExchange.Analyzer.OwaWebConfig"], IdentityProperty = "Server")]
public sealed partial record OwaWebConfig
{
    /// <summary>The server the file was collected from (folder or file-name prefix).</summary>
    public string? Server { get; init; }

    public string? IMServerName { get; init; }

    public string? IMCertificateThumbprint { get; init; }

    /// <summary>Keys the file lists more than once (the reader keeps the first and names the rest).</summary>
    public ValueList<string> DuplicateKeys { get; init; }

    /// <summary>Which OWA the file belongs to: the back end (<c>ClientAccess\Owa</c>) or the front end (<c>FrontEnd\HttpProxy\owa</c>).</summary>
    public string? Role { get; init; }
}
