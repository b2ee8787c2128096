using System.Globalization;
using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>
/// <c>Get-ExchangeServer ServerRole</c>. The numeric values decode ConvertTo-Json output; they are product knowledge [pk]
/// (Mailbox = 2, ClientAccess = 4, UnifiedMessaging = 16, HubTransport = 32, Edge = 64), not confirmed in a source.
/// </summary>
public sealed record ExchangeServerRoles : IDumpValue<ExchangeServerRoles>
{
    private static readonly (string Name, long Value)[] Table =
    [
        ("None", 0), ("Cafe", 1), ("Mailbox", 2), ("ClientAccess", 4), ("UnifiedMessaging", 16), ("HubTransport", 32), ("Edge", 64), ("FrontendTransport", 16384),
    ];

    public required FlagNames Roles { get; init; }

    public bool Has(string role) => Roles.Has(role);

    public static bool TryParse(string text, CultureInfo culture, out ExchangeServerRoles value, out string? error)
    {
        FlagNames.TryParse(text, Table, out var names, out error);
        value = new ExchangeServerRoles { Roles = names };
        return true;
    }

    public override string ToString() => Roles.ToString();
}
