using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Diagnostics;

/// <summary>Evidence in another place (often another file) that a finding rests on.</summary>
public sealed record RelatedLocation(DumpLocation Location, string Message);
