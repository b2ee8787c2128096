using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>
/// The typed RDATA of a resource record. Every subtype is value-equal and prints itself in the canonical master-file
/// form (<see cref="ToPresentation"/>) that <c>named-compilezone -F text</c> also writes, so two zones can be compared as text.
/// </summary>
public abstract record ResourceData
{
    public abstract string ToPresentation();

    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < 0x20 || c is >= (char)0x7F and <= (char)0xFF)
            {
                builder.Append('\\').Append(((int)c).ToString("D3", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }
}

/// <summary>
/// A and AAAA. The address is kept as its octets rather than as an <see cref="IPAddress"/>: most records of a large zone
/// are addresses, and the object (with an array for IPv6) cost more than the record around it.
/// </summary>
public sealed record AddressData : ResourceData
{
    private readonly ulong _high;
    private readonly ulong _low;
    private readonly uint _scopeId;
    private readonly AddressFamily _family;

    public AddressData(IPAddress address) => Address = address;

    public IPAddress Address
    {
        get
        {
            Span<byte> octets = stackalloc byte[16];
            BinaryPrimitives.WriteUInt64BigEndian(octets, _high);
            BinaryPrimitives.WriteUInt64BigEndian(octets[8..], _low);
            return _family == AddressFamily.InterNetwork ? new IPAddress(octets[12..]) : new IPAddress(octets, _scopeId);
        }

        init
        {
            Span<byte> octets = stackalloc byte[16];
            octets.Clear();
            var isV4 = value.AddressFamily == AddressFamily.InterNetwork;
            value.TryWriteBytes(isV4 ? octets[12..] : octets, out _);
            _high = BinaryPrimitives.ReadUInt64BigEndian(octets);
            _low = BinaryPrimitives.ReadUInt64BigEndian(octets[8..]);
            _family = value.AddressFamily;
            // IPAddress refuses a scope id above uint.MaxValue, so the narrower field loses nothing.
            _scopeId = isV4 ? 0 : (uint)value.ScopeId;
        }
    }

    public override string ToPresentation() => Address.ToString();
}

/// <summary>RDATA that is one domain name: NS, CNAME, DNAME, PTR (and the obsolete MB/MD/MF/MG/MR).</summary>
public sealed record NameData(DnsName Target) : ResourceData
{
    public override string ToPresentation() => Target.Value;
}

/// <summary>SOA. <see cref="Minimum"/> is the negative-caching TTL since RFC 2308; Windows labels it "default TTL" and uses it so.</summary>
public sealed record SoaData(DnsName PrimaryServer, DnsName ResponsiblePerson, uint Serial, int Refresh, int Retry, int Expire, int Minimum) : ResourceData
{
    public override string ToPresentation() =>
        string.Create(CultureInfo.InvariantCulture, $"{PrimaryServer} {ResponsiblePerson} {Serial} {Refresh} {Retry} {Expire} {Minimum}");
}

public sealed record MxData(ushort Preference, DnsName Exchange) : ResourceData
{
    public override string ToPresentation() => string.Create(CultureInfo.InvariantCulture, $"{Preference} {Exchange}");
}

/// <summary>SRV (RFC 2782). A target of <c>.</c> means "service decidedly not available".</summary>
public sealed record SrvData(ushort Priority, ushort Weight, ushort Port, DnsName Target) : ResourceData
{
    public bool IsServiceUnavailable => Target.IsRoot;

    public override string ToPresentation() => string.Create(CultureInfo.InvariantCulture, $"{Priority} {Weight} {Port} {Target}");
}

/// <summary>
/// TXT and SPF: the character-strings in order. Escapes are decoded; a <c>\DDD</c> octet becomes the character of that
/// code (Latin-1), other characters are as the file's encoding decoded them. <see cref="Text"/> joins the strings
/// without a separator, as SPF and DKIM consumers do.
/// </summary>
public sealed record TextData(ValueList<string> Strings) : ResourceData
{
    public string Text => string.Concat(Strings);

    public override string ToPresentation() => string.Join(' ', Strings.Select(Quote));
}

/// <summary>CAA (RFC 8659).</summary>
public sealed record CaaData(byte Flags, string Tag, string Value) : ResourceData
{
    public override string ToPresentation() => string.Create(CultureInfo.InvariantCulture, $"{Flags} {Tag} {Quote(Value)}");
}

/// <summary>NAPTR (RFC 3403); Lync/SIP uses it for <c>SIPS+D2T</c> discovery.</summary>
public sealed record NaptrData(ushort Order, ushort Preference, string Flags, string Services, string Regexp, DnsName Replacement) : ResourceData
{
    public override string ToPresentation() =>
        string.Create(CultureInfo.InvariantCulture, $"{Order} {Preference} {Quote(Flags)} {Quote(Services)} {Quote(Regexp)} {Replacement}");
}

/// <summary>Windows WINS (forward) and WINSR (reverse) lookup records: <c>[LOCAL] [L]lookup [C]cache servers|domain</c>.</summary>
public sealed record WinsData(bool Local, int LookupTimeout, int CacheTimeout, ValueList<string> Servers, DnsName? ResultDomain) : ResourceData
{
    public override string ToPresentation()
    {
        var head = string.Create(CultureInfo.InvariantCulture, $"{(Local ? "LOCAL " : string.Empty)}L{LookupTimeout} C{CacheTimeout}");
        return ResultDomain is { } domain ? head + " " + domain : head + " " + string.Join(' ', Servers);
    }
}

/// <summary>
/// Any other type: the RDATA text as written (tokens joined by one space, quoted ones re-quoted), and for the RFC 3597
/// form <c>\# length hex</c> the octets as lower-case hex.
/// </summary>
public sealed record GenericData(string Text, string? Hex) : ResourceData
{
    public override string ToPresentation() => Hex is null ? Text : string.Create(CultureInfo.InvariantCulture, $"\\# {Hex.Length / 2} {Hex}");
}
