using System.Globalization;
using LyncExchange.Analyzer.Formats.Shared;
using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>
/// A SIP address <c>sip:user@host</c> (RFC 3261). Equality follows RULES.md §B.0 SipUri: the scheme and the host
/// compare case-insensitively, the user part ordinally (RFC 3261 §19.1.4: userinfo is case-sensitive).
/// </summary>
public sealed class SipUri : IEquatable<SipUri>, IDumpValue<SipUri>
{
    internal SipUri(string scheme, string user, string host, int? port, string parameters, bool hasScheme)
    {
        Scheme = scheme;
        User = user;
        Host = host;
        Port = port;
        Parameters = parameters;
        HadScheme = hasScheme;
    }

    /// <summary><c>sip</c> or <c>sips</c>, lower-cased.</summary>
    public string Scheme { get; }

    /// <summary>The user part as written (compared ordinally).</summary>
    public string User { get; }

    /// <summary>The host as written (compared case-insensitively); the SIP domain of a user address.</summary>
    public string Host { get; }

    public int? Port { get; }

    /// <summary><c>;name=value</c> parameters and <c>?headers</c>, as written; not part of equality.</summary>
    public string Parameters { get; }

    /// <summary>False when parsed from a proxy address (<c>SIP:user@host</c>), whose prefix is the proxy type.</summary>
    public bool HadScheme { get; }

    /// <summary><c>sip:user@host</c> with the host lower-cased: the form indexes and messages use.</summary>
    public string Normalized => $"{Scheme}:{User}@{Host.ToLowerInvariant()}" + (Port is { } port ? ":" + port.ToString(CultureInfo.InvariantCulture) : string.Empty);

    /// <summary><c>user@host</c>, as <c>Set-Mailbox -EmailAddresses sip:…</c> and UPN comparisons need it.</summary>
    public string UserAtHost => $"{User}@{Host}";

    public static bool TryParse(string text, CultureInfo culture, out SipUri value, out string? error)
    {
        var ok = TryParse(text, out var uri, out error);
        value = uri!;
        return ok;
    }

    /// <summary>A SIP URI with its <c>sip:</c> scheme (<c>msRTCSIP-PrimaryUserAddress</c>, <c>Get-CsUser SipAddress</c>).</summary>
    public static bool TryParse(string text, out SipUri? value, out string? error)
    {
        value = DirectorySyntaxFastPath.TryParseSimpleSip(text, withScheme: true);
        error = null;
        return value is not null || SipUriGrammar.TryParseUri(text, out value, out error);
    }

    /// <summary>A SIP address without a scheme (<c>user@host</c> after a <c>SIP:</c> proxy prefix).</summary>
    public static bool TryParseAddress(string text, out SipUri? value, out string? error)
    {
        value = DirectorySyntaxFastPath.TryParseSimpleSip(text, withScheme: false);
        error = null;
        return value is not null || SipUriGrammar.TryParseAddress(text, out value, out error);
    }

    internal SipUri WithScheme(string scheme) => new(scheme, User, Host, Port, Parameters, hasScheme: true);

    public bool Equals(SipUri? other) =>
        other is not null
        && string.Equals(Scheme, other.Scheme, StringComparison.Ordinal)
        && string.Equals(User, other.User, StringComparison.Ordinal)
        && string.Equals(Host, other.Host, StringComparison.OrdinalIgnoreCase)
        && Port == other.Port;

    public override bool Equals(object? obj) => obj is SipUri other && Equals(other);

    public override int GetHashCode() =>
        HashCode.Combine(Scheme, User, StringComparer.OrdinalIgnoreCase.GetHashCode(Host), Port);

    public static bool operator ==(SipUri? left, SipUri? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(SipUri? left, SipUri? right) => !(left == right);

    /// <summary>Same user and host ignoring the user part's case too: RULES.md decision 2's "case-only mismatch".</summary>
    public bool EqualsIgnoringUserCase(SipUri other) =>
        string.Equals(User, other.User, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Host, other.Host, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Normalized + Parameters;
}
