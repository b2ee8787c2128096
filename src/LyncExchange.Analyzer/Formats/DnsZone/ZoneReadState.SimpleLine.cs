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
    private const int DecodeStackChars = 512;

    public bool TryReadSimpleRecord(ReadOnlySpan<char> line, bool ownerBlank, DumpLocation location, out ResourceRecord record)
    {
        record = null!;
        if (Origin is null && ZoneName is null)
        {
            return false;
        }

        Span<ZoneField> fields = stackalloc ZoneField[MaxSimpleFields];
        var count = SplitFields(line, fields);
        return count >= 0 && TryReadFieldRecord(line, fields[..count], ownerBlank, location, out record);
    }

    /// <summary>
    /// The same for an entry the tokenizer split without strings (<see cref="ZoneEntry.Fields"/>): quoted strings, a
    /// trailing comment, a group over lines. Quoted fields are answered only as TXT/SPF strings.
    /// </summary>
    public bool TryReadFieldRecord(ReadOnlySpan<char> text, ReadOnlySpan<ZoneField> fields, bool ownerBlank, DumpLocation location, out ResourceRecord record)
    {
        record = null!;
        if ((Origin is null && ZoneName is null) || fields.IsEmpty)
        {
            return false;
        }

        var count = fields.Length;
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
            if (fields[0].Quoted || !DnsName.TryParse(Text(text, fields[0]), Origin, out owner, out _))
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
            var field = fields[index];
            if (field.Quoted)
            {
                return false;
            }

            var word = Text(text, field);
            if (age is null && word[0] == '[' && WindowsZoneConventions.TryParseAge(word, out var stamp))
            {
                age = stamp;
                continue;
            }

            if (ttl is null && char.IsAsciiDigit(word[0]))
            {
                if (!ZoneFileGrammar.TryParseTtl(word, out var seconds))
                {
                    return false;
                }

                ttl = seconds;
                continue;
            }

            if (recordClass is null && TryParseClass(word, out var parsedClass))
            {
                recordClass = parsedClass;
                continue;
            }

            if (!DnsRecordTypes.TryParse(word, out type))
            {
                return false;
            }

            typeFound = true;
            index++;
            break;
        }

        if (!typeFound || !TryParseSimpleData(type, text, fields[index..count], out var data))
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
        record = new ResourceRecord(owner, effectiveTtl, effectiveClass, type, data, SiteFor(zone, location.Path), location, age);
        FastRecords++;
        if (location.EndLine > location.Line)
        {
            FastRecordsOverLines++;
        }

        return true;
    }

    /// <summary>How many records the fast path answered; lets tests prove it is exercised.</summary>
    public long FastRecords { get; private set; }

    /// <summary>How many of those were written over more than one line (a group in parentheses).</summary>
    public long FastRecordsOverLines { get; private set; }

    private static ReadOnlySpan<char> Text(ReadOnlySpan<char> text, ZoneField field) => text.Slice(field.Start, field.Length);

    /// <summary>The blank-separated fields of the line as the tokenizer splits them; -1 when there are too many.</summary>
    private static int SplitFields(ReadOnlySpan<char> line, Span<ZoneField> fields)
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

            fields[count++] = new ZoneField(start, i - start, Quoted: false, Line: 0, Column: start + 1, Width: i - start);
        }

        return count;
    }

    /// <summary>The RDATA of the common types, as <see cref="ZoneRdataParser"/> reads them; false for anything else.</summary>
    private bool TryParseSimpleData(DnsRecordType type, ReadOnlySpan<char> line, ReadOnlySpan<ZoneField> rdata, out ResourceData data)
    {
        data = null!;
        if (type is not (DnsRecordType.TXT or DnsRecordType.SPF))
        {
            foreach (var field in rdata)
            {
                if (field.Quoted)
                {
                    return false;
                }
            }
        }

        switch (type)
        {
            case DnsRecordType.A when rdata.Length == 1:
            {
                var text = Text(line, rdata[0]);
                if (!ZoneFileGrammar.IsDottedQuad(text) || !IPAddress.TryParse(text, out var v4))
                {
                    return false;
                }

                data = new AddressData(v4);
                return true;
            }

            case DnsRecordType.AAAA when rdata.Length == 1:
            {
                var text = Text(line, rdata[0]);
                if (!text.Contains(':') || !IPAddress.TryParse(text, out var v6) || v6.AddressFamily != AddressFamily.InterNetworkV6 || v6.ScopeId != 0)
                {
                    return false;
                }

                data = new AddressData(v6);
                return true;
            }

            case DnsRecordType.NS or DnsRecordType.CNAME or DnsRecordType.DNAME or DnsRecordType.PTR when rdata.Length == 1:
            {
                if (!_pool.TryParseName(Text(line, rdata[0]), Origin, out var target))
                {
                    return false;
                }

                data = new NameData(target);
                return true;
            }

            case DnsRecordType.MX when rdata.Length == 2:
            {
                if (!TryParseUInt16(Text(line, rdata[0]), out var preference) || !_pool.TryParseName(Text(line, rdata[1]), Origin, out var exchange))
                {
                    return false;
                }

                data = new MxData(preference, exchange);
                return true;
            }

            case DnsRecordType.SRV when rdata.Length == 4:
            {
                if (!TryParseUInt16(Text(line, rdata[0]), out var priority) || !TryParseUInt16(Text(line, rdata[1]), out var weight)
                    || !TryParseUInt16(Text(line, rdata[2]), out var port) || !_pool.TryParseName(Text(line, rdata[3]), Origin, out var target))
                {
                    return false;
                }

                data = new SrvData(priority, weight, port, target);
                return true;
            }

            case DnsRecordType.TXT or DnsRecordType.SPF when rdata.Length > 0:
            {
                // No backslash reaches the fast path outside quotes, so such a field is its own decoded string.
                var strings = new string[rdata.Length];
                Span<char> stack = stackalloc char[DecodeStackChars];
                for (var i = 0; i < strings.Length; i++)
                {
                    var raw = Text(line, rdata[i]);
                    if (raw.IndexOf('\\') < 0)
                    {
                        strings[i] = _pool.Share(raw);
                        continue;
                    }

                    var buffer = raw.Length <= stack.Length ? stack : new char[raw.Length];
                    if (!ZoneRdataParser.TryDecodeString(raw, buffer, out var length, out _))
                    {
                        return false;
                    }

                    strings[i] = _pool.Share(buffer[..length]);
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
}
