namespace LyncExchange.Analyzer.Tests.Infrastructure;

/// <summary>Minimal dumps that put Lync in evidence, so integration rules run (RULES.md decision 1).</summary>
public static class LyncEvidence
{
    public const string PoolFqdn = "pool01.contoso.com";

    public static string Pool() => FormatListText.Object(
        ("Identity", PoolFqdn),
        ("Services", "{Registrar:pool01.contoso.com, UserServer:pool01.contoso.com, WebServer:pool01.contoso.com}"),
        ("Computers", "{fe01.contoso.com}"),
        ("Fqdn", PoolFqdn),
        ("Site", "Site:Redmond"));

    public static DumpSetBuilder WithOnPremLync(this DumpSetBuilder builder) => builder.Add("Get-CsPool.txt", Pool());
}
