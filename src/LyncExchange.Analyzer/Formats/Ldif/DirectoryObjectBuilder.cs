using System.Globalization;
using System.Runtime.CompilerServices;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>
/// Types the attributes of one LDIF entry into a <see cref="DirectoryObject"/>, and applies later change records
/// (<c>add:</c>, <c>delete:</c>, <c>replace:</c>, renames) to one already built. Conversion failures are LXA0904 at
/// the value's line; the raw value is never silently dropped.
/// </summary>
internal sealed class DirectoryObjectBuilder
{
    private readonly LdifFileState _file;
    private readonly List<string> _objectClass = [];
    private readonly List<ProxyAddress> _proxyAddresses = [];
    private readonly List<TruncatedValue> _truncated = [];
    private readonly DirectoryObjectLocations.Builder _locations;
    private readonly DumpLocation _location;
    private readonly Func<string, string> _share;
    private DistinguishedName _dn;
    private string? _mail;
    private string? _userPrincipalName;
    private string? _samAccountName;
    private string? _displayName;
    private SipUri? _primaryUserAddress;
    private string? _primaryUserAddressText;
    private bool? _lyncEnabled;
    private DistinguishedName? _primaryHomeServer;
    private string? _deploymentLocator;
    private int? _optionFlags;
    private string? _line;
    private long? _recipientTypeDetails;
    private long? _remoteRecipientType;
    private DistinguishedName? _homeMdb;
    private string? _exchangeHomeServerName;
    private ProxyAddress? _targetAddress;
    private long? _exchangeVersion;
    private int? _thumbnailPhotoSize;
    private Guid? _objectGuid;
    private string? _objectSid;
    private Guid? _exchangeMailboxGuid;
    private int? _userAccountControl;

    public DirectoryObjectBuilder(LdifFileState file, DistinguishedName dn, DumpLocation location)
    {
        _file = file;
        _share = Share;
        _dn = dn;
        _location = location;
        _locations = new DirectoryObjectLocations.Builder();
        _locations.Add(DirectoryAttribute.Dn, location);
    }

    private DirectoryObjectBuilder(LdifFileState file, DirectoryObject existing)
    {
        _file = file;
        _share = Share;
        _dn = existing.DistinguishedName;
        _location = existing.Source.Location;
        _locations = DirectoryObjectLocations.Builder.From(existing.Locations);
        _objectClass.AddRange(existing.ObjectClass);
        _proxyAddresses.AddRange(existing.ProxyAddresses);
        _truncated.AddRange(existing.Source.Truncated);
        _mail = existing.Mail;
        _userPrincipalName = existing.UserPrincipalName;
        _samAccountName = existing.SamAccountName;
        _displayName = existing.DisplayName;
        _primaryUserAddress = existing.PrimaryUserAddress;
        _primaryUserAddressText = existing.PrimaryUserAddressText;
        _lyncEnabled = existing.LyncEnabled;
        _primaryHomeServer = existing.PrimaryHomeServer;
        _deploymentLocator = existing.DeploymentLocator;
        _optionFlags = existing.LyncOptionFlags;
        _line = existing.LyncLine;
        _recipientTypeDetails = existing.RecipientTypeDetails;
        _remoteRecipientType = existing.RemoteRecipientType;
        _homeMdb = existing.HomeMdb;
        _exchangeHomeServerName = existing.ExchangeHomeServerName;
        _targetAddress = existing.TargetAddress;
        _exchangeVersion = existing.ExchangeVersion;
        _thumbnailPhotoSize = existing.ThumbnailPhotoSize;
        _objectGuid = existing.ObjectGuid;
        _objectSid = existing.ObjectSid;
        _exchangeMailboxGuid = existing.ExchangeMailboxGuid;
        _userAccountControl = existing.UserAccountControl;
    }

    public static DirectoryObjectBuilder From(LdifFileState file, DirectoryObject existing) => new(file, existing);

