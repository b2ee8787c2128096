using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LyncExchange.Analyzer.Generators.Catalogs;

/// <summary>
/// Emits each <c>[Rule]</c> class's descriptor, the <c>DiagnosticIds</c> constants and <c>RuleCatalog</c>
/// sorted by ID, so no reflection scanning happens at start-up.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class CatalogGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var results = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.RuleAttribute,
                static (node, _) => node is ClassDeclarationSyntax,
                static (ctx, ct) => Parser.Parse(ctx, ct))
            .WithTrackingName(StepNames.RuleSpec);

        context.RegisterSourceOutput(results.Select(static (r, _) => r.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var specs = results.Where(static r => r.Spec is not null).Select(static (r, _) => r.Spec!);
        context.RegisterSourceOutput(specs, static (spc, spec) =>
            spc.AddSource($"{spec.ClassName}.Descriptor.g.cs", Emitter.EmitDescriptor(spec)));

        context.RegisterSourceOutput(specs.Collect(), static (spc, all) =>
        {
            var sorted = all.OrderBy(s => s.Id, System.StringComparer.Ordinal).ThenBy(s => s.ClassName, System.StringComparer.Ordinal).ToArray();
            for (var i = 1; i < sorted.Length; i++)
            {
                if (sorted[i].Id == sorted[i - 1].Id)
                {
                    spc.ReportDiagnostic(Diagnostic.Create(
                        GeneratorDiagnostics.DuplicateRuleId,
                        sorted[i].Location?.ToLocation(),
                        sorted[i].Id,
                        sorted[i - 1].ClassName,
                        sorted[i].ClassName));
                }
            }

            var unique = sorted.GroupBy(s => s.Id).Select(g => g.First()).ToArray();
            spc.AddSource("RuleCatalog.g.cs", Emitter.EmitCatalog(unique));
        });
    }
}
