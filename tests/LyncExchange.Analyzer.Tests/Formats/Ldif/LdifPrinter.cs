using System.Globalization;
using System.Text;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Formats.Ldif;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Tests.Formats.Ldif;

/// <summary>Prints reader output one attribute per line with its span, so location regressions show in snapshots.</summary>
internal static class LdifPrinter
{
    public static string Span(DumpLocation l) =>
        l.IsNone ? "@none" : string.Create(CultureInfo.InvariantCulture, $"@L{l.Line}:C{l.Column}-L{l.EndLine}:C{l.EndColumn}");

    public static string Print(IEnumerable<LdifRecord> records, IEnumerable<InputDiagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var record in records)
        {
            builder.Append("record ").Append(record.ChangeType).Append(' ').Append(Span(record.Location)).Append('\n');
            builder.Append("  dn: ").Append(record.Dn).Append('\n');
            foreach (var attribute in record.Attributes)
            {
                Attribute(builder, "  ", attribute);
            }

            foreach (var modification in record.Modifications)
            {
                builder.Append("  ").Append(modification.Kind).Append(' ').Append(modification.Attribute).Append(' ').Append(Span(modification.Location)).Append('\n');
                foreach (var value in modification.Values)
                {
                    Attribute(builder, "    ", value);
                }
            }

            if (record.NewRdn is not null)
            {
                builder.Append("  newrdn: ").Append(record.NewRdn).Append(" deleteoldrdn: ").Append(record.DeleteOldRdn).Append(" newsuperior: ").Append(record.NewSuperior).Append('\n');
            }
        }

        Diagnostics(builder, diagnostics);
        return builder.ToString();
    }

    public static string Print(IEnumerable<DirectoryObject> objects, IEnumerable<InputDiagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var o in objects)
        {
            builder.Append(o.ObjectIdentity).Append(' ').Append(Span(o.Source.Location)).Append('\n');
            Line(builder, "Kind", o.Kind);
            Line(builder, "ObjectClass", o.ObjectClass.Count == 0 ? null : string.Join(", ", o.ObjectClass));
            Line(builder, "Mail", o.Mail);
            Line(builder, "UserPrincipalName", o.UserPrincipalName);
            Line(builder, "SamAccountName", o.SamAccountName);
            Line(builder, "DisplayName", o.DisplayName);
            foreach (var proxy in o.ProxyAddresses)
            {
                Line(builder, "ProxyAddress", $"{proxy.Text} type={proxy.Type} primary={proxy.IsPrimary}" + (proxy.Sip is { } sip ? " sip=" + sip.Normalized : string.Empty) + (proxy.Problem is { } p ? " problem=" + p : string.Empty));
            }

            Line(builder, "PrimaryUserAddress", o.PrimaryUserAddress?.Normalized);
            Line(builder, "LyncEnabled", o.LyncEnabled);
            Line(builder, "PrimaryHomeServer", o.PrimaryHomeServer?.Text);
            Line(builder, "DeploymentLocator", o.DeploymentLocator);
            Line(builder, "Home", o.Home);
            Line(builder, "RecipientTypeDetails", o.RecipientTypeDetails);
            Line(builder, "RemoteRecipientType", o.RemoteRecipientType);
            Line(builder, "HomeMdb", o.HomeMdb?.Text);
            Line(builder, "ExchangeHomeServerName", o.ExchangeHomeServerName);
            Line(builder, "TargetAddress", o.TargetAddress?.Text);
            Line(builder, "ExchangeVersion", o.ExchangeVersion);
            Line(builder, "MailboxLocation", o.MailboxLocation);
            Line(builder, "ThumbnailPhotoSize", o.ThumbnailPhotoSize);
            Line(builder, "ObjectGuid", o.ObjectGuid);
            Line(builder, "ObjectSid", o.ObjectSid);
            Line(builder, "ExchangeMailboxGuid", o.ExchangeMailboxGuid);
            Line(builder, "UserAccountControl", o.UserAccountControl);
            Line(builder, "LyncOptionFlags", o.LyncOptionFlags);
            foreach (var truncated in o.Source.Truncated)
            {
                Line(builder, "Truncated", $"{truncated.Property} {truncated.Tail} {Span(truncated.Location)}");
            }

            foreach (var (attribute, location) in o.Locations.Entries())
            {
                builder.Append("  @ ").Append(DirectoryAttributeNames.NameOf(attribute)).Append(' ').Append(Span(location)).Append('\n');
            }
        }

        Diagnostics(builder, diagnostics);
        return builder.ToString();
    }

    private static void Line(StringBuilder builder, string name, object? value)
    {
        if (value is null)
        {
            return;
        }

        builder.Append("  ").Append(name).Append(" = ").Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
    }

    private static void Attribute(StringBuilder builder, string indent, LdifAttribute attribute)
    {
        builder.Append(indent).Append(attribute.Description).Append(attribute.Value.WasBase64 ? ":: " : ": ");
        switch (attribute.Value.Kind)
        {
            case LdifValueKind.Binary:
                var bytes = attribute.Value.Bytes!;
                builder.Append('<').Append(bytes.Length.ToString(CultureInfo.InvariantCulture)).Append(" bytes ")
                    .Append(Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 8)))).Append(bytes.Length > 8 ? "…>" : ">");
                break;
            case LdifValueKind.Url:
                builder.Append("url <").Append(attribute.Value.Text).Append('>');
                break;
            default:
                builder.Append('"').Append(attribute.Value.Text).Append('"');
                break;
        }

        builder.Append(' ').Append(Span(attribute.Location)).Append(" value").Append(Span(attribute.ValueLocation)).Append('\n');
    }

    private static void Diagnostics(StringBuilder builder, IEnumerable<InputDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            builder.Append(diagnostic.Id).Append(' ').Append(Span(diagnostic.Location)).Append(' ').Append(diagnostic.Message).Append('\n');
        }
    }
}
