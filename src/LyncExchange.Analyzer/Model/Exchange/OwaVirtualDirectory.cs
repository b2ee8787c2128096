using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>An OWA virtual directory (<c>Get-OwaVirtualDirectory</c>): front end <c>owa (Default Web Site)</c> or back end.</summary>
[DumpRecord("Get-OwaVirtualDirectory",
    TypeNames = ["Microsoft.Exchange.Data.Directory.SystemConfiguration.ADOwaVirtualDirectory"],
    OtherProperties = ["InternalAuthenticationMethods", "DirectFileAccessOnPublicComputersEnabled", "WebReadyFileTypes", "LogonFormat", "OwaVersion", "GzipLevel", "DefaultDomain", "Path", "MetabasePath", "ObjectCategory", "ObjectClass", "OrganizationId", "WhenChangedUTC", "WhenCreatedUTC"])]
public sealed partial record OwaVirtualDirectory
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public string? Server { get; init; }

    public string? ServerName { get; init; }

    public string? WebSite { get; init; }

    public bool? InstantMessagingEnabled { get; init; }

    public InstantMessagingType? InstantMessagingType { get; init; }

    public string? InstantMessagingServerName { get; init; }

    public string? InstantMessagingCertificateThumbprint { get; init; }

    public Uri? InternalUrl { get; init; }

    public Uri? ExternalUrl { get; init; }

    public string? AdminDisplayVersion { get; init; }

    public bool? OAuthAuthentication { get; init; }

    public string? DistinguishedName { get; init; }

    public Guid? Guid { get; init; }

    public DateTime? WhenChanged { get; init; }

    /// <summary>The back-end vdir (<c>owa (Exchange Back End)</c>) is not where OWA IM is switched on.</summary>
    public bool IsBackEnd =>
        (Name ?? Identity ?? string.Empty).Contains("Exchange Back End", StringComparison.OrdinalIgnoreCase);

    /// <summary>The server's short name, from <c>Server</c>, <c>ServerName</c>, or the identity's prefix.</summary>
    public string? ServerShortName =>
        Server ?? ServerName ?? (Identity is { } id && id.IndexOf('\\') is > 0 and var i ? id[..i] : null);
}
