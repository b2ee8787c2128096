namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>The iterator range of a BIND <c>$GENERATE start-stop[/step]</c>.</summary>
internal readonly record struct GenerateRange(long Start, long Stop, long Step)
{
    public long Count => ((Stop - Start) / Step) + 1;
}
