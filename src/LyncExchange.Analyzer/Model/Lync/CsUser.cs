using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>A Lync user (<c>Get-CsUser</c>): SIP address, enablement, home (<c>HostingProvider</c> <c>SRV:</c> on-prem or <c>sipfed.online.lync.com</c> online) and policies.</summary>
[DumpRecord("Get-CsUser",
    TypeNames = ["Microsoft.Rtc.Management.ADConnect.Schema.ADUser", "Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser"],
    OtherProperties = ["VoicePolicy", "ConferencingPolicy", "PresencePolicy", "DialPlan", "LocationPolicy", "ClientPolicy", "ClientVersionPolicy", "ArchivingPolicy", "ExchangeArchivingPolicy", "PinPolicy", "MobilityPolicy", "PersistentChatPolicy", "HostedVoiceMail", "HostedVoicemailPolicy", "LineURI", "EnterpriseVoiceEnabled", "ExUmEnabled"])]
public sealed partial record CsUser
{
    public string? Identity { get; init; }

    public string? SipAddress { get; init; }

    public bool? Enabled { get; init; }

    public string? RegistrarPool { get; init; }

    public string? HostingProvider { get; init; }

    public string? HomeServer { get; init; }

    public string? DisplayName { get; init; }

    public string? SamAccountName { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? WindowsEmailAddress { get; init; }

    public string? UserServicesPolicy { get; init; }

    public string? ExternalAccessPolicy { get; init; }
}
