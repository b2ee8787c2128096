using System.Globalization;
using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>
/// <c>Get-ExchangeCertificate Services</c> (<c>IMAP, POP, IIS, SMTP</c>; a number in ConvertTo-Json). Numeric values are
/// product knowledge [pk]: IMAP = 1, POP = 2, UM = 4, IIS = 8, SMTP = 16, Federation = 32, UMCallRouter = 64.
/// </summary>
public sealed record CertificateServices : IDumpValue<CertificateServices>
{
    private static readonly (string Name, long Value)[] Table =
    [
        ("None", 0), ("IMAP", 1), ("POP", 2), ("UM", 4), ("IIS", 8), ("SMTP", 16), ("Federation", 32), ("UMCallRouter", 64),
    ];

    public required FlagNames Services { get; init; }

    public bool Has(string service) => Services.Has(service);

    public static bool TryParse(string text, CultureInfo culture, out CertificateServices value, out string? error)
    {
        FlagNames.TryParse(text, Table, out var names, out error);
        value = new CertificateServices { Services = names };
        return true;
    }

    public override string ToString() => Services.ToString();
}
