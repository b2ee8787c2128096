using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Model.Dns;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>
/// What a master file carries from one entry to the next: origin, default and last TTL, previous owner and class,
/// and the zone's name once the first record fixes it. Shared with included files, which see and change the same TTL
/// and owner but get their own origin.
/// </summary>
internal sealed partial class ZoneReadState
{
    private readonly DnsName? _fileNameZone;
    private readonly ZoneValuePool _pool = new();
    private DnsName? _headerZone;
    private DnsName? _previousOwner;
    private DnsClass? _zoneClass;
    private int? _lastTtl;
    private int? _soaMinimum;
    private long _emitted;
    private bool _limitReported;
    private ResourceRecordSite? _site;

    public ZoneReadState(DumpEntry entry, ReaderContext context)
    {
        Context = context;
        ZoneFile = entry.RelativePath;
        WindowsLayout = entry.FileName.EndsWith(".dns", StringComparison.OrdinalIgnoreCase);
        _fileNameZone = WindowsZoneConventions.TryParseFileNameZone(entry.FileName, out var zone) ? zone : null;
    }

    public ReaderContext Context { get; }

    /// <summary>Whether simple one-line records take <see cref="TryReadSimpleRecord"/>; off only to compare with the general path.</summary>
    public bool SimpleLines { get; init; } = true;

    public string ZoneFile { get; }

    public DnsName? Origin { get; set; }

    /// <summary>The zone's name, fixed by the first record read.</summary>
    public DnsName? ZoneName { get; private set; }

    public int? DefaultTtl { get; set; }

    /// <summary>
    /// Windows DNS files (header comment, <c>[AGE:]</c> tags, <c>.dns</c> name) take a missing TTL from the SOA minimum,
    /// which Windows labels "default TTL"; BIND takes the last TTL written (RFC 1035 §5.1).
    /// </summary>
    public bool WindowsLayout { get; private set; }

    public string ZoneDisplay => (ZoneName ?? Origin)?.Display ?? "(unnamed)";

    public void NoteComment(string? comment)
    {
        if (ZoneName is null && _headerZone is null && comment is not null && WindowsZoneConventions.TryParseHeaderZone(comment, out var zone))
        {
            _headerZone = zone;
            WindowsLayout = true;
        }
    }

