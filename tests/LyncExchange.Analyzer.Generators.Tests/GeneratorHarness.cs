using System.Collections.Immutable;
using LyncExchange.Analyzer.Model.Binding;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LyncExchange.Analyzer.Generators.Tests;

/// <summary>Compiles a source snippet against the engine assembly and runs a generator over it, as the runtime's generator tests do.</summary>
internal static class GeneratorHarness
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    public static CSharpCompilation Compile(params string[] sources)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(DumpRecordAttribute).Assembly.Location))
            .ToList();
        return CSharpCompilation.Create(
            "GeneratorInput",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Input.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static GeneratorDriver CreateDriver(IIncrementalGenerator generator) =>
        CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (GeneratorDriverRunResult Result, ImmutableArray<Diagnostic> CompileDiagnostics) Run(IIncrementalGenerator generator, params string[] sources)
    {
        var compilation = Compile(sources);
        var driver = CreateDriver(generator).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (driver.GetRunResult(), errors);
    }

    public static string Print(GeneratorDriverRunResult result) =>
        string.Join("\n", result.GeneratedTrees
            .OrderBy(t => Path.GetFileName(t.FilePath), StringComparer.Ordinal)
            .Select(t => "// ==== " + Path.GetFileName(t.FilePath) + "\n" + t.GetText()));
}
