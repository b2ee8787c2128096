using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>The <c>HKLM\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging</c> key from a .reg export.</summary>
[DumpRecord("OwaImRegistry", TypeNames = ["LyncExchange.Analyzer.RegistryKey"], IdentityProperty = "Key")]
public sealed partial record OwaImRegistry
{
    public string? Key { get; init; }

    public string? ImplementationDLLPath { get; init; }

    public string? Server { get; init; }

    public bool IsOwaInstantMessagingKey =>
        Key?.EndsWith(@"\MSExchange OWA\InstantMessaging", StringComparison.OrdinalIgnoreCase) == true;
}