    public void Rename(DistinguishedName dn, DumpLocation location)
    {
        _dn = dn;
        _locations.Remove(DirectoryAttribute.Dn);
        _locations.Add(DirectoryAttribute.Dn, location);
    }

    /// <summary>Marks an attribute the export cut (<c>member;range=0-1499</c>): rules must treat it as incomplete.</summary>
    public void MarkTruncated(LdifAttribute attribute) =>
        _truncated.Add(new TruncatedValue(attribute.Name, attribute.Range ?? string.Empty, attribute.Location));

    /// <summary>Adds one value line (an entry's attribute, or a value of an <c>add:</c> group).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(LdifAttribute attribute)
    {
        if (!_file.TryGetAttribute(attribute.Name, out var which) || which == DirectoryAttribute.Dn || attribute.Value.Kind == LdifValueKind.Url)
        {
            return;
        }

        if (IsMultiValued(which))
        {
            AddMultiValued(which, attribute);
            return;
        }

        if (HasValue(which))
        {
            _file.Report(
                InputDiagnosticIds.ParseError,
                attribute.Location,
                $"single-valued attribute '{attribute.Name}' appears again in entry '{LdifFileState.Shorten(_dn.Text)}'; the first value is kept");
            return;
        }

        if (SetSingleValued(which, attribute))
        {
            _locations.Add(which, attribute.Location);
        }
    }

