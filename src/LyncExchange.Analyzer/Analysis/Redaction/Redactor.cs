using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LyncExchange.Analyzer.Analysis.Redaction;

/// <summary>
/// Replaces customer identifiers with stable pseudonyms: the same original always gets the same pseudonym in
/// every file and output of a run, so "host1.domain1.example" in the OWA finding is the same server as in the
/// certificate finding. Patterns find what has a shape (addresses, FQDNs, GUIDs, thumbprints, IPv4); the
/// <see cref="IdentifierHarvester"/> adds bare names the dumps use (server and organisation names). Microsoft's
/// well-known names stay clear. The key map is only ever written to a file the caller names.
/// </summary>
public sealed partial class Redactor
{
    public const string FragmentMark = "REDACTED";

    private static readonly HashSet<string> GenericTlds = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "coop", "aero", "museum",
        "local", "lan", "corp", "internal", "intranet", "intra", "home", "localdomain", "ad", "domain", "priv", "private",
        "cloud", "online", "site", "tech", "global", "group", "company", "systems", "services", "solutions",
        "example", "test", "invalid",
    };

    // Two-letter file extensions that would otherwise read as country-code TLDs ("README.md", "Program.cs").
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "md", "cs", "ps", "py", "js", "ts", "sh", "db", "rb", "vb", "gz", "xz", "7z", "h", "c", "mo", "po",
    };

    private static readonly HashSet<string> SecondLevelSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.nz", "co.jp", "co.za", "com.br", "com.cn", "co.in",
    };

    private readonly Dictionary<(PseudonymKind Kind, string Original), string> _pseudonyms = [];
    private readonly Dictionary<PseudonymKind, int> _counters = [];
    private readonly List<RedactionMapEntry> _entries = [];
    private readonly Dictionary<string, string> _words = new(StringComparer.OrdinalIgnoreCase);
    private Regex? _wordPattern;

    public IReadOnlyList<RedactionMapEntry> Map => _entries;

    /// <summary>Learns the identifiers in a text (so pseudonyms are numbered in dump order, not output order).</summary>
    public void Learn(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _ = Redact(text);
        }
    }

    /// <summary>A bare name (a NetBIOS server name, an organisation or policy name) to redact wherever it appears as a word.</summary>
    public void LearnName(string? name, PseudonymKind kind = PseudonymKind.Name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length < 2 || WellKnownNames.IsWellKnownWord(trimmed) || IsPseudonym(trimmed)
            || trimmed.All(c => char.IsDigit(c) || c is '.' or '-' or ' ') || bool.TryParse(trimmed, out _))
        {
            return;
        }

        if (_words.ContainsKey(trimmed))
        {
            return;
        }

        _words[trimmed] = Pseudonym(kind, trimmed);
        _wordPattern = null;
    }

    /// <summary>A domain label seen on its own (<c>DC=contoso</c>, the organisation "Contoso") maps to its domain's pseudonym.</summary>
    public void LearnDomain(string domain) => _ = RedactHost(domain);

    public string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var redacted = Identifiers().Replace(text, ReplaceIdentifier);
        return RedactWords(redacted);
    }

    /// <summary>The key map as JSON (kind, pseudonym, original), sorted by kind then pseudonym number.</summary>
    public void WriteMap(Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("warning", "This file maps pseudonyms back to customer identifiers. Keep it with the case; never send it with the report.");
        writer.WriteStartArray("entries");
        foreach (var entry in _entries.OrderBy(e => e.Kind).ThenBy(e => e.Pseudonym.Length).ThenBy(e => e.Pseudonym, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", entry.Kind.ToString());
            writer.WriteString("pseudonym", entry.Pseudonym);
            writer.WriteString("original", entry.Original);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private string ReplaceIdentifier(Match match)
    {
        var groups = match.Groups;
        if (groups["email"].Success)
        {
            var local = groups["local"].Value;
            var domain = groups["domain"].Value;
            if (WellKnownNames.IsWellKnownHost(domain) && !domain.EndsWith("onmicrosoft.com", StringComparison.OrdinalIgnoreCase))
            {
                return match.Value;
            }

            var user = Pseudonym(PseudonymKind.User, local.ToLowerInvariant());
            _words.TryAdd(local, user);
            _wordPattern = null;
            return user + "@" + RedactHost(domain);
        }

        if (groups["guid"].Success)
        {
            var guid = match.Value;
            return WellKnownNames.IsWellKnownGuid(guid) || IsPseudonym(guid) ? guid : Pseudonym(PseudonymKind.Guid, guid.ToLowerInvariant());
        }

        if (groups["thumb"].Success)
        {
            return Pseudonym(PseudonymKind.Thumbprint, match.Value.ToUpperInvariant());
        }

        if (groups["ip"].Success)
        {
            return Pseudonym(PseudonymKind.IPv4, match.Value);
        }

        if (groups["fqdn"].Success)
        {
            return IsDomainName(match.Value) ? RedactHost(match.Value) : RedactWords(match.Value);
        }

        if (groups["fragment"].Success)
        {
            var value = match.Value;
            var hexDigits = value.Count(char.IsAsciiHexDigit);
            var hasDigit = value.Any(char.IsAsciiDigit);
            var hasLetter = value.Any(c => c is (>= 'a' and <= 'f') or (>= 'A' and <= 'F'));
            // A GUID or thumbprint that PowerShell wrapped over two lines leaves hex pieces on each line.
            return hexDigits >= 8 && hasDigit && hasLetter && !IsPseudonym(value) ? FragmentMark : value;
        }

        return match.Value;
    }

    private string RedactWords(string text)
    {
        if (_words.Count == 0)
        {
            return text;
        }

        _wordPattern ??= new Regex(
            "(?<![A-Za-z0-9])(?:" + string.Join("|", _words.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape)) + ")(?![A-Za-z0-9])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(5));
        return _wordPattern.Replace(text, m => _words[m.Value]);
    }

    private string RedactHost(string host)
    {
        host = host.TrimEnd('.');
        if (WellKnownNames.IsWellKnownHost(host) || IsPseudonym(host))
        {
            return host;
        }

        var labels = host.Split('.');
        var domainLabels = labels.Length >= 3 && SecondLevelSuffixes.Contains(labels[^2] + "." + labels[^1]) ? 3 : Math.Min(2, labels.Length);
        var domain = string.Join('.', labels[^domainLabels..]).ToLowerInvariant();
        var domainPseudonym = Pseudonym(PseudonymKind.Domain, domain);
        var domainWord = domainPseudonym[..domainPseudonym.IndexOf('.', StringComparison.Ordinal)];
        if (_words.TryAdd(labels[^domainLabels], domainWord))
        {
            _wordPattern = null;
        }

        if (labels.Length == domainLabels)
        {
            return domainPseudonym;
        }

        var hostPart = string.Join('.', labels[..^domainLabels]).ToLowerInvariant();
        var hostPseudonym = Pseudonym(PseudonymKind.Host, hostPart);
        if (!hostPart.Contains('.', StringComparison.Ordinal) && _words.TryAdd(hostPart, hostPseudonym))
        {
            _wordPattern = null;
        }

        return hostPseudonym + "." + domainPseudonym;
    }

    private static bool IsDomainName(string candidate)
    {
        var tld = candidate[(candidate.LastIndexOf('.') + 1)..];
        if (tld.Any(c => !char.IsAsciiLetter(c)))
        {
            return false;
        }

        return GenericTlds.Contains(tld) || (tld.Length == 2 && !FileExtensions.Contains(tld));
    }

    private string Pseudonym(PseudonymKind kind, string original)
    {
        if (_pseudonyms.TryGetValue((kind, original), out var existing))
        {
            return existing;
        }

        var number = _counters.GetValueOrDefault(kind) + 1;
        _counters[kind] = number;
        var n = number.ToString(CultureInfo.InvariantCulture);
        var pseudonym = kind switch
        {
            PseudonymKind.Domain => "domain" + n + ".example",
            PseudonymKind.Host => "host" + n,
            PseudonymKind.User => "user" + n,
            PseudonymKind.Guid => "00000000-0000-0000-0000-" + number.ToString("D12", CultureInfo.InvariantCulture),
            PseudonymKind.Thumbprint => "THUMBPRINT" + number.ToString("D4", CultureInfo.InvariantCulture),
            PseudonymKind.IPv4 => DocumentationAddress(number),
            _ => "name" + n,
        };
        _pseudonyms[(kind, original)] = pseudonym;
        _entries.Add(new RedactionMapEntry(kind, pseudonym, original));
        return pseudonym;
    }

    /// <summary>RFC 5737 documentation ranges: 192.0.2.0/24, then 198.51.100.0/24, then 203.0.113.0/24.</summary>
    private static string DocumentationAddress(int number)
    {
        string[] prefixes = ["192.0.2.", "198.51.100.", "203.0.113."];
        var block = (number - 1) / 254;
        var host = ((number - 1) % 254) + 1;
        return block < prefixes.Length
            ? prefixes[block] + host.ToString(CultureInfo.InvariantCulture)
            : "192.0.2.0/" + number.ToString(CultureInfo.InvariantCulture);
    }

    private bool IsPseudonym(string text) => _pseudonyms.ContainsValue(text) || PseudonymShape().IsMatch(text);

    [GeneratedRegex(@"^(?:domain\d+\.example|host\d+|user\d+|name\d+|THUMBPRINT\d{4}|00000000-0000-0000-0000-\d{12})$", RegexOptions.CultureInvariant)]
    private static partial Regex PseudonymShape();

    [GeneratedRegex(
        @"(?<email>(?<![\w.%+'-])(?<local>[A-Za-z0-9][A-Za-z0-9._%+'-]*)@(?<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})(?![\w-]))"
        + @"|(?<guid>(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-]))"
        + @"|(?<thumb>(?<![0-9A-Za-z])[0-9A-Fa-f]{40}(?![0-9A-Za-z]))"
        + @"|(?<ip>(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\.?\d))"
        + @"|(?<fqdn>(?<![\w.@-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{0,62}(?![\w-]))"
        + @"|(?<fragment>(?<![0-9A-Za-z])[0-9A-Fa-f]{2,}(?:-[0-9A-Fa-f]+)*-?(?![0-9A-Za-z]))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Identifiers();
}
