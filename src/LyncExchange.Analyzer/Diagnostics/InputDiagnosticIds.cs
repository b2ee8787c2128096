namespace LyncExchange.Analyzer.Diagnostics;

/// <summary>The input-quality IDs of RULES.md that readers and binders raise directly.</summary>
public static class InputDiagnosticIds
{
    public const string Truncated = "LXA0901";
    public const string UnknownProperty = "LXA0902";
    public const string Encoding = "LXA0903";
    public const string ParseError = "LXA0904";
    public const string EvidenceMissing = "LXA0905";
    public const string EvidenceConflict = "LXA0906";
    public const string NotRecognised = "LXA0907";
}
