using System.Collections.Immutable;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Analysis;

/// <summary>The outcome of a run: the files read, the model built, and the findings sorted by (path, line, column, id).</summary>
public sealed record AnalysisResult(
    string Root,
    ImmutableArray<AnalyzedFile> Files,
    DeploymentModel Deployment,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when no file could be read at all: the CLI's exit code 2.</summary>
    public bool NothingReadable => Files.All(f => f.Format == Formats.DumpFormat.Unknown) || Files.IsEmpty;

    /// <summary>True when files were read but a reader bug stopped every one of them: the CLI's exit code 3.</summary>
    public bool EveryReaderFailed => Files.Any(f => f.ReaderFailed) && Files.All(f => f.ReaderFailed || f.Format == Formats.DumpFormat.Unknown);

    public bool HasAtLeast(DiagnosticSeverity severity) =>
        severity != DiagnosticSeverity.None && Diagnostics.Any(d => d.Severity >= severity);
}
