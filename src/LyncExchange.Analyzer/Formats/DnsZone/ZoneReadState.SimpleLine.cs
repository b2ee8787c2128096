using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Dns;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>
/// The fast path for the line almost every record of a large zone is: <c>[owner] [AGE:n] [ttl] [class] type rdata</c>
/// with blank-separated fields only, of type A, AAAA, CNAME, DNAME, NS, PTR, MX, SRV, TXT or SPF. It reads the line in
/// the line reader's block, without a token list or a string per field, and yields exactly the record
/// <see cref="TryReadRecord"/> makes of the same line (ZoneSimpleLineTests hold it to that). It changes no state
/// unless it succeeds; anything it does not answer (an error, another type, an origin still to infer) is left to the
/// general path, which then reads the line as if the fast path did not exist.
/// </summary>
internal sealed partial class ZoneReadState
{
    private const int MaxSimpleFields = 16;

    public bool TryReadSimpleRecord(ReadOnlySpan<char> line, bool ownerBlank, DumpLocation location, out ResourceRecord record)
    {
        record = null!;
        if (Origin is null && ZoneName is null)
        {
            return false;
        }

        Span<Range> fields = stackalloc Range[MaxSimpleFields];
        var count = SplitFields(line, fields);
        if (count < 0)
        {
            return false;
        }

        var index = 0;
        DnsName owner;
        if (ownerBlank)
        {
            if (_previousOwner is not { } previous)
            {
                return false;
            }

            owner = previous;
        }
        else
        {
            if (!DnsName.TryParse(line[fields[0]], Origin, out owner, out _))
            {
                return false;
            }

            index = 1;
        }

        int? ttl = null;
        DnsClass? recordClass = null;
        DateTime? age = null;
        DnsRecordType type = default;
        var typeFound = false;
        for (; index < count; index++)
        {
            var text = line[fields[index]];
            if (age is null && text[0] == '[' && WindowsZoneConventions.TryParseAge(text, out var stamp))
            {
                age = stamp;
                continue;
            }

            if (ttl is null && char.IsAsciiDigit(text[0]))
            {
                if (!ZoneFileGrammar.TryParseTtl(text, out var seconds))
                {
                    return false;
                }

                ttl = seconds;
                continue;
            }

            if (recordClass is null && TryParseClass(text, out var parsedClass))
            {
                recordClass = parsedClass;
                continue;
            }

            if (!DnsRecordTypes.TryParse(text, out type))
            {
                return false;
            }

            typeFound = true;
            index++;
            break;
        }

        if (!typeFound || !TryParseSimpleData(type, line, fields[index..count], out var data))
        {
            return false;
        }

        int effectiveTtl;
        if (ttl is { } given)
        {
            effectiveTtl = given;
        }
        else if (DefaultTtl is { } fromDirective)
        {
            effectiveTtl = fromDirective;
        }
        else if ((WindowsLayout || age is not null) && _soaMinimum is { } zoneDefault)
        {
            effectiveTtl = zoneDefault;
        }
        else if (_lastTtl is { } last)
        {
            effectiveTtl = last;
        }
        else
        {
            return false;
        }

        // Past every way to fail: commit what TryReadRecord would have changed, in its order.
        if (!ownerBlank)
        {
            _previousOwner = owner;
        }

        if (age is not null)
        {
            WindowsLayout = true;
        }

        if (ttl is { } explicitTtl)
        {
            _lastTtl = explicitTtl;
        }

        var zone = ZoneName ??= Origin ?? owner;
        var effectiveClass = recordClass ?? _zoneClass ?? DnsClass.IN;
        _zoneClass ??= effectiveClass;
        record = new ResourceRecord
        {
            Owner = owner,
            Ttl = effectiveTtl,
            Class = effectiveClass,
            Type = type,
            Data = data,
            ZoneOrigin = zone,
            ZoneFile = ZoneFile,
            Location = location,
            AgingTimestamp = age,
        };
        return true;
    }

    /// <summary>The blank-separated fields of the line as the tokenizer splits them; -1 when there are too many.</summary>
    private static int SplitFields(ReadOnlySpan<char> line, Span<Range> fields)
    {
        var count = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] is ' ' or '\t' or '\r' or '\f')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < line.Length && line[i] is not (' ' or '\t' or '\r' or '\f'))
            {
                i++;
            }

            if (count == fields.Length)
            {
                return -1;
            }

            fields[count++] = start..i;
        }

        return count;
    }

    /// <summary>The RDATA of the common types, as <see cref="ZoneRdataParser"/> reads them; false for anything else.</summary>
    private bool TryParseSimpleData(DnsRecordType type, ReadOnlySpan<char> line, ReadOnlySpan<Range> rdata, out ResourceData data)
    {
        data = null!;
        switch (type)
        {
            case DnsRecordType.A when rdata.Length == 1:
            {
                var text = line[rdata[0]];
                if (!IsDottedQuad(text) || !IPAddress.TryParse(text, out var v4))
                {
                    return false;
                }

                data = new AddressData(v4);
                return true;
            }

            case DnsRecordType.AAAA when rdata.Length == 1:
            {
                var text = line[rdata[0]];
                if (!text.Contains(':') || !IPAddress.TryParse(text, out var v6) || v6.AddressFamily != AddressFamily.InterNetworkV6 || v6.ScopeId != 0)
                {
                    return false;
                }

                data = new AddressData(v6);
                return true;
            }

            case DnsRecordType.NS or DnsRecordType.CNAME or DnsRecordType.DNAME or DnsRecordType.PTR when rdata.Length == 1:
            {
                if (!_pool.TryParseName(line[rdata[0]], Origin, out var target))
                {
                    return false;
                }

                data = new NameData(target);
                return true;
            }

            case DnsRecordType.MX when rdata.Length == 2:
            {
                if (!TryParseUInt16(line[rdata[0]], out var preference) || !_pool.TryParseName(line[rdata[1]], Origin, out var exchange))
                {
                    return false;
                }

                data = new MxData(preference, exchange);
                return true;
            }

            case DnsRecordType.SRV when rdata.Length == 4:
            {
                if (!TryParseUInt16(line[rdata[0]], out var priority) || !TryParseUInt16(line[rdata[1]], out var weight)
                    || !TryParseUInt16(line[rdata[2]], out var port) || !_pool.TryParseName(line[rdata[3]], Origin, out var target))
                {
                    return false;
                }

                data = new SrvData(priority, weight, port, target);
                return true;
            }

            case DnsRecordType.TXT or DnsRecordType.SPF when rdata.Length > 0:
            {
                // No backslash reaches the fast path, so every field is its own decoded string.
                var strings = new string[rdata.Length];
                for (var i = 0; i < strings.Length; i++)
                {
                    strings[i] = _pool.Share(line[rdata[i]]);
                }

                data = new TextData(new ValueList<string>(ImmutableCollectionsMarshal.AsImmutableArray(strings)));
                return true;
            }

            default:
                return false;
        }
    }

    private static bool TryParseUInt16(ReadOnlySpan<char> text, out ushort value) =>
        ushort.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool IsDottedQuad(ReadOnlySpan<char> text)
    {
        var dots = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return dots == 3;
    }
}
