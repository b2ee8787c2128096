using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Net.Sockets;
using System.Text;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>
/// Turns the RDATA fields of one record into typed <see cref="ResourceData"/>. Names inside RDATA are relative to the
/// origin like owners are (an SRV target <c>sip</c> is <c>sip.&lt;origin&gt;</c>); failures name the offending field.
/// </summary>
internal static class ZoneRdataParser
{
    public readonly record struct Failure(int TokenIndex, string Message);

    private const int StackDecodeChars = 256;

    public static bool TryParse(DnsRecordType type, IReadOnlyList<ZoneToken> tokens, int start, DnsName? origin, ZoneValuePool pool, out ResourceData data, out Failure failure)
    {
        data = new GenericData(string.Empty, null);
        failure = default;
        var count = tokens.Count - start;
        if (count > 0 && !tokens[start].Quoted && tokens[start].Text == "\\#")
        {
            return TryParseUnknown(type, tokens, start, out data, out failure);
        }

        var reader = new FieldReader(tokens, start, origin, pool);
        var ok = type switch
        {
            DnsRecordType.A => reader.Address(AddressFamily.InterNetwork, out data),
            DnsRecordType.AAAA => reader.Address(AddressFamily.InterNetworkV6, out data),
            DnsRecordType.NS or DnsRecordType.CNAME or DnsRecordType.DNAME or DnsRecordType.PTR
                or DnsRecordType.MB or DnsRecordType.MD or DnsRecordType.MF or DnsRecordType.MG or DnsRecordType.MR => reader.NameOnly(out data),
            DnsRecordType.MX => reader.Mx(out data),
            DnsRecordType.SRV => reader.Srv(out data),
            DnsRecordType.SOA => reader.Soa(out data),
            DnsRecordType.TXT or DnsRecordType.SPF => reader.Text(out data),
            DnsRecordType.CAA => reader.Caa(out data),
            DnsRecordType.NAPTR => reader.Naptr(out data),
            DnsRecordType.WINS or DnsRecordType.WINSR => reader.Wins(type == DnsRecordType.WINSR, out data),
            _ => reader.Generic(out data),
        };

        if (ok && !reader.AtEnd)
        {
            failure = new Failure(reader.Index, $"unexpected '{tokens[reader.Index].Text}' after the {DnsRecordTypes.Mnemonic(type)} data");
            return false;
        }

        failure = reader.Failure;
        return ok;
    }

    /// <summary>Decodes a &lt;character-string&gt;: <c>\DDD</c> is a decimal octet, <c>\X</c> is X.</summary>
    public static bool TryDecodeString(string raw, out string value, out string? error)
    {
        if (raw.IndexOf('\\') < 0)
        {
            value = raw;
            error = null;
            return true;
        }

        Span<char> buffer = raw.Length <= StackDecodeChars ? stackalloc char[StackDecodeChars] : new char[raw.Length];
        var ok = TryDecodeString(raw, buffer, out var length, out error);
        value = ok ? new string(buffer[..length]) : string.Empty;
        return ok;
    }

    /// <summary>
    /// Decodes into <paramref name="destination"/> (at least as long as <paramref name="raw"/>; decoding never lengthens),
    /// so a caller that shares repeated strings allocates only for a new one.
    /// </summary>
    public static bool TryDecodeString(ReadOnlySpan<char> raw, Span<char> destination, out int length, out string? error)
    {
        error = null;
        length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\')
            {
                destination[length++] = c;
                continue;
            }

            if (i + 1 >= raw.Length)
            {
                error = "string ends with a lone backslash";
                return false;
            }

            if (char.IsAsciiDigit(raw[i + 1]))
            {
                if (i + 3 >= raw.Length || !char.IsAsciiDigit(raw[i + 2]) || !char.IsAsciiDigit(raw[i + 3]))
                {
                    error = "\\DDD escape needs three decimal digits";
                    return false;
                }

                var octet = ((raw[i + 1] - '0') * 100) + ((raw[i + 2] - '0') * 10) + (raw[i + 3] - '0');
                if (octet > 255)
                {
                    error = $"\\{octet} is not an octet (escapes are decimal, 000-255)";
                    return false;
                }

                destination[length++] = (char)octet;
                i += 3;
            }
            else
            {
                destination[length++] = raw[i + 1];
                i++;
            }
        }

