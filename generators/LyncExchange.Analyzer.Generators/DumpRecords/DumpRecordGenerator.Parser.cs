using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LyncExchange.Analyzer.Generators.Common;
using LyncExchange.Analyzer.Generators.DumpRecords.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LyncExchange.Analyzer.Generators.DumpRecords;

public sealed partial class DumpRecordGenerator
{
    internal static class Parser
    {
        public static DumpRecordParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var type = (INamedTypeSymbol)context.TargetSymbol;
            var syntax = (TypeDeclarationSyntax)context.TargetNode;
            var diagnostics = new List<DiagnosticInfo>();

            if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.RecordNotPartial, syntax.Identifier.GetLocation(), type.Name));
                return new DumpRecordParseResult(null, diagnostics.ToEquatableArray());
            }

            var attribute = context.Attributes[0];
            var cmdlets = attribute.ConstructorArguments.Length > 0
                ? attribute.ConstructorArguments[0].Values.Select(v => v.Value as string).Where(v => v is not null).Select(v => v!).ToEquatableArray()
                : ImmutableEquatableArray<string>.Empty;
            var typeNames = ImmutableEquatableArray<string>.Empty;
            var otherProperties = ImmutableEquatableArray<string>.Empty;
            string? identityProperty = "Identity";
            foreach (var named in attribute.NamedArguments)
            {
                switch (named.Key)
                {
                    case "TypeNames":
                        typeNames = named.Value.Values.Select(v => (string)v.Value!).ToEquatableArray();
                        break;
                    case "OtherProperties":
                        otherProperties = named.Value.Values.Select(v => (string)v.Value!).ToEquatableArray();
                        break;
                    case "IdentityProperty":
                        identityProperty = named.Value.Value as string;
                        break;
                }
            }

            var properties = new List<DumpPropertySpec>();
            foreach (var member in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member is not IPropertySymbol property
                    || property.IsStatic
                    || property.IsImplicitlyDeclared
                    || property.DeclaredAccessibility != Accessibility.Public
                    || property.SetMethod is null
                    || property.Name == "EqualityContract")
                {
                    continue;
                }

                var spec = ParseProperty(property, type, diagnostics);
                if (spec is not null)
                {
                    properties.Add(spec);
                }
            }

            if (identityProperty is not null && !properties.Any(p => p.ClrName == identityProperty))
            {
                identityProperty = null;
            }

            var spec2 = new DumpRecordSpec(
                type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(),
                type.Name,
                type.DeclaredAccessibility == Accessibility.Public ? "public" : "internal",
                type.IsRecord,
                cmdlets,
                typeNames,
                otherProperties,
                identityProperty,
                properties.ToEquatableArray());
            return new DumpRecordParseResult(spec2, diagnostics.ToEquatableArray());
        }

        private static DumpPropertySpec? ParseProperty(IPropertySymbol property, INamedTypeSymbol owner, List<DiagnosticInfo> diagnostics)
        {
            var dumpName = property.Name;
            var aliases = ImmutableEquatableArray<string>.Empty;
            foreach (var attribute in property.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == KnownNames.DumpPropertyAttribute)
                {
                    if (attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string name)
                    {
                        dumpName = name;
                    }

                    foreach (var named in attribute.NamedArguments)
                    {
                        if (named.Key == "Aliases")
                        {
                            aliases = named.Value.Values.Select(v => (string)v.Value!).ToEquatableArray();
                        }
                    }
                }
            }

            var type = property.Type;
            var isCollection = false;
            if (type is INamedTypeSymbol { IsGenericType: true } generic
                && generic.ConstructedFrom.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty).StartsWith("LyncExchange.Analyzer.Model.Binding.ValueList<", System.StringComparison.Ordinal))
            {
                isCollection = true;
                type = generic.TypeArguments[0];
            }

            var isNullableValueType = false;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                isNullableValueType = true;
                type = nullable.TypeArguments[0];
            }

            var kind = Classify(type);
            var isNonNullableReference = !isCollection && type.IsReferenceType && property.NullableAnnotation == NullableAnnotation.NotAnnotated;
            if (kind is null
                || (isCollection && kind is not (ValueKind.Text or ValueKind.Enum or ValueKind.Parsed))
                || (isNonNullableReference && kind != ValueKind.Text))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    GeneratorDiagnostics.UnsupportedPropertyType,
                    property.Locations.FirstOrDefault(),
                    property.Name,
                    owner.Name,
                    property.Type.ToDisplayString()));
                return null;
            }

            return new DumpPropertySpec(
                property.Name,
                dumpName,
                aliases,
                kind.Value,
                type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                isCollection,
                isNullableValueType,
                type.IsValueType,
                isNonNullableReference);
        }

        private static ValueKind? Classify(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_String: return ValueKind.Text;
                case SpecialType.System_Boolean: return ValueKind.Boolean;
                case SpecialType.System_Int32: return ValueKind.Int32;
                case SpecialType.System_Int64: return ValueKind.Int64;
                case SpecialType.System_Double: return ValueKind.Double;
                case SpecialType.System_DateTime: return ValueKind.DateTime;
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                return ValueKind.Enum;
            }

            var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            switch (name)
            {
                case "global::System.Guid": return ValueKind.Guid;
                case "global::System.Uri": return ValueKind.Uri;
                case "global::System.TimeSpan": return ValueKind.TimeSpan;
            }

            if (type.IsReferenceType && type.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::LyncExchange.Analyzer.Model.Binding.IDumpValue<TSelf>"))
            {
                return ValueKind.Parsed;
            }

            return null;
        }
    }
}
