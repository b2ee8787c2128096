using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Tests.Infrastructure;

/// <summary>A healthy Exchange 2013 + Lync Server 2013 deployment, as records, that rule tests break one setting of.</summary>
public static class Contoso
{
    public const string Thumbprint = "EA5A332496CC05DA69B75B66111C0F78A110D22D";

    public static ModelBuilder LyncPool(this ModelBuilder b, string fqdn = "pool01.contoso.com") =>
        b.Add<CsPool>(("Identity", fqdn), ("Services", $"{{Registrar:{fqdn}, UserServer:{fqdn}, WebServer:{fqdn}}}"), ("Fqdn", fqdn), ("Site", "Site:Redmond"));

    public static ModelBuilder ExchangeServer(this ModelBuilder b, string name = "EX01", string roles = "Mailbox, ClientAccess") =>
        b.Add<LyncExchange.Analyzer.Model.Exchange.ExchangeServer>(("Name", name), ("Fqdn", name.ToLowerInvariant() + ".contoso.com"), ("ServerRole", roles), ("AdminDisplayVersion", "Version 15.0 (Build 1497.2)"), ("Identity", name));

    public static ModelBuilder OwaVdir(this ModelBuilder b, string server = "EX01", string enabled = "True", string type = "Ocs") =>
        b.Add<OwaVirtualDirectory>(("InstantMessagingEnabled", enabled), ("InstantMessagingType", type), ("Name", "owa (Default Web Site)"), ("Server", server), ("Identity", server + "\\owa (Default Web Site)"));

    public static ModelBuilder WebConfig(this ModelBuilder b, string server = "EX01", string? imServer = "pool01.contoso.com", string? thumbprint = Thumbprint) =>
        b.AddIn<OwaWebConfig>(server + "/web.config", ("Server", server), ("IMServerName", imServer), ("IMCertificateThumbprint", thumbprint));

    public static ModelBuilder Certificate(this ModelBuilder b, string server = "EX01", string thumbprint = Thumbprint, string domains = "{ex01.contoso.com, mail.contoso.com}", string notAfter = "2030-01-01T00:00:00Z", string hasPrivateKey = "True", string notBefore = "2020-01-01T00:00:00Z") =>
        b.AddIn<ExchangeCertificate>(server + "_Get-ExchangeCertificate.txt", ("Thumbprint", thumbprint), ("Subject", "CN=" + server.ToLowerInvariant() + ".contoso.com"), ("CertificateDomains", domains), ("HasPrivateKey", hasPrivateKey), ("NotAfter", notAfter), ("NotBefore", notBefore), ("Server", server));

    public static ModelBuilder TrustedPool(this ModelBuilder b, string fqdn = "ex01.contoso.com", string registrar = "pool01.contoso.com", string requiresReplication = "False") =>
        b.Add<CsTrustedApplicationPool>(("Identity", "TrustedApplicationPool:" + fqdn), ("Registrar", "Registrar:" + registrar), ("ThrottleAsServer", "True"), ("TreatAsAuthenticated", "True"), ("RequiresReplication", requiresReplication), ("PoolFqdn", fqdn));

    public static ModelBuilder TrustedApp(this ModelBuilder b, string pool = "ex01.contoso.com", string protocol = "Mtls") =>
        b.Add<CsTrustedApplication>(("Identity", pool + "/urn:application:outlookwebapp"), ("Protocol", protocol), ("ApplicationId", "urn:application:outlookwebapp"), ("TrustedApplicationPoolFqdn", pool), ("Port", "5199"));

    /// <summary>Everything OWA IM needs on one Exchange 2013 server, correctly configured.</summary>
    public static ModelBuilder HealthyOwaIm(this ModelBuilder b) =>
        b.LyncPool().ExchangeServer().OwaVdir().WebConfig().Certificate().TrustedPool().TrustedApp();
}
