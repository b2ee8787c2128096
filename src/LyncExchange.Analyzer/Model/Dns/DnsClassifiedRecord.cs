namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>A record present at a discovery name, with where it points.</summary>
public sealed record DnsClassifiedRecord(ResourceRecord Record, DnsTargetClassification Classification)
{
    public DnsTargetEnvironment Environment => Classification.Environment;
}
