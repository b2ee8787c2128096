using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LyncExchange.Analyzer.Generators.DumpRecords;

/// <summary>
/// Emits, for every <c>[DumpRecord]</c> partial record, its binder and property locations, plus the
/// <c>DumpRecordRegistry</c> that maps cmdlet names, type names and property signatures to binders.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class DumpRecordGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var results = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.DumpRecordAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (ctx, ct) => Parser.Parse(ctx, ct))
            .WithTrackingName(StepNames.DumpRecordSpec);

        context.RegisterSourceOutput(results.Select(static (r, _) => r.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var specs = results.Where(static r => r.Spec is not null).Select(static (r, _) => r.Spec!);
        context.RegisterSourceOutput(specs, static (spc, spec) =>
            spc.AddSource($"{spec.TypeName}.Binder.g.cs", Emitter.EmitBinder(spec)));

        context.RegisterSourceOutput(specs.Collect(), static (spc, all) =>
            spc.AddSource("DumpRecordRegistry.g.cs", Emitter.EmitRegistry(all.OrderBy(s => s.TypeName, System.StringComparer.Ordinal).ToArray())));
    }
}
