using System.Runtime.CompilerServices;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>
/// What typing the entries of one file shares: where diagnostics go, a bounded cache of DN values (a million users
/// point at a handful of <c>homeMDB</c> and pool DNs), and whether the file was already reported as a template.
/// </summary>
internal sealed class LdifFileState(string path, IInputDiagnosticSink diagnostics)
{
    private const int DnCacheLimit = 4096;
    private const int RecentAttributeSets = 8;

    private readonly Dictionary<string, DistinguishedName> _dnCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ValueList<string>> _attributeSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ValueList<string>> _objectClassSets = new(StringComparer.Ordinal);
    private ValueList<string> _lastObjectClasses = ValueList<string>.Empty;
    private ValueList<string> _lastAttributeSet = ValueList<string>.Empty;
    private readonly List<ValueList<string>> _recentAttributeSets = [];
    private readonly Dictionary<string, (bool Known, DirectoryAttribute Which)> _attributesByName = new(ReferenceEqualityComparer.Instance);
    private Func<string, string>? _internHost;
    private bool _templateReported;

    public string Path { get; } = path;

    public IInputDiagnosticSink Diagnostics { get; } = diagnostics;

    public void Report(string id, DumpLocation location, string message) =>
        Diagnostics.Report(new InputDiagnostic(id, location, message));

    /// <summary>
    /// A DN value; one that does not parse is kept verbatim and reported (LXA0904), except unexpanded template
    /// placeholders such as <c>${CONFIGDN}</c>, which make the file a template (one LXA0902 per file).
    /// </summary>
    public DistinguishedName ParseDn(string text, string attribute, DumpLocation location, bool cache)
    {
        if (cache && _dnCache.TryGetValue(text, out var known))
        {
            return known;
        }

        if (!DistinguishedName.TryParse(text, out var dn, out var error))
        {
            if (!IsTemplate(text, location))
            {
                Report(InputDiagnosticIds.ParseError, location, $"'{attribute}' value '{Shorten(text)}' is not a distinguished name (RFC 4514: {error}); it is kept as text");
            }
        }

        if (cache && _dnCache.Count < DnCacheLimit)
        {
            _dnCache[text] = dn;
        }

        return dn;
    }

    /// <summary>True (and reported once per file) when the value holds a <c>${NAME}</c> placeholder.</summary>
    public bool IsTemplate(string text, DumpLocation location)
    {
        var open = text.IndexOf("${", StringComparison.Ordinal);
        if (open < 0 || text.IndexOf('}', open) < 0)
        {
            return false;
        }

        if (!_templateReported)
        {
            _templateReported = true;
            var close = text.IndexOf('}', open);
            Report(
                InputDiagnosticIds.UnknownProperty,
                location,
                $"{Path} is a template: values such as '{text[open..(close + 1)]}' are unexpanded placeholders; such values are kept as text and not checked.");
        }

        return true;
    }

    /// <summary>
    /// <see cref="DirectoryAttributeNames.TryGet"/> remembered per name instance: the reader hands out one interned
    /// string per spelling, so each attribute line costs a reference hash instead of a case-insensitive lookup.
    /// </summary>
    public bool TryGetAttribute(string name, out DirectoryAttribute which)
    {
        if (_attributesByName.TryGetValue(name, out var known))
        {
            which = known.Which;
            return known.Known;
        }

        var found = DirectoryAttributeNames.TryGet(name, out which);
        if (_attributesByName.Count < DnCacheLimit)
        {
            _attributesByName[name] = (found, which);
        }

        return found;
    }

    /// <summary>One string per distinct short value (object classes, SIP domains' locators) across the file.</summary>
    public string Intern(string text)
    {
        if (text.Length > 64)
        {
            return text;
        }

        if (_strings.TryGetValue(text, out var known))
        {
            return known;
        }

        if (_strings.Count < DnCacheLimit)
        {
            _strings[text] = text;
        }

        return text;
    }

    /// <summary>One string per SIP domain (a host part of a SIP address).</summary>
    public string InternHost(string host) => Intern(host);

    /// <summary><see cref="InternHost"/> as one delegate for the file: a method group would allocate one per parsed address.</summary>
    public Func<string, string> InternHostFunction => _internHost ??= InternHost;

    /// <summary>One list per distinct <c>objectClass</c> chain: a million users carry the same four names.</summary>
    public ValueList<string> ShareObjectClasses(List<string> classes)
    {
        if (_lastObjectClasses.Count == classes.Count && _lastObjectClasses.Items.AsSpan().SequenceEqual(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(classes)))
        {
            return _lastObjectClasses;
        }

        var key = string.Join('|', classes);
        if (!_objectClassSets.TryGetValue(key, out var shared))
        {
            shared = new ValueList<string>([.. classes]);
            if (_objectClassSets.Count < DnCacheLimit)
            {
                _objectClassSets[key] = shared;
            }
        }

        _lastObjectClasses = shared;
        return shared;
    }

    /// <summary>
    /// One list per distinct set of present attributes (in order): users of one export nearly all share it, and the
    /// few sets an export alternates between (users with and without a photo) are compared without building a key.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ValueList<string> ShareAttributeSet(ReadOnlySpan<string> names)
    {
        if (_lastAttributeSet.Count == names.Length && _lastAttributeSet.Items.AsSpan().SequenceEqual(names))
        {
            return _lastAttributeSet;
        }

        foreach (var recent in _recentAttributeSets)
        {
            if (recent.Count == names.Length && recent.Items.AsSpan().SequenceEqual(names))
            {
                _lastAttributeSet = recent;
                return recent;
            }
        }

        _lastAttributeSet = ShareAttributeSetSlow(names);
        if (_recentAttributeSets.Count == RecentAttributeSets)
        {
            _recentAttributeSets.RemoveAt(0);
        }

        _recentAttributeSets.Add(_lastAttributeSet);
        return _lastAttributeSet;
    }

    private ValueList<string> ShareAttributeSetSlow(ReadOnlySpan<string> names)
    {
        var key = string.Join('|', names);
        if (_attributeSets.TryGetValue(key, out var shared))
        {
            return shared;
        }

        var list = new ValueList<string>([.. names]);
        if (_attributeSets.Count < DnCacheLimit)
        {
            _attributeSets[key] = list;
        }

        return list;
    }

    public static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
