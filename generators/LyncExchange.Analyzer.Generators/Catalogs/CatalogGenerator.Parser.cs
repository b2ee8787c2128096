using System.Linq;
using System.Threading;
using LyncExchange.Analyzer.Generators.Catalogs.Specs;
using LyncExchange.Analyzer.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LyncExchange.Analyzer.Generators.Catalogs;

public sealed partial class CatalogGenerator
{
    internal static class Parser
    {
        public static RuleParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var type = (INamedTypeSymbol)context.TargetSymbol;
            var syntax = (ClassDeclarationSyntax)context.TargetNode;
            var location = syntax.Identifier.GetLocation();
            var attribute = context.Attributes[0];
            cancellationToken.ThrowIfCancellationRequested();

            if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return Fail(DiagnosticInfo.Create(GeneratorDiagnostics.RecordNotPartial, location, type.Name));
            }

            var args = attribute.ConstructorArguments;
            var id = args.Length > 0 ? args[0].Value as string ?? string.Empty : string.Empty;
            var category = args.Length > 1 ? EnumMemberName(args[1]) : "InputQuality";
            var severity = args.Length > 2 ? EnumMemberName(args[2]) : "Warning";
            string title = string.Empty, message = string.Empty, helpUri = string.Empty, scenarios = "all";
            var tags = ImmutableEquatableArray<string>.Empty;
            foreach (var named in attribute.NamedArguments)
            {
                switch (named.Key)
                {
                    case "Title": title = named.Value.Value as string ?? string.Empty; break;
                    case "Message": message = named.Value.Value as string ?? string.Empty; break;
                    case "HelpUri": helpUri = named.Value.Value as string ?? string.Empty; break;
                    case "Scenarios": scenarios = named.Value.Value as string ?? "all"; break;
                    case "Tags": tags = named.Value.Values.Select(v => (string)v.Value!).ToEquatableArray(); break;
                }
            }

            if (!type.Name.StartsWith(id, System.StringComparison.Ordinal) || !DerivesFrom(type, KnownNames.RuleBaseClass))
            {
                return Fail(DiagnosticInfo.Create(GeneratorDiagnostics.RuleNameMismatch, location, type.Name, id));
            }

            var range = RangeOf(category);
            if (range is null || !InRange(id, range.Value.Low, range.Value.High))
            {
                var text = range is null ? "(unknown)" : $"LXA{range.Value.Low:0000}-LXA{range.Value.High:0000}";
                return Fail(DiagnosticInfo.Create(GeneratorDiagnostics.RuleIdOutOfRange, location, type.Name, id, text, category));
            }

            var spec = new RuleSpec(
                id,
                type.Name,
                type.ContainingNamespace.ToDisplayString(),
                category,
                severity,
                title,
                message,
                helpUri,
                scenarios,
                tags,
                LocationInfo.From(location));
            return new RuleParseResult(spec, ImmutableEquatableArray<DiagnosticInfo>.Empty);
        }

        private static RuleParseResult Fail(DiagnosticInfo diagnostic) =>
            new(null, new[] { diagnostic }.ToEquatableArray());

        private static bool DerivesFrom(INamedTypeSymbol type, string baseName)
        {
            for (var t = type.BaseType; t is not null; t = t.BaseType)
            {
                if (t.ToDisplayString() == baseName)
                {
                    return true;
                }
            }

            return false;
        }

        private static string EnumMemberName(TypedConstant constant)
        {
            if (constant.Type is INamedTypeSymbol enumType)
            {
                foreach (var member in enumType.GetMembers().OfType<IFieldSymbol>())
                {
                    if (member.HasConstantValue && Equals(member.ConstantValue, constant.Value))
                    {
                        return member.Name;
                    }
                }
            }

            return constant.Value?.ToString() ?? string.Empty;
        }

        // The ID ranges of RULES.md: 01xx DNS, 02xx directory, 03xx OWA, 04xx trusted apps, 05xx OAuth, 06xx hybrid, 09xx input.
        private static (int Low, int High)? RangeOf(string category) => category switch
        {
            "Dns" => (100, 199),
            "Directory" => (200, 299),
            "ExchangeOwa" => (300, 399),
            "LyncTrustedApplications" => (400, 499),
            "OAuth" => (500, 599),
            "Hybrid" => (600, 699),
            "InputQuality" => (900, 999),
            _ => null,
        };

        private static bool InRange(string id, int low, int high) =>
            id.Length == 7
            && id.StartsWith("LXA", System.StringComparison.Ordinal)
            && int.TryParse(id.Substring(3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number >= low && number <= high;
    }
}
