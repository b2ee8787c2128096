using System.Globalization;
using System.Text;
using CsCheck;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.Ldif;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Text;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Tests.Rules.Directory;

namespace LyncExchange.Analyzer.Tests.Deployment.Users;

/// <summary>
/// A person only LDIF describes keeps no merged values: each is derived from the entry when asked. Held here to the
/// reference, the same person with every value merged up front, value by value, source, attribute and location.
/// </summary>
public sealed class DeploymentUserOnDemandTests
{
    private static readonly string[] OddSips = ["sip:{0}@contoso.com", "SIP:{0}@contoso.com", "sip:{0}@Contoso.COM", "{0}@contoso.com", "sip:sip:{0}@contoso.com", "sip:{0} @contoso.com", "sip:{0}@contoso.com.", "sip:{0}@fabrikam.com"];

    private static readonly string[] OddProxies = ["SIP:{0}@contoso.com", "sip:{0}@contoso.com", "sip:{0}@fabrikam.com", "sip:{0}", "SMTP:{0}@contoso.com", "smtp:{0}@fabrikam.com", "SMTP:{0}", "x500:/o=Contoso/cn={0}", "X400:c=US;a= ;p=Contoso;o=Exchange;s={0}", "eum:1234;phone-context=dp.contoso.com"];

