using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.FormatList;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.FormatList;

/// <summary>The pwsh-rendered Format-List fixtures: 80-column wrapping, unwrapped wide output, the 5.1 UTF-16 shape.</summary>
public sealed class FormatListFixtureTests
{
    private static readonly FormatListReader Reader = new();

    public static TheoryData<string> Cmdlets => [.. FixtureFiles.Cmdlets()];

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Read_WrappedAt80Columns_RebuildsTheValuesOfTheUnwrappedFile(string cmdlet)
    {
        var (wrapped, wrappedDiagnostics) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("fl", cmdlet + ".txt"));
        var (wide, wideDiagnostics) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("fl-wide", cmdlet + ".txt"));

        Assert.Empty(wrappedDiagnostics);
        Assert.Empty(wideDiagnostics);
        Assert.Equal(wide.Count, wrapped.Count);
        for (var i = 0; i < wide.Count; i++)
        {
            Assert.Equal(wide[i].Properties.Select(p => p.Name), wrapped[i].Properties.Select(p => p.Name));
            foreach (var property in wrapped[i].Properties)
            {
                var full = wide[i].Find(property.Name)!.Value;
                if (property.Value.IsTruncated)
                {
                    // $FormatEnumerationLimit 4: the first items are the complete list's first items.
                    Assert.Equal("\u2026", property.Value.TruncationMark);
                    Assert.Equal(full.Items.Take(property.Value.Items.Length).Select(v => v.Text), property.Value.Items.Select(v => v.Text));
                    Assert.True(full.Items.Length > property.Value.Items.Length, $"{cmdlet}.{property.Name} is cut but the full list is not longer");
                    continue;
                }

                Assert.Equal(full.AsText(), property.Value.AsText());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Read_WindowsPowerShell51Shape_GivesTheSameValuesWithThreeDotMarks(string cmdlet)
    {
        var (utf8, _) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("fl", cmdlet + ".txt"));
        var (utf16, diagnostics) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("fl-utf16", cmdlet + ".txt"));

        Assert.Empty(diagnostics);
        Assert.Equal(utf8.Count, utf16.Count);
        for (var i = 0; i < utf8.Count; i++)
        {
            foreach (var property in utf8[i].Properties)
            {
                var other = utf16[i].Find(property.Name)!;
                Assert.Equal(property.Value.IsTruncated, other.Value.IsTruncated);
                Assert.Equal(property.Value.AsText()?.Replace("\u2026", "...", StringComparison.Ordinal), other.Value.AsText());
                Assert.Equal(property.NameLocation.Line, other.NameLocation.Line);
                if (other.Value.IsTruncated)
                {
                    Assert.Equal("...", other.Value.TruncationMark);
                }
            }
        }
    }

    [Fact]
    public void Read_MailboxWithSevenProxyAddresses_IsTruncatedAfterTheFourth()
    {
        var (objects, _) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("fl-utf16", "Get-Mailbox.txt"));

        var addresses = objects[0].Find("EmailAddresses")!.Value;
        Assert.Equal(DumpValueKind.Collection, addresses.Kind);
        Assert.True(addresses.IsTruncated);
        Assert.Equal("...", addresses.TruncationMark);
        Assert.Equal(4, addresses.Items.Length);
        Assert.Equal("SMTP:kmyer@contoso.com", addresses.Items[0].Text);
    }
}
