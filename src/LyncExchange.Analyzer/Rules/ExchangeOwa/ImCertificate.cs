using LyncExchange.Analyzer.Deployment.Topology;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Rules.ExchangeOwa;

/// <summary>Finds the certificate a web.config thumbprint names.</summary>
internal static class ImCertificate
{
    public static ExchangeCertificate? Find(IEnumerable<ExchangeCertificate> certificates, string? thumbprint) =>
        certificates.FirstOrDefault(c => Thumbprint.AreEqual(c.Thumbprint, thumbprint));

    /// <summary>Every name a certificate answers to: the subject CN and the subject alternative names.</summary>
    public static IReadOnlyList<string> NamesOf(ExchangeCertificate certificate)
    {
        var names = new List<string>(certificate.CertificateDomains);
        if (certificate.Subject is { } subject)
        {
            foreach (var part in subject.Split(','))
            {
                var trimmed = part.Trim();
                if (trimmed.StartsWith("CN=", StringComparison.OrdinalIgnoreCase))
                {
                    names.Add(trimmed[3..]);
                }
            }
        }

        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