    public static TheoryData<string> LdifFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Repository.Fixtures, "*.ldf", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repository.Fixtures, path));
        }

        return data;
    }

    public static TheoryData<string> ScenarioFolders()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateDirectories(Repository.Fixture("scenarios")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LdifFixtures))]
    public void LdifFixture_ValuesDerivedOnDemand_EqualTheMergedOnes(string fixture)
    {
        var deployment = Read(File.ReadAllBytes(Path.Combine(Repository.Fixtures, fixture)));

        var users = UsersIndex.Of(deployment).Users;

        Assert.All(users, u => Assert.True(u.DerivesOnDemand));
        AssertSameAsMerged(deployment, users);
    }

    [Theory]
    [MemberData(nameof(ScenarioFolders))]
    public void ScenarioWithCmdletDumps_LdifOnlyPeopleDerivedOnDemand_EqualTheMergedOnes(string scenario)
    {
        var result = AnalysisEngine.Run(new AnalysisOptions { Paths = [Repository.Fixture("scenarios", scenario)] });

        var users = UsersIndex.Of(result.Deployment).Users;

        Assert.All(users, u => Assert.Equal(u.LyncUser is null && u.Mailboxes.IsEmpty, u.DerivesOnDemand));
        AssertSameAsMerged(result.Deployment, users);
    }

    [Fact]
    public void GeneratedUsers_ValuesDerivedOnDemand_EqualTheMergedOnes() =>
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var deployment = Read(Encoding.UTF8.GetBytes(GeneratedExport(seed)));
            AssertSameAsMerged(deployment, UsersIndex.Of(deployment).Users);
        }, iter: 300);

    private static void AssertSameAsMerged(DeploymentModel deployment, IEnumerable<DeploymentUser> users)
    {
        foreach (var user in users)
        {
            var merged = user.MergedUpFront(deployment);
            Assert.False(merged.DerivesOnDemand);
            Assert.Equal(Describe(merged), Describe(user));
            Assert.Equal(user.SipUri.HasValue, user.HasSipUri);
            Assert.Equal(user.LyncEnabled.Values.Any(v => v.Value), user.IsLyncEnabled);
            if (user.Directory is { } directory && user.ProxyAddressLists.FirstOrDefault(l => l.Source == UserSource.Directory) is { } ldif)
            {
                // Decoded on first use from the entry's compact locations: the same lines as decoding them all up front.
                Assert.Equal(directory.Locations.All(DirectoryAttribute.ProxyAddresses).ToArray(), ldif.Locations.ToArray());
            }

            Assert.Equal(user.ProxyAddresses is { } list && !list.SipProxies.IsEmpty, user.ProxyAddresses?.HasSipProxy ?? false);
        }
    }

    private static DeploymentModel Read(byte[] bytes)
    {
        var bag = new InputDiagnosticBag();
        using var stream = new MemoryStream(bytes);
        var objects = new LdifRecordReader().ReadObjects(stream, "users.ldf", ReaderContext.ForTests(bag));
        return new DeploymentModel(objects.Cast<IDumpRecord>(), []);
    }

    /// <summary>Five users, each a healthy one with attributes dropped, replaced by odd values or added (seeded, so a failure reproduces).</summary>
    private static string GeneratedExport(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var n = 0; n < 5; n++)
        {
            var alias = random.Next(3) == 0 ? "Same" : "u" + n.ToString(CultureInfo.InvariantCulture);
            text.Append(DirectoryDumps.User(alias, attributes =>
            {
                attributes.RemoveAll(_ => random.Next(4) == 0);
                for (var i = random.Next(3); i > 0; i--)
                {
                    attributes.Add(("proxyAddresses", string.Format(CultureInfo.InvariantCulture, OddProxies[random.Next(OddProxies.Length)], alias)));
                }

                if (random.Next(3) == 0)
                {
                    attributes.RemoveAll(a => a.Name == "msRTCSIP-PrimaryUserAddress");
                    attributes.Add(("msRTCSIP-PrimaryUserAddress", string.Format(CultureInfo.InvariantCulture, OddSips[random.Next(OddSips.Length)], alias)));
                }

                if (random.Next(4) == 0)
                {
                    attributes.Add(("msRTCSIP-UserEnabled", random.Next(2) == 0 ? "FALSE" : "maybe"));
                }

                if (random.Next(4) == 0)
                {
                    attributes.Add(("msRTCSIP-DeploymentLocator", random.Next(2) == 0 ? "sipfed.online.lync.com" : " SRV: "));
                }

                if (random.Next(4) == 0)
                {
                    attributes.Add(("targetAddress", "SMTP:" + alias + "@contoso.mail.onmicrosoft.com"));
                }

                if (random.Next(5) == 0)
                {
                    attributes.Add(("proxyAddresses;range=0-1", "SMTP:" + alias + "@contoso.com"));
                }
            }, objectClass: random.Next(6) == 0 ? "inetOrgPerson" : "user"));
        }

        return text.ToString();
    }

    /// <summary>Every value a rule or report can read, with its sources and full locations.</summary>
    private static string Describe(DeploymentUser user)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{user.DistinguishedName?.Text} | {user.Name} | {user.ObjectIdentity} | {Show(user.Location)} | enabled={user.IsLyncEnabled} | home={user.Home} | mailbox={user.EffectiveMailboxLocation} | inconclusive={user.ProxyAddressesInconclusive}");
        text.AppendLine(CultureInfo.InvariantCulture, $"records: {string.Join(", ", user.Records.Select(r => r.ObjectIdentity))}; lync={user.LyncUser is not null}; mailboxes={user.Mailboxes.Length}; mailbox={user.Mailbox is not null}");
        Value(text, "sip", user.SipUri);
        Value(text, "primary smtp", user.PrimarySmtp);
        Value(text, "mail", user.Mail);
        Value(text, "upn", user.UserPrincipalName);
        Value(text, "enabled", user.LyncEnabled);
        Value(text, "locator", user.DeploymentLocator);
        Value(text, "registrar", user.RegistrarPool);
        Value(text, "photo", user.ThumbnailPhotoSize);
        Value(text, "ucs", user.UserServicesPolicy);
        Value(text, "eap", user.ExternalAccessPolicy);
        Value(text, "mailbox location", user.MailboxLocation);
        foreach (var sip in user.SipAddressTexts)
        {
            text.AppendLine("sip text: " + Show(sip));
        }

        foreach (var list in user.ProxyAddressLists)
        {
            text.AppendLine("list: " + Show(list));
        }

        text.AppendLine("judged: " + (user.ProxyAddresses is { } judged ? Show(judged) : "(none)"));
        foreach (var conflict in user.Conflicts)
        {
            text.AppendLine("conflict: " + conflict);
        }

        return text.ToString();
    }

    private static void Value<T>(StringBuilder text, string name, UserValue<T> value)
        where T : notnull =>
        text.AppendLine(CultureInfo.InvariantCulture, $"{name}: {string.Join(" ; ", value.Values.Select(Show))} | effective={(value.Effective is { } e ? Show(e) : "-")} | conflicting={(value.Conflicting is { } c ? Show(c) : "-")} | has={value.HasValue}");

    private static string Show<T>(SourcedValue<T> value)
        where T : notnull =>
        $"{value.Value} ({value.Source}, {value.Record.ObjectIdentity}, {value.Attribute}, {Show(value.Location)}, {value.Describe()})";

    private static string Show(ProxyAddressList list) =>
        $"{list.Source} {list.Record.ObjectIdentity} {list.Attribute} truncated={list.IsTruncated} at {Show(list.Location)} {list.Describe()}: "
        + string.Join(", ", list.Addresses.Select((a, i) => a.Text + "@" + Show(list.Locations[i])))
        + $" | sips: {string.Join(", ", list.SipProxies.Select(s => s.Address.Text + "@" + Show(s.Location)))}"
        + $" | primary sip: {(list.PrimarySip is { } sip ? sip.Address.Text + "@" + Show(sip.Location) : "-")}"
        + $" | primary smtp: {(list.PrimarySmtp is { } smtp ? smtp.Address.Text + "@" + Show(smtp.Location) : "-")}";

    private static string Show(DumpLocation location) =>
        string.Create(CultureInfo.InvariantCulture, $"{location.Path}({location.Line},{location.Column})-({location.EndLine},{location.EndColumn})");
}