    /// <summary>Applies one group of a modify record.</summary>
    public void Apply(LdifModification modification)
    {
        if (!DirectoryAttributeNames.TryGet(modification.Attribute, out var which) || which == DirectoryAttribute.Dn)
        {
            return;
        }

        switch (modification.Kind)
        {
            case LdifModificationKind.Add:
                foreach (var value in modification.Values)
                {
                    Add(value);
                }

                break;
            case LdifModificationKind.Replace:
                Clear(which);
                foreach (var value in modification.Values)
                {
                    Add(value);
                }

                break;
            case LdifModificationKind.Delete when modification.Values.IsEmpty:
                Clear(which);
                break;
            case LdifModificationKind.Delete:
                foreach (var value in modification.Values)
                {
                    DeleteValue(which, value);
                }

                break;
            case LdifModificationKind.Increment:
                _file.Report(InputDiagnosticIds.UnknownProperty, modification.Location, $"'increment: {modification.Attribute}' was not applied (the analyzer does not model counters)");
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public DirectoryObject Build()
    {
        var locations = _locations.Build(_file.Path);

        // The present attributes in first-seen order, deduplicated over the enum (two dozen at most) without a builder.
        Span<bool> seen = stackalloc bool[DirectoryAttributeCount];
        var names = new string[_locations.Attributes.Count];
        var present = 0;
        foreach (var attribute in _locations.Attributes)
        {
            if (!seen[(int)attribute])
            {
                seen[(int)attribute] = true;
                names[present++] = DirectoryAttributeNames.NameOf(attribute);
            }
        }

        return new DirectoryObject
        {
            Source = new RecordSource(_file.Path, _location, null, _truncated.Count == 0 ? ValueList<TruncatedValue>.Empty : new ValueList<TruncatedValue>([.. _truncated]), _file.ShareAttributeSet(names.AsSpan(0, present))),
            DistinguishedName = _dn,
            Kind = KindOf(_objectClass),
            ObjectClass = _file.ShareObjectClasses(_objectClass),
            Mail = _mail,
            UserPrincipalName = _userPrincipalName,
            SamAccountName = _samAccountName,
            DisplayName = _displayName,
            ProxyAddresses = new ValueList<ProxyAddress>([.. _proxyAddresses]),
            PrimaryUserAddress = _primaryUserAddress,
            PrimaryUserAddressText = _primaryUserAddressText,
            LyncEnabled = _lyncEnabled,
            PrimaryHomeServer = _primaryHomeServer,
            DeploymentLocator = _deploymentLocator,
            LyncOptionFlags = _optionFlags,
            LyncLine = _line,
            RecipientTypeDetails = _recipientTypeDetails,
            RemoteRecipientType = _remoteRecipientType,
            HomeMdb = _homeMdb,
            ExchangeHomeServerName = _exchangeHomeServerName,
            TargetAddress = _targetAddress,
            ExchangeVersion = _exchangeVersion,
            ThumbnailPhotoSize = _thumbnailPhotoSize,
            ObjectGuid = _objectGuid,
            ObjectSid = _objectSid,
            ExchangeMailboxGuid = _exchangeMailboxGuid,
            UserAccountControl = _userAccountControl,
            Locations = locations,
        };
    }

    /// <summary>
    /// One string for a value the entry already holds elsewhere: <c>mail</c>, <c>userPrincipalName</c>, the primary
    /// <c>SMTP:</c> proxy and the SIP user part are usually the same text, and a million users each keep them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string Share(string text)
    {
        if (string.Equals(text, _mail, StringComparison.Ordinal))
        {
            return _mail!;
        }

        if (string.Equals(text, _userPrincipalName, StringComparison.Ordinal))
        {
            return _userPrincipalName!;
        }

        if (string.Equals(text, _samAccountName, StringComparison.Ordinal))
        {
            return _samAccountName!;
        }

        foreach (var proxy in _proxyAddresses)
        {
            if (string.Equals(text, proxy.Address, StringComparison.Ordinal))
            {
                return proxy.Address;
            }

            if (proxy.Sip is { } sip && string.Equals(text, sip.User, StringComparison.Ordinal))
            {
                return sip.User;
            }
        }

        if (_primaryUserAddress is { } primary && string.Equals(text, primary.User, StringComparison.Ordinal))
        {
            return primary.User;
        }

        return text;
    }

    private static readonly int DirectoryAttributeCount = Enum.GetValues<DirectoryAttribute>().Max(a => (int)a) + 1;

    private static bool IsMultiValued(DirectoryAttribute attribute) =>
        attribute is DirectoryAttribute.ObjectClass or DirectoryAttribute.ProxyAddresses;

    private static DirectoryObjectKind KindOf(List<string> classes)
    {
        var kind = DirectoryObjectKind.Other;
        foreach (var name in classes)
        {
            var candidate = KindOfClass(name);

            // The most specific class wins: computer derives from user, inetOrgPerson from user in AD.
            if (Rank(candidate) > Rank(kind))
            {
                kind = candidate;
            }
        }

        return kind;

        // ASCII names (all of them, in practice) are compared in place; only others pay for the lower-cased copy.
        static DirectoryObjectKind KindOfClass(string name) =>
            System.Text.Ascii.IsValid(name)
                ? System.Text.Ascii.EqualsIgnoreCase(name, "computer") ? DirectoryObjectKind.Computer
                    : System.Text.Ascii.EqualsIgnoreCase(name, "inetorgperson") ? DirectoryObjectKind.InetOrgPerson
                    : System.Text.Ascii.EqualsIgnoreCase(name, "user") ? DirectoryObjectKind.User
                    : System.Text.Ascii.EqualsIgnoreCase(name, "contact") ? DirectoryObjectKind.Contact
                    : System.Text.Ascii.EqualsIgnoreCase(name, "group") ? DirectoryObjectKind.Group
                    : DirectoryObjectKind.Other
                : name.ToLowerInvariant() switch
                {
                    "computer" => DirectoryObjectKind.Computer,
                    "inetorgperson" => DirectoryObjectKind.InetOrgPerson,
                    "user" => DirectoryObjectKind.User,
                    "contact" => DirectoryObjectKind.Contact,
                    "group" => DirectoryObjectKind.Group,
                    _ => DirectoryObjectKind.Other,
                };

        static int Rank(DirectoryObjectKind kind) => kind switch
        {
            DirectoryObjectKind.Computer => 5,
            DirectoryObjectKind.InetOrgPerson => 4,
            DirectoryObjectKind.User => 3,
            DirectoryObjectKind.Contact => 2,
            DirectoryObjectKind.Group => 1,
            _ => 0,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddMultiValued(DirectoryAttribute which, LdifAttribute attribute)
    {
        var text = attribute.Value.Text;
        if (text is null)
        {
            return;
        }

        if (which == DirectoryAttribute.ObjectClass)
        {
            _objectClass.Add(_file.Intern(text.Trim()));
            _locations.Add(which, attribute.Location);
            return;
        }

        if (ParseProxy(text, attribute) is { } proxy)
        {
            _proxyAddresses.Add(proxy);
            _locations.Add(which, attribute.Location);
        }
    }

    private ProxyAddress? ParseProxy(string text, LdifAttribute attribute)
    {
        if (!ProxyAddress.TryParse(text, out var proxy, out var error, _share, _file.InternHostFunction))
        {
            if (!_file.IsTemplate(text, attribute.ValueLocation))
            {
                _file.Report(InputDiagnosticIds.ParseError, attribute.ValueLocation, $"'{attribute.Name}' value '{LdifFileState.Shorten(text)}' is {error}; the value was not used");
            }

            return null;
        }

        if (proxy!.Problem is { } problem && !_file.IsTemplate(text, attribute.ValueLocation))
        {
            _file.Report(InputDiagnosticIds.ParseError, attribute.ValueLocation, $"'{attribute.Name}' value '{LdifFileState.Shorten(text)}': {problem}");
        }

        return proxy;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool SetSingleValued(DirectoryAttribute which, LdifAttribute attribute)
    {
        var value = attribute.Value;
        var text = value.Text?.Trim();
        switch (which)
        {
            case DirectoryAttribute.Mail:
                _mail = text is null ? null : Share(text);
                return true;
            case DirectoryAttribute.UserPrincipalName:
                _userPrincipalName = text is null ? null : Share(text);
                return true;
            case DirectoryAttribute.SamAccountName:
                _samAccountName = text is null ? null : Share(text);
                return true;
            case DirectoryAttribute.DisplayName:
                _displayName = value.Text;
                return true;
            case DirectoryAttribute.DeploymentLocator:
                _deploymentLocator = text is null ? null : _file.Intern(text);
                return true;
            case DirectoryAttribute.Line:
                _line = text;
                return true;
            case DirectoryAttribute.ExchangeHomeServerName:
                _exchangeHomeServerName = text is null ? null : _file.Intern(text);
                return true;
            case DirectoryAttribute.PrimaryUserAddress:
                // Kept as written (and located) even when it is no SIP URI: LXA0203 reports the malformed value itself.
                _primaryUserAddressText = value.Text;
                string? sipError = null;
                if (text is not null
                    && (DirectorySyntaxFastPath.TryParseSimpleSip(text, withScheme: true, _share, _file.InternHostFunction) is { } sip
                        || SipUri.TryParse(text, out sip, out sipError)))
                {
                    _primaryUserAddress = sip;
                    return true;
                }

                Fail(attribute, "a SIP URI (sip:user@host)", sipError);
                return text is not null;
            case DirectoryAttribute.UserEnabled:
                if (text is not null && (text.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || text.Equals("FALSE", StringComparison.OrdinalIgnoreCase)))
                {
                    _lyncEnabled = text.Equals("TRUE", StringComparison.OrdinalIgnoreCase);
                    return true;
                }

                return Fail(attribute, "an LDAP Boolean (TRUE or FALSE)", null);
            case DirectoryAttribute.PrimaryHomeServer:
                if (text is null)
                {
                    return false;
                }

                _primaryHomeServer = _file.ParseDn(text, attribute.Name, attribute.ValueLocation, cache: true);
                return true;
            case DirectoryAttribute.HomeMdb:
                if (text is null)
                {
                    return false;
                }

                _homeMdb = _file.ParseDn(text, attribute.Name, attribute.ValueLocation, cache: true);
                return true;
            case DirectoryAttribute.TargetAddress:
                _targetAddress = text is null ? null : ParseProxy(text, attribute);
                return _targetAddress is not null;
            case DirectoryAttribute.OptionFlags:
                return SetInt32(attribute, text, ref _optionFlags);
            case DirectoryAttribute.UserAccountControl:
                return SetInt32(attribute, text, ref _userAccountControl);
            case DirectoryAttribute.RecipientTypeDetails:
                return SetInt64(attribute, text, ref _recipientTypeDetails);
            case DirectoryAttribute.RemoteRecipientType:
                return SetInt64(attribute, text, ref _remoteRecipientType);
            case DirectoryAttribute.ExchangeVersion:
                return SetInt64(attribute, text, ref _exchangeVersion);
            case DirectoryAttribute.ThumbnailPhoto:
                _thumbnailPhotoSize = value.ByteLength;
                return true;
            case DirectoryAttribute.ObjectGuid:
                return SetGuid(attribute, ref _objectGuid);
            case DirectoryAttribute.ExchangeMailboxGuid:
                return SetGuid(attribute, ref _exchangeMailboxGuid);
            case DirectoryAttribute.ObjectSid:
                if (value.Bytes is { } sidBytes && BinaryValues.ToSidString(sidBytes) is { } sid)
                {
                    _objectSid = sid;
                    return true;
                }

                return Fail(attribute, "a binary SID", null);
            default:
                return false;
        }
    }

    private bool SetInt32(LdifAttribute attribute, string? text, ref int? field)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            field = number;
            return true;
        }

        return Fail(attribute, "a 32-bit integer", null);
    }

    private bool SetInt64(LdifAttribute attribute, string? text, ref long? field)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            field = number;
            return true;
        }

        return Fail(attribute, "an integer", null);
    }

    private bool SetGuid(LdifAttribute attribute, ref Guid? field)
    {
        if (attribute.Value.Bytes is { } bytes && BinaryValues.ToGuid(bytes) is { } guid)
        {
            field = guid;
            return true;
        }

        if (attribute.Value.Text is { } text && Guid.TryParse(text.Trim(), out guid))
        {
            // Some tools (ldapsearch with a GUID syntax mapping) print the GUID as text.
            field = guid;
            return true;
        }

        return Fail(attribute, "a 16-byte GUID", null);
    }

    private bool Fail(LdifAttribute attribute, string expected, string? detail)
    {
        var shown = attribute.Value.Text is { } text ? $"'{LdifFileState.Shorten(text)}'" : attribute.Value.ToString();
        if (attribute.Value.Text is { } raw && _file.IsTemplate(raw, attribute.ValueLocation))
        {
            return false;
        }

        _file.Report(
            InputDiagnosticIds.ParseError,
            attribute.ValueLocation,
            $"'{attribute.Name}' value {shown} is not {expected}" + (detail is null ? string.Empty : $" ({detail})") + "; the value was not used");
        return false;
    }

    private bool HasValue(DirectoryAttribute which) => which switch
    {
        DirectoryAttribute.Mail => _mail is not null,
        DirectoryAttribute.UserPrincipalName => _userPrincipalName is not null,
        DirectoryAttribute.SamAccountName => _samAccountName is not null,
        DirectoryAttribute.DisplayName => _displayName is not null,
        DirectoryAttribute.PrimaryUserAddress => _primaryUserAddressText is not null,
        DirectoryAttribute.UserEnabled => _lyncEnabled is not null,
        DirectoryAttribute.PrimaryHomeServer => _primaryHomeServer is not null,
        DirectoryAttribute.DeploymentLocator => _deploymentLocator is not null,
        DirectoryAttribute.OptionFlags => _optionFlags is not null,
        DirectoryAttribute.Line => _line is not null,
        DirectoryAttribute.RecipientTypeDetails => _recipientTypeDetails is not null,
        DirectoryAttribute.RemoteRecipientType => _remoteRecipientType is not null,
        DirectoryAttribute.HomeMdb => _homeMdb is not null,
        DirectoryAttribute.ExchangeHomeServerName => _exchangeHomeServerName is not null,
        DirectoryAttribute.TargetAddress => _targetAddress is not null,
        DirectoryAttribute.ExchangeVersion => _exchangeVersion is not null,
        DirectoryAttribute.ThumbnailPhoto => _thumbnailPhotoSize is not null,
        DirectoryAttribute.ObjectGuid => _objectGuid is not null,
        DirectoryAttribute.ObjectSid => _objectSid is not null,
        DirectoryAttribute.ExchangeMailboxGuid => _exchangeMailboxGuid is not null,
        DirectoryAttribute.UserAccountControl => _userAccountControl is not null,
        _ => false,
    };

    private void Clear(DirectoryAttribute which)
    {
        _locations.Remove(which);
        switch (which)
        {
            case DirectoryAttribute.ObjectClass: _objectClass.Clear(); break;
            case DirectoryAttribute.ProxyAddresses: _proxyAddresses.Clear(); break;
            case DirectoryAttribute.Mail: _mail = null; break;
            case DirectoryAttribute.UserPrincipalName: _userPrincipalName = null; break;
            case DirectoryAttribute.SamAccountName: _samAccountName = null; break;
            case DirectoryAttribute.DisplayName: _displayName = null; break;
            case DirectoryAttribute.PrimaryUserAddress: _primaryUserAddress = null; _primaryUserAddressText = null; break;
            case DirectoryAttribute.UserEnabled: _lyncEnabled = null; break;
            case DirectoryAttribute.PrimaryHomeServer: _primaryHomeServer = null; break;
            case DirectoryAttribute.DeploymentLocator: _deploymentLocator = null; break;
            case DirectoryAttribute.OptionFlags: _optionFlags = null; break;
            case DirectoryAttribute.Line: _line = null; break;
            case DirectoryAttribute.RecipientTypeDetails: _recipientTypeDetails = null; break;
            case DirectoryAttribute.RemoteRecipientType: _remoteRecipientType = null; break;
            case DirectoryAttribute.HomeMdb: _homeMdb = null; break;
            case DirectoryAttribute.ExchangeHomeServerName: _exchangeHomeServerName = null; break;
            case DirectoryAttribute.TargetAddress: _targetAddress = null; break;
            case DirectoryAttribute.ExchangeVersion: _exchangeVersion = null; break;
            case DirectoryAttribute.ThumbnailPhoto: _thumbnailPhotoSize = null; break;
            case DirectoryAttribute.ObjectGuid: _objectGuid = null; break;
            case DirectoryAttribute.ObjectSid: _objectSid = null; break;
            case DirectoryAttribute.ExchangeMailboxGuid: _exchangeMailboxGuid = null; break;
            case DirectoryAttribute.UserAccountControl: _userAccountControl = null; break;
        }
    }

    /// <summary><c>delete: attr</c> with values: removes matching values of a multi-valued attribute, or the single value.</summary>
    private void DeleteValue(DirectoryAttribute which, LdifAttribute value)
    {
        var text = value.Value.Text?.Trim();
        switch (which)
        {
            case DirectoryAttribute.ObjectClass:
                var classIndex = _objectClass.FindIndex(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
                if (classIndex >= 0)
                {
                    _objectClass.RemoveAt(classIndex);
                    _locations.RemoveAt(which, classIndex);
                }

                break;
            case DirectoryAttribute.ProxyAddresses:
                var proxyIndex = text is not null && ProxyAddress.TryParse(text, out var proxy, out _)
                    ? _proxyAddresses.FindIndex(p => p.Equals(proxy) && string.Equals(p.Prefix, proxy!.Prefix, StringComparison.Ordinal))
                    : -1;
                if (proxyIndex >= 0)
                {
                    _proxyAddresses.RemoveAt(proxyIndex);
                    _locations.RemoveAt(which, proxyIndex);
                }

                break;
            default:
                // LDAP deletes a single value only when it matches; for the attributes modelled here a mismatch is
                // an error the server would refuse, so clearing is the faithful outcome of a change that was applied.
                Clear(which);
                break;
        }
    }
}