    public void Error(DumpLocation location, string message) =>
        Context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, location, message));

    /// <summary>Counts a record against <see cref="ReaderLimits.MaxObjectsPerFile"/>; false once the limit is passed.</summary>
    public bool Emit()
    {
        if (++_emitted <= Context.Limits.MaxObjectsPerFile)
        {
            return true;
        }

        if (!_limitReported)
        {
            _limitReported = true;
            Context.Diagnostics.Report(new InputDiagnostic(
                InputDiagnosticIds.Truncated,
                DumpLocation.WholeFile(ZoneFile),
                $"zone file has more than {Context.Limits.MaxObjectsPerFile:N0} records; the rest was not read"));
        }

        return false;
    }

    /// <summary>Reads <c>[owner] [AGE:n] [ttl] [class] type rdata</c> with TTL and class in either order.</summary>
    public bool TryReadRecord(IReadOnlyList<ZoneToken> tokens, bool ownerBlank, DumpLocation location, out ResourceRecord record)
    {
        record = null!;
        var path = location.Path;
        var index = 0;
        if (Origin is null && ZoneName is null)
        {
            Origin = InferOrigin(tokens, ownerBlank);
        }

        DnsName owner;
        if (ownerBlank)
        {
            if (_previousOwner is not { } previous)
            {
                Error(location, "record has no owner (line starts with white space) and there is no previous owner to inherit");
                return false;
            }

            owner = previous;
        }
        else
        {
            var ownerToken = tokens[0];
            if (!DnsName.TryParse(ownerToken.Text, Origin, out owner, out var ownerError))
            {
                Error(At(path, ownerToken), $"owner '{Shorten(ownerToken.Text)}': {ownerError}");
                return false;
            }

            _previousOwner = owner;
            index = 1;
        }

        int? ttl = null;
        DnsClass? recordClass = null;
        DateTime? age = null;
        DnsRecordType type = default;
        var typeFound = false;
        for (; index < tokens.Count; index++)
        {
            var token = tokens[index];
            if (token.Quoted)
            {
                break;
            }

            var text = token.Text;
            if (age is null && text.StartsWith('[') && WindowsZoneConventions.TryParseAge(text, out var stamp))
            {
                age = stamp;
                WindowsLayout = true;
                continue;
            }

            if (ttl is null && text.Length > 0 && char.IsAsciiDigit(text[0]))
            {
                if (!ZoneFileGrammar.TryParseTtl(text, out var seconds))
                {
                    Error(At(path, token), $"'{text}' is not a TTL (seconds, or units like 1h30m), at most 2147483647");
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
                Error(At(path, token), $"'{Shorten(text)}' is not a record type, TTL or class");
                return false;
            }

            typeFound = true;
            index++;
            break;
        }

        if (!typeFound)
        {
            Error(location, "record has no type");
            return false;
        }

        if (!ZoneRdataParser.TryParse(type, tokens, index, Origin, _pool, out var data, out var failure))
        {
            var at = failure.TokenIndex < tokens.Count && failure.TokenIndex >= index - 1 ? At(path, tokens[failure.TokenIndex]) : location;
            Error(at, $"{DnsRecordTypes.Mnemonic(type)} record of '{owner.Display}': {failure.Message}");
            return false;
        }

        if (!ResolveTtl(type, ttl, data, location, out var effectiveTtl))
        {
            return false;
        }

        var zone = ZoneName ??= type == DnsRecordType.SOA ? owner : Origin ?? owner;
        var effectiveClass = recordClass ?? _zoneClass ?? DnsClass.IN;
        _zoneClass ??= effectiveClass;
        record = new ResourceRecord(owner, effectiveTtl, effectiveClass, type, data, SiteFor(zone, location.Path), location, age);
        return true;
    }

    private bool ResolveTtl(DnsRecordType type, int? explicitTtl, ResourceData data, DumpLocation location, out int ttl)
    {
        if (data is SoaData soa)
        {
            _soaMinimum = soa.Minimum;
        }

        if (explicitTtl is { } given)
        {
            ttl = given;
            _lastTtl = given;
            return true;
        }

        if (DefaultTtl is { } fromDirective)
        {
            ttl = fromDirective;
            return true;
        }

        if (WindowsLayout && _soaMinimum is { } zoneDefault)
        {
            ttl = zoneDefault;
            return true;
        }

        if (_lastTtl is { } last)
        {
            ttl = last;
            return true;
        }

        if (type == DnsRecordType.SOA && _soaMinimum is { } minimum)
        {
            // BIND: "no TTL specified; using SOA MINTTL instead", and later records inherit it.
            ttl = minimum;
            _lastTtl = minimum;
            return true;
        }

        ttl = 0;
        Error(location, "record has no TTL and none is known yet (no $TTL, no earlier TTL, no SOA); it was not read");
        return false;
    }

    /// <summary>
    /// Before the first record of a file without <c>$ORIGIN</c>: the Windows header comment names the zone; else an
    /// absolute SOA owner; else the file name (<c>contoso.com.dns</c>, <c>db.contoso.com</c>).
    /// </summary>
    private DnsName? InferOrigin(IReadOnlyList<ZoneToken> tokens, bool ownerBlank)
    {
        if (_headerZone is { } header)
        {
            return header;
        }

        if (!ownerBlank && tokens.Count > 2 && tokens[0].Text.EndsWith('.') && DnsName.TryParse(tokens[0].Text, null, out var soaOwner, out _))
        {
            for (var i = 1; i < Math.Min(tokens.Count, 6); i++)
            {
                if (tokens[i].Text.Equals("SOA", StringComparison.OrdinalIgnoreCase))
                {
                    return soaOwner;
                }
            }
        }

        return _fileNameZone;
    }

    private static bool TryParseClass(ReadOnlySpan<char> text, out DnsClass value)
    {
        value = DnsClass.IN;
        if (text.Length != 2)
        {
            return false;
        }

        if (text.Equals("IN", StringComparison.OrdinalIgnoreCase))
        {
            value = DnsClass.IN;
            return true;
        }

        if (text.Equals("CH", StringComparison.OrdinalIgnoreCase))
        {
            value = DnsClass.CH;
            return true;
        }

        if (text.Equals("HS", StringComparison.OrdinalIgnoreCase))
        {
            value = DnsClass.HS;
            return true;
        }

        if (text.Equals("CS", StringComparison.OrdinalIgnoreCase))
        {
            value = DnsClass.CS;
            return true;
        }

        return false;
    }

    /// <summary>The site the records of <paramref name="zone"/> written in <paramref name="path"/> share.</summary>
    private ResourceRecordSite SiteFor(DnsName zone, string path)
    {
        if (_site is { } site && ReferenceEquals(site.Path, path) && site.ZoneOrigin == zone)
        {
            return site;
        }

        return _site = new ResourceRecordSite(zone, ZoneFile, path);
    }

    private static DumpLocation At(string path, ZoneToken token) => DumpLocation.OnLine(path, token.Line, token.Column, Math.Min(token.Length, 200));

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