        return true;
    }

    private static bool TryParseUnknown(DnsRecordType type, IReadOnlyList<ZoneToken> tokens, int start, out ResourceData data, out Failure failure)
    {
        data = new GenericData(string.Empty, null);
        failure = default;
        if (start + 1 >= tokens.Count || !int.TryParse(tokens[start + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > 65535)
        {
            failure = new Failure(Math.Min(start + 1, tokens.Count - 1), "RFC 3597 '\\#' must be followed by the RDATA length (0-65535)");
            return false;
        }

        var hex = new StringBuilder(length * 2);
        for (var i = start + 2; i < tokens.Count; i++)
        {
            var text = tokens[i].Text;
            foreach (var c in text)
            {
                if (!char.IsAsciiHexDigit(c))
                {
                    failure = new Failure(i, $"'{text}' is not hexadecimal");
                    return false;
                }
            }

            hex.Append(text.ToLowerInvariant());
        }

        if (hex.Length != length * 2)
        {
            failure = new Failure(start + 1, $"RFC 3597 length says {length} octets but {hex.Length / 2.0:0.#} follow");
            return false;
        }

        var bytes = Convert.FromHexString(hex.ToString());
        if ((type == DnsRecordType.A && length == 4) || (type == DnsRecordType.AAAA && length == 16))
        {
            data = new AddressData(new IPAddress(bytes));
            return true;
        }

        data = new GenericData(string.Empty, hex.ToString());
        return true;
    }

    /// <summary>Reads RDATA fields left to right and remembers the first failure.</summary>
    private sealed class FieldReader(IReadOnlyList<ZoneToken> tokens, int start, DnsName? origin, ZoneValuePool pool)
    {
        private readonly int _first = start;

        public int Index { get; private set; } = start;

        public bool AtEnd => Index >= tokens.Count;

        public Failure Failure { get; private set; }

        public bool Address(AddressFamily family, out ResourceData data)
        {
            data = new GenericData(string.Empty, null);
            if (!Next("address", out var token))
            {
                return false;
            }

            var text = token.Text;
            var valid = family == AddressFamily.InterNetwork
                ? ZoneFileGrammar.IsDottedQuad(text) && IPAddress.TryParse(text, out var v4) && (data = new AddressData(v4)) is not null
                : text.Contains(':') && IPAddress.TryParse(text, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6 && v6.ScopeId == 0
                    && (data = new AddressData(v6)) is not null;
            return valid || Fail(Index - 1, $"'{text}' is not an {(family == AddressFamily.InterNetwork ? "IPv4" : "IPv6")} address");
        }

        public bool NameOnly(out ResourceData data)
        {
            data = new GenericData(string.Empty, null);
            if (!Name("target name", out var name))
            {
                return false;
            }

            data = new NameData(name);
            return true;
        }

        public bool Mx(out ResourceData data)
        {
            data = new GenericData(string.Empty, null);
            if (!UInt16("preference", out var preference) || !Name("mail exchanger", out var exchange))
            {
                return false;
            }

            data = new MxData(preference, exchange);
            return true;
        }

        public bool Srv(out ResourceData data)
        {
            data = new GenericData(string.Empty, null);
            if (!UInt16("priority", out var priority) || !UInt16("weight", out var weight) || !UInt16("port", out var port) || !Name("target", out var target))
            {
                return false;
            }

            data = new SrvData(priority, weight, port, target);
            return true;
        }

        public bool Soa(out ResourceData data)
        {
            data = new GenericData(string.Empty, null);
            if (!Name("primary server", out var primary) || !Name("responsible mailbox", out var responsible))
            {
                return false;
            }

            if (!Next("serial", out var serialToken))
            {
                return false;
            }

            if (!uint.TryParse(serialToken.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial))
            {
                return Fail(Index - 1, $"SOA serial '{serialToken.Text}' is not a number 0-4294967295");
            }

            if (!Ttl("refresh", out var refresh) || !Ttl("retry", out var retry) || !Ttl("expire", out var expire) || !Ttl("minimum", out var minimum))
            {
                return false;
            }

            data = new SoaData(primary, responsible, serial, refresh, retry, expire, minimum);
            return true;
        }

        public bool Text(out ResourceData data)
        {
            data = new GenericData(string.Empty, null);
            if (AtEnd)
            {
                return Fail(Index - 1, "TXT needs at least one string");
            }

            // Every remaining token is one string: size the array exactly and hand it over without the builder's
            // grow-and-copy, which was most of the zone reader's allocation.
            var strings = new string[tokens.Count - Index];
            for (var i = 0; i < strings.Length; i++)
            {
                if (!String("string", out var value))
                {
                    return false;
                }

                strings[i] = value;
            }

            data = new TextData(new ValueList<string>(ImmutableCollectionsMarshal.AsImmutableArray(strings)));
            return true;
        }

        public bool Caa(out ResourceData data)
        {
            data = new GenericData(string.Empty, null);
            if (!Next("flags", out var flagsToken))
            {
                return false;
            }

            if (!byte.TryParse(flagsToken.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var flags))
            {
                return Fail(Index - 1, $"CAA flags '{flagsToken.Text}' is not 0-255");
            }

            if (!Next("tag", out var tag))
            {
                return false;
            }

            foreach (var c in tag.Text)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    return Fail(Index - 1, $"CAA tag '{tag.Text}' must be letters and digits");
                }
            }

            if (!String("value", out var value))
            {
                return false;
            }

            data = new CaaData(flags, tag.Text.ToLowerInvariant(), value);
            return true;
        }

        public bool Naptr(out ResourceData data)
        {
            data = new GenericData(string.Empty, null);
            if (!UInt16("order", out var order) || !UInt16("preference", out var preference)
                || !String("flags", out var flags) || !String("services", out var services) || !String("regexp", out var regexp)
                || !Name("replacement", out var replacement))
            {
                return false;
            }

            data = new NaptrData(order, preference, flags, services, regexp, replacement);
            return true;
        }

        /// <summary>Windows writes <c>LOCAL L2 C900 10.0.0.5</c>; the Windows 2000 resource kit shows <c>LOCAL 5 3600 10.0.0.5</c>.</summary>
        public bool Wins(bool reverse, out ResourceData data)
        {
            data = new GenericData(string.Empty, null);
            var local = false;
            if (!AtEnd && tokens[Index].Text.Equals("LOCAL", StringComparison.OrdinalIgnoreCase))
            {
                local = true;
                Index++;
            }

            if (!Timeout('L', "lookup timeout", out var lookup) || !Timeout('C', "cache timeout", out var cache))
            {
                return false;
            }

            if (reverse)
            {
                if (!Name("result domain", out var domain))
                {
                    return false;
                }

                data = new WinsData(local, lookup, cache, ValueList<string>.Empty, domain);
                return true;
            }

            var servers = ImmutableArray.CreateBuilder<string>();
            while (!AtEnd)
            {
                var text = tokens[Index].Text;
                if (!ZoneFileGrammar.IsDottedQuad(text) || !IPAddress.TryParse(text, out var server))
                {
                    return Fail(Index, $"WINS server '{text}' is not an IPv4 address");
                }

                servers.Add(server.ToString());
                Index++;
            }

            if (servers.Count == 0)
            {
                return Fail(Index - 1, "WINS needs at least one server address");
            }

            data = new WinsData(local, lookup, cache, new ValueList<string>(servers.ToImmutable()), null);
            return true;
        }

        public bool Generic(out ResourceData data)
        {
            var builder = new StringBuilder();
            for (; Index < tokens.Count; Index++)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                var token = tokens[Index];
                if (token.Quoted)
                {
                    builder.Append('"').Append(token.Text).Append('"');
                }
                else
                {
                    builder.Append(token.Text);
                }
            }

            data = new GenericData(builder.ToString(), null);
            return true;
        }

        private bool Timeout(char prefix, string what, out int value)
        {
            value = 0;
            if (!Next(what, out var token))
            {
                return false;
            }

            var text = token.Text.AsSpan();
            if (text.Length > 1 && char.ToUpperInvariant(text[0]) == prefix)
            {
                text = text[1..];
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
                || Fail(Index - 1, $"WINS {what} '{token.Text}' is not a number");
        }

        private bool Name(string what, out DnsName name)
        {
            name = DnsName.Root;
            if (!Next(what, out var token))
            {
                return false;
            }

            if (!DnsName.TryParse(token.Text, origin, out name, out var error))
            {
                return Fail(Index - 1, $"{what} '{Shorten(token.Text)}': {error}");
            }

            name = pool.Share(name);
            return true;
        }

        private bool UInt16(string what, out ushort value)
        {
            value = 0;
            if (!Next(what, out var token))
            {
                return false;
            }

            return ushort.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
                || Fail(Index - 1, $"{what} '{token.Text}' is not a number 0-65535");
        }

        private bool Ttl(string what, out int value)
        {
            value = 0;
            if (!Next(what, out var token))
            {
                return false;
            }

            return ZoneFileGrammar.TryParseTtl(token.Text, out value)
                || Fail(Index - 1, $"SOA {what} '{token.Text}' is not a time value (seconds, or units like 1h30m)");
        }

        private bool String(string what, out string value)
        {
            value = string.Empty;
            if (!Next(what, out var token))
            {
                return false;
            }

            var raw = token.Text;
            if (raw.IndexOf('\\') < 0)
            {
                value = pool.Share(raw);
                return true;
            }

            // Decoded in place and looked up by span: a string repeated on every record (an SPF policy) is not
            // rebuilt only to be thrown away for the shared copy.
            Span<char> buffer = raw.Length <= StackDecodeChars ? stackalloc char[StackDecodeChars] : new char[raw.Length];
            if (!ZoneRdataParser.TryDecodeString(raw, buffer, out var length, out var error))
            {
                return Fail(Index - 1, $"{what}: {error}");
            }

            value = pool.Share(buffer[..length]);
            return true;
        }

        private bool Next(string what, out ZoneToken token)
        {
            if (AtEnd)
            {
                token = default;
                return Fail(Math.Max(_first, Index - 1), $"missing {what}");
            }

            token = tokens[Index++];
            return true;
        }

        private bool Fail(int index, string message)
        {
            Failure = new Failure(Math.Min(Math.Max(index, 0), tokens.Count - 1), message);
            return false;
        }

        private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
    }
}
