namespace LyncExchange.Analyzer.Analysis;

/// <summary>How far a run is: the file about to be read (empty when done) and bytes read of the dump set's total.</summary>
public readonly record struct AnalysisProgress(string CurrentFile, long BytesRead, long TotalBytes);
