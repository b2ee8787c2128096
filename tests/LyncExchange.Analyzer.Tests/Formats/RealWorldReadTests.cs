using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.Transcript;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats;

/// <summary>
/// Every real export in ../shared/realworld/ that is PowerShell output or an OWA web.config is read without a parse
/// error, with the number of top-level objects it holds. Skips (passes without asserting) when shared/ is absent.
/// </summary>
public sealed class RealWorldReadTests
{
    public static TheoryData<string, int> Files => new()
    {
        { "clixml/microsoft__CSS-Exchange/ExSetup.xml", 1 },
        { "clixml/microsoft__CSS-Exchange/GetAcceptedDomain.xml", 3 },
        { "clixml/microsoft__CSS-Exchange/GetAuthConfig.xml", 1 },
        { "clixml/microsoft__CSS-Exchange/GetExchangeCertificate.xml", 3 },
        { "clixml/microsoft__CSS-Exchange/GetExchangeProtocolContainer.xml", 1 },
        { "clixml/microsoft__CSS-Exchange/GetExchangeServer.xml", 1 },
        { "clixml/microsoft__CSS-Exchange/GetMailboxServer.xml", 1 },
        { "clixml/microsoft__CSS-Exchange/GetOrganizationConfig.xml", 1 },
        { "clixml/microsoft__CSS-Exchange/GetOwaVirtualDirectory.xml", 1 },
        { "clixml/microsoft__CSS-Exchange/GetWebServicesVirtualDirectory.xml", 1 },
        { "clixml/onpremdiag__SfBServer/DNSNameDoesNotExist.xml", 1 },
        { "clixml/onpremdiag__SfBServer/RemoteSession.xml", 1 },
        { "css-exchange/E16/Exchange/GetAuthConfig.xml", 1 },
        { "css-exchange/E16/Exchange/GetExchangeCertificate.xml", 3 },
        { "css-exchange/E16/Exchange/GetExchangeServer.xml", 1 },
        { "css-exchange/E16/Exchange/GetOwaVirtualDirectory.xml", 1 },
        { "css-exchange/E16/Exchange/IIS/DefaultWebSite-OWA_web.config", 1 },
        { "css-exchange/E16/Exchange/IIS/ExchangeBackEnd-OWA_web.config", 1 },
        { "css-exchange/E19/Exchange/GetAuthConfig.xml", 1 },
        { "css-exchange/E19/Exchange/GetExchangeCertificate.xml", 3 },
        { "css-exchange/E19/Exchange/GetExchangeServer.xml", 1 },
        { "css-exchange/E19/Exchange/GetOwaVirtualDirectory.xml", 1 },
        { "css-exchange/E19/Exchange/GetOwaVirtualDirectory1.xml", 1 },
        { "css-exchange/E19/Exchange/GetOwaVirtualDirectory2.xml", 1 },
        { "css-exchange/E19/Exchange/GetPartnerApplication.xml", 5 },
        { "css-exchange/E19/Exchange/IIS/DefaultWebSite-OWA_web.config", 1 },
        { "css-exchange/E19/Exchange/IIS/ExchangeBackEnd-OWA_web.config", 1 },
        { "css-exchange/authcert/GetAuthConfigNoNextCert.xml", 1 },
        { "css-exchange/certs/GetExchangeCertificate.xml", 4 },
        { "css-exchange/certs/GetExchangeCertificateBroken.xml", 5 },
        { "css-exchange/certs/GetExchangeCertificateIncomplete.xml", 2 },
        { "css-exchange/certs/GetExchangeCertificateMultipleMatches.xml", 5 },
        { "css-exchange/certs/GetExchangeCertificateWithoutAuth.xml", 3 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_RealExport_HasNoParseErrorAndTheExpectedObjectCount(string relative, int objects)
    {
        if (Repository.Shared is not { } shared)
        {
            return;
        }

        var path = Path.Combine(shared, "realworld", relative);
        var entry = DumpEntry.FromBytes(relative, File.ReadAllBytes(path));
        var detection = FormatDetector.Detect(entry);
        var reader = ReaderRegistry.For(detection.Format);
        Assert.NotNull(reader);

        var (read, diagnostics) = FixtureFiles.Read(reader, path);

        Assert.DoesNotContain(diagnostics, d => d.Id is "LXA0904" or "LXA0903");
        Assert.Equal(objects, read.Count);
        Assert.All(read, o => Assert.False(o.Location.IsNone));
    }

    [Fact]
    public void Read_RealOwaVirtualDirectory_KeepsTheImPropertiesAndSkipsSerializationData()
    {
        if (Repository.Shared is not { } shared)
        {
            return;
        }

        var (objects, _) = FixtureFiles.Read(ReaderRegistry.For(DumpFormat.Clixml)!, Path.Combine(shared, "realworld", "clixml", "microsoft__CSS-Exchange", "GetOwaVirtualDirectory.xml"));

        var vdir = Assert.Single(objects);
        Assert.Equal("None", vdir.Find("InstantMessagingType")!.Value.Text);
        Assert.Equal("true", vdir.Find("InstantMessagingEnabled")!.Value.Text);
        Assert.Null(vdir.Find("SerializationData"));
        Assert.NotNull(vdir.Find("RunspaceId"));
    }

    [Fact]
    public void Read_RealSerializedErrorRecord_IsACollectionFailure()
    {
        if (Repository.Shared is not { } shared)
        {
            return;
        }

        var (objects, _) = FixtureFiles.Read(ReaderRegistry.For(DumpFormat.Clixml)!, Path.Combine(shared, "realworld", "clixml", "onpremdiag__SfBServer", "DNSNameDoesNotExist.xml"));

        Assert.True(CollectionSignal.IsErrorRecord(Assert.Single(objects)));
    }

    [Fact]
    public void Detect_ScriptLog_IsNotRecognisedRatherThanMisread()
    {
        if (Repository.Shared is not { } shared)
        {
            return;
        }

        var relative = "pstext/microsoft__CSS-Exchange/MDOThreatPolicyChecker-Results-20240510035927.txt";
        var entry = DumpEntry.FromBytes(relative, File.ReadAllBytes(Path.Combine(shared, "realworld", relative)));

        Assert.Equal(DumpFormat.Unknown, FormatDetector.Detect(entry).Format);
    }
}
