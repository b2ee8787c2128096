namespace LyncExchange.Analyzer.Rules.Hybrid;

/// <summary>RULES.md §B.0 UserHome(u): where a Lync user is homed, from <c>HostingProvider</c> (Dn689115).</summary>
internal enum UserHome
{
    Unknown,
    OnPrem,
    Online,
}
