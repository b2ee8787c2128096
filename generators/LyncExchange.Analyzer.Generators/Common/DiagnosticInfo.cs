using Microsoft.CodeAnalysis;

namespace LyncExchange.Analyzer.Generators.Common;

/// <summary>A generator diagnostic held as data, reported from its own output step so source is not regenerated when only positions move.</summary>
public sealed record DiagnosticInfo(string DescriptorId, LocationInfo? Location, ImmutableEquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        var descriptor = GeneratorDiagnostics.ById(DescriptorId);
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, Location?.ToLocation(), args);
    }

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments) =>
        new(descriptor.Id, LocationInfo.From(location), arguments.ToEquatableArray());
}
