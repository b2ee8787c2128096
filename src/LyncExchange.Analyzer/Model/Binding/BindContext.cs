using System.Globalization;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;

namespace LyncExchange.Analyzer.Model.Binding;

/// <summary>What a generated binder needs besides the object: the dump's culture and where conversion failures go.</summary>
public sealed class BindContext(CultureInfo sourceCulture, IInputDiagnosticSink diagnostics)
{
    /// <summary>Exchange remoting adds these to every object; they are never unknown properties.</summary>
    private static readonly HashSet<string> RemotingNoise = new(StringComparer.OrdinalIgnoreCase)
    {
        "RunspaceId", "PSComputerName", "PSShowComputerName", "PSSourceJobInstanceId", "ObjectState", "OriginatingServer", "IsValid",
    };

    public CultureInfo SourceCulture { get; } = sourceCulture;

    public IInputDiagnosticSink Diagnostics { get; } = diagnostics;

    /// <summary>Report properties the record's schema does not know (LXA0902). Off by default: Format-List * prints many.</summary>
    public bool ReportUnknownProperties { get; init; }

    public static BindContext Invariant(IInputDiagnosticSink diagnostics) => new(CultureInfo.GetCultureInfo("en-US"), diagnostics);

    public void ReportConversionFailure(DumpProperty property, string recordName, string expected, string? detail = null)
    {
        var text = property.Value.AsText();
        var message = $"'{recordName}' property '{property.Name}' has value '{Shorten(text)}', which is not {expected}"
            + (detail is null ? string.Empty : $" ({detail})");
        Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, property.ValueLocation, message));
    }

    public void OnUnmatchedProperty(DumpProperty property, DumpRecordInfo info)
    {
        if (!ReportUnknownProperties || RemotingNoise.Contains(property.Name) || info.IsKnownProperty(property.Name))
        {
            return;
        }

        Diagnostics.Report(new InputDiagnostic(
            InputDiagnosticIds.UnknownProperty,
            property.NameLocation,
            $"'{info.CmdletNames.FirstOrDefault() ?? info.RecordName}' object: unknown property '{property.Name}'."));
    }

    private static string Shorten(string? text) =>
        text is null ? string.Empty : text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
