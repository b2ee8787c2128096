using System.Globalization;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;

namespace LyncExchange.Analyzer.Formats;

/// <summary>What a reader may use besides its input: where problems go, the dump's culture, bounds, and the dump set (for includes).</summary>
public sealed class ReaderContext(IInputDiagnosticSink diagnostics, CultureInfo sourceCulture, ReaderLimits limits, DumpSet? dumpSet = null)
{
    public IInputDiagnosticSink Diagnostics { get; } = diagnostics;

    public CultureInfo SourceCulture { get; } = sourceCulture;

    public ReaderLimits Limits { get; } = limits;

    /// <summary>The dump set the entry belongs to; includes may only resolve inside it.</summary>
    public DumpSet? DumpSet { get; } = dumpSet;

    public static ReaderContext ForTests(IInputDiagnosticSink diagnostics) =>
        new(diagnostics, CultureInfo.GetCultureInfo("en-US"), ReaderLimits.Default);
}
