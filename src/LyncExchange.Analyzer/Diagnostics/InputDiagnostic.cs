using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Diagnostics;

/// <summary>
/// A problem a reader or binder found in the input (the LXA09xx family). Readers know only the ID and the
/// text; the engine attaches the catalog's descriptor and the configured severity, so readers never depend on rules.
/// </summary>
public sealed record InputDiagnostic(string Id, DumpLocation Location, string Message, string? LogicalLocation = null);
