using LyncExchange.Analyzer.Formats.WebConfig;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.WebConfig;

public sealed class WebConfigReaderTests
{
    private static readonly WebConfigReader Reader = new();

    [Fact]
    public void Read_ImSettings_AreAppSettingsPropertiesWithValueLocations()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"IMCertificateThumbprint\" value=\"EA5A332496CC05DA69B75B66111C0F78A110D22D\"/>\n    <add key=\"IMServerName\" value=\"pool01.contoso.com\"/>\n  </appSettings>\n</configuration>\n";
        var (objects, diagnostics) = DumpText.Read(Reader, "EX01/ClientAccess/Owa/web.config", xml);

        Assert.Empty(diagnostics);
        var config = Assert.Single(objects);
        Assert.Equal([WebConfigReader.TypeName], config.TypeNames.ToArray());
        Assert.Equal("pool01.contoso.com", config.Find("IMServerName")!.Value.Text);
        var thumbprint = config.Find("IMCertificateThumbprint")!;
        Assert.Equal(new Text.DumpLocation("EX01/ClientAccess/Owa/web.config", 4, 47, 4, 87), thumbprint.Value.Location);
        Assert.Equal(4, thumbprint.NameLocation.Line);
    }

    [Fact]
    public void Read_DuplicateKey_LaterValueWinsAndTheDuplicateIsReported()
    {
        var xml = "<configuration><appSettings>\n<add key=\"IMServerName\" value=\"old.contoso.com\"/>\n<add key=\"IMServerName\" value=\"pool01.contoso.com\"/>\n<remove key=\"Gone\"/>\n</appSettings></configuration>";
        var (objects, diagnostics) = DumpText.Read(Reader, "web.config", xml);

        Assert.Equal("pool01.contoso.com", objects[0].Find("IMServerName")!.Value.Text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("first at line 2", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RealBackEndWebConfig_HasItsAppSettingsAndNoImKeys()
    {
        var shared = Repository.Shared;
        if (shared is null)
        {
            return;
        }

        var path = Path.Combine(shared, "realworld", "css-exchange", "E19", "Exchange", "IIS", "ExchangeBackEnd-OWA_web.config");
        var (objects, diagnostics) = FixtureFiles.Read(Reader, path);

        Assert.Empty(diagnostics);
        var config = Assert.Single(objects);
        Assert.Equal(4, config.Properties.Length);
        Assert.Null(config.Find("IMServerName"));
    }
}
