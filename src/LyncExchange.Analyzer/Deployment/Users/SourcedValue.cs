using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Deployment.Users;

/// <summary>One value of a merged user as one dump shows it: the value, the record and attribute it came from, and where.</summary>
public sealed record SourcedValue<T>(T Value, UserSource Source, IDumpRecord Record, string Attribute, DumpLocation Location)
    where T : notnull
{
    /// <summary>Words for messages: <c>LDIF msRTCSIP-PrimaryUserAddress</c>, <c>Get-CsUser SipAddress</c>.</summary>
    public string Describe() => Source switch
    {
        UserSource.Directory => "LDIF " + Attribute,
        _ => (Record.Source.Cmdlet ?? Source.ToString()) + " " + Attribute,
    };
}
