using System.Security.Cryptography.X509Certificates;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Analysis;

/// <summary>
/// Facts a record cannot know from its own object: which server a per-server file came from (folder or file-name
/// prefix, matched against the servers the dumps name), which OWA a web.config belongs to, and for certificates that
/// CliXml reduced to <c>RawData</c>, the thumbprint, names and validity read from the DER bytes themselves.
/// </summary>
internal static class RecordCompletion
{
    public static List<IDumpRecord> Complete(List<IDumpRecord> records, IInputDiagnosticSink diagnostics)
    {
        // Only three record types are ever completed; a zone file of millions of records has none of them, so find
        // the first one before building the server list or copying anything.
        var first = records.FindIndex(r => r is OwaWebConfig or OwaImRegistry or ExchangeCertificate);
        if (first < 0)
        {
            return records;
        }

        var servers = records.OfType<ExchangeServer>().SelectMany(s => new[] { s.Name, s.Fqdn })
            .Concat(records.OfType<OwaVirtualDirectory>().Select(v => v.ServerShortName))
            .Concat(records.OfType<CsPool>().SelectMany(p => p.Computers))
            .OfType<string>()
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        var completed = new List<IDumpRecord>(records);
        for (var i = first; i < completed.Count; i++)
        {
            var record = completed[i];
            completed[i] = record switch
            {
                OwaWebConfig w => w with { Server = w.Server ?? ServerOf(w.Source.Path, servers), Role = w.Role ?? RoleOf(w.Source.Path) },
                OwaImRegistry r => r with { Server = r.Server ?? ServerOf(r.Source.Path, servers) },
                ExchangeCertificate c => FromRawData(c with { Server = c.Server ?? ServerOf(c.Source.Path, servers) }, diagnostics),
                _ => record,
            };
        }

        return completed;
    }

    private static string? ServerOf(string path, List<string> servers) => CmdletResolver.ServerFromPath(path, servers)?.Server;

    /// <summary>The back end (<c>ClientAccess\Owa</c>, "Exchange Back End") carries the IM keys; the front end (<c>FrontEnd\HttpProxy\owa</c>, "Default Web Site") does not.</summary>
    private static string? RoleOf(string path)
    {
        var flat = path.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (flat.Contains("BackEnd", StringComparison.OrdinalIgnoreCase) || flat.Contains("ClientAccess", StringComparison.OrdinalIgnoreCase))
        {
            return "BackEnd";
        }

        return flat.Contains("DefaultWebSite", StringComparison.OrdinalIgnoreCase) || flat.Contains("FrontEnd", StringComparison.OrdinalIgnoreCase) || flat.Contains("HttpProxy", StringComparison.OrdinalIgnoreCase)
            ? "FrontEnd"
            : null;
    }

    private static ExchangeCertificate FromRawData(ExchangeCertificate certificate, IInputDiagnosticSink diagnostics)
    {
        if (certificate.Thumbprint is not null || string.IsNullOrWhiteSpace(certificate.RawData))
        {
            return certificate;
        }

        try
        {
            // Only the public certificate: no private key is ever needed or looked for.
            using var x509 = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(certificate.RawData));
            var names = new List<string>();
            foreach (var extension in x509.Extensions)
            {
                if (extension is X509SubjectAlternativeNameExtension san)
                {
                    names.AddRange(san.EnumerateDnsNames());
                }
            }

            var location = certificate.Locations.RawData;
            return certificate with
            {
                Thumbprint = x509.Thumbprint,
                Subject = x509.Subject,
                Issuer = x509.Issuer,
                NotAfter = x509.NotAfter.ToUniversalTime(),
                NotBefore = x509.NotBefore.ToUniversalTime(),
                IsSelfSigned = x509.SubjectName.RawData.AsSpan().SequenceEqual(x509.IssuerName.RawData),
                PublicKeySize = x509.PublicKey.GetRSAPublicKey()?.KeySize ?? x509.PublicKey.GetECDsaPublicKey()?.KeySize,
                CertificateDomains = certificate.CertificateDomains.IsEmpty ? new ValueList<string>([.. names]) : certificate.CertificateDomains,
                Locations = certificate.Locations with { Thumbprint = location, Subject = location, NotAfter = location, NotBefore = location, CertificateDomains = location },
            };
        }
        catch (Exception ex) when (ex is FormatException or System.Security.Cryptography.CryptographicException)
        {
            diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, certificate.Locations.RawData.IsNone ? certificate.Source.Location : certificate.Locations.RawData, $"certificate RawData is not a readable X.509 certificate ({ex.Message})"));
            return certificate;
        }
    }
}
