namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>The class field of a resource record (RFC 1035 §3.2.4); zone files are practically always IN.</summary>
public enum DnsClass : ushort
{
    IN = 1,
    CS = 2,
    CH = 3,
    HS = 4,
}
