using System.Collections;
using System.Reflection;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Analysis.Redaction;

/// <summary>
/// Teaches a <see cref="Redactor"/> the customer's identifiers before anything is written, walking every bound
/// record in dump order: shaped values (addresses, FQDNs, GUIDs…) through the patterns, and bare names
/// (<c>EX01</c>, the organisation in <c>CN=Contoso,CN=Microsoft Exchange</c>) from the properties that hold names.
/// Reflection over the records keeps this independent of which record types exist; it runs once per redacted run.
/// </summary>
public static class IdentifierHarvester
{
    /// <summary>Property names (or suffixes) whose values name a server, user, site, pool or organisation.</summary>
    private static readonly string[] NameProperties =
    [
        "Server", "ServerName", "Fqdn", "Computer", "Computers", "Identity", "Name", "DisplayName", "SamAccountName",
        "Alias", "Domain", "Pool", "PoolFqdn", "Registrar", "Site", "SiteId", "Owner", "Forest", "OrganizationName",
    ];

    public static void Harvest(Redactor redactor, DeploymentModel deployment)
    {
        // Shaped values first, so a server seen as ex01.contoso.com is host1 also where only "EX01" appears.
        foreach (var record in deployment.Records)
        {
            foreach (var property in PropertiesOf(record.GetType()))
            {
                foreach (var text in Texts(ValueOf(property, record)))
                {
                    redactor.Learn(text);
                }
            }
        }

        foreach (var record in deployment.Records)
        {
            foreach (var property in PropertiesOf(record.GetType()))
            {
                foreach (var text in Texts(ValueOf(property, record)))
                {
                    if (IsNameProperty(property.Name))
                    {
                        LearnNames(redactor, text);
                    }

                    if (property.Name.EndsWith("DistinguishedName", StringComparison.Ordinal) || text.Contains("DC=", StringComparison.OrdinalIgnoreCase))
                    {
                        LearnDistinguishedName(redactor, text);
                    }
                }
            }

            redactor.Learn(record.ObjectIdentity);
        }
    }

    private static object? ValueOf(PropertyInfo property, object record)
    {
        try
        {
            return property.GetValue(record);
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    private static IEnumerable<PropertyInfo> PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name is not "Source" and not "Locations" and not "EqualityContract" and not "ObjectIdentity")
            .OrderBy(p => p.HasMetadataToken() ? p.MetadataToken : 0); // NativeAOT has no tokens; its reflection keeps declaration order already

    private static IEnumerable<string> Texts(object? value)
    {
        switch (value)
        {
            case null:
                yield break;
            case string s:
                yield return s;
                break;
            case Uri uri:
                yield return uri.OriginalString;
                break;
            case Guid guid:
                yield return guid.ToString("D");
                break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    if (item is string or Uri or Guid)
                    {
                        foreach (var text in Texts(item))
                        {
                            yield return text;
                        }
                    }
                }

                break;
        }
    }

    private static bool IsNameProperty(string name) =>
        NameProperties.Any(n => name.Equals(n, StringComparison.Ordinal) || (name.EndsWith(n, StringComparison.Ordinal) && n.Length >= 4));

    private static void LearnNames(Redactor redactor, string text)
    {
        // EX01\owa (Default Web Site), contoso\kmyer: the part before the backslash is a server or NetBIOS domain.
        foreach (var part in text.Split(['\\', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Contains('.', StringComparison.Ordinal) || part.Contains('@', StringComparison.Ordinal) || part.Contains('=', StringComparison.Ordinal) || part.Contains(':', StringComparison.Ordinal))
            {
                continue;
            }

            redactor.LearnName(part);
        }
    }

    private static void LearnDistinguishedName(Redactor redactor, string dn)
    {
        var components = dn.Split(',', StringSplitOptions.TrimEntries);
        var domainLabels = new List<string>();
        for (var i = 0; i < components.Length; i++)
        {
            var equals = components[i].IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var type = components[i][..equals].Trim();
            var value = components[i][(equals + 1)..].Trim();
            if (type.Equals("DC", StringComparison.OrdinalIgnoreCase))
            {
                domainLabels.Add(value);
            }
            else if (type.Equals("CN", StringComparison.OrdinalIgnoreCase) && i + 1 < components.Length
                && components[i + 1].Equals("CN=Microsoft Exchange", StringComparison.OrdinalIgnoreCase))
            {
                // The Exchange organisation: CN=<org>,CN=Microsoft Exchange,CN=Services,CN=Configuration,…
                redactor.LearnName(value);
            }
        }

        if (domainLabels.Count >= 2)
        {
            redactor.LearnDomain(string.Join('.', domainLabels));
        }
    }
}
