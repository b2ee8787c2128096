using System.Collections.Generic;
using System.Linq;
using LyncExchange.Analyzer.Generators.Common;
using LyncExchange.Analyzer.Generators.DumpRecords.Specs;

namespace LyncExchange.Analyzer.Generators.DumpRecords;

public sealed partial class DumpRecordGenerator
{
    internal static class Emitter
    {
        private const string B = KnownNames.Binding;

        public static string EmitBinder(DumpRecordSpec spec)
        {
            var w = new SourceWriter();
            WriteHeader(w);
            if (spec.Namespace.Length > 0)
            {
                w.WriteLine($"namespace {spec.Namespace};");
                w.WriteLine();
            }

            var kind = spec.IsRecord ? "record" : "class";
            w.WriteLine($"partial {kind} {spec.TypeName} : {B}.IDumpRecord<{spec.TypeName}>");
            w.OpenBrace();

            w.WriteLine("private const string RecordName = " + SourceWriter.Literal(spec.TypeName) + ";");
            w.WriteLine();
            w.WriteLine("private static readonly global::System.Collections.Frozen.FrozenDictionary<string, int> s_propertyIndex =");
            w.Indent();
            w.WriteLine("global::System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(new global::System.Collections.Generic.Dictionary<string, int>(global::System.StringComparer.OrdinalIgnoreCase)");
            w.OpenBrace();
            for (var i = 0; i < spec.Properties.Count; i++)
            {
                var p = spec.Properties[i];
                w.WriteLine($"[{SourceWriter.Literal(p.DumpName)}] = {i},");
                foreach (var alias in p.Aliases)
                {
                    w.WriteLine($"[{SourceWriter.Literal(alias)}] = {i},");
                }
            }

            w.CloseBrace(", global::System.StringComparer.OrdinalIgnoreCase);");
            w.Unindent();
            w.WriteLine();

            w.WriteLine($"private static readonly string[] s_dumpNames = [{string.Join(", ", spec.Properties.Select(p => SourceWriter.Literal(p.DumpName)))}];");
            w.WriteLine();

            w.WriteLine($"public static {B}.DumpRecordInfo Info {{ get; }} = new(");
            w.Indent();
            w.WriteLine("RecordName,");
            w.WriteLine($"typeof({spec.TypeName}),");
            w.WriteLine($"[{string.Join(", ", spec.CmdletNames.Select(SourceWriter.Literal))}],");
            w.WriteLine($"[{string.Join(", ", spec.TypeNames.Select(SourceWriter.Literal))}],");
            w.WriteLine("[.. s_dumpNames],");
            w.WriteLine($"[{string.Join(", ", spec.OtherProperties.Select(SourceWriter.Literal))}],");
            w.WriteLine("static (source, context) => Bind(source, context));");
            w.Unindent();
            w.WriteLine();

            w.WriteLine($"/// <summary>Where the object came from and what its dump lost.</summary>");
            w.WriteLine($"public {B}.RecordSource Source {{ get; init; }} = {B}.RecordSource.Empty;");
            w.WriteLine();
            w.WriteLine("/// <summary>Where each property's value sits in the dump.</summary>");
            w.WriteLine("public PropertyLocations Locations { get; init; }");
            w.WriteLine();
            if (spec.IdentityProperty is not null)
            {
                w.WriteLine($"public string ObjectIdentity => RecordName + \":\" + ({spec.IdentityProperty}?.ToString() ?? \"?\");");
                w.WriteLine();
            }

            w.WriteLine($"public static {spec.TypeName} Bind({KnownNames.Dumps}.DumpObject source, {B}.BindContext context)");
            w.OpenBrace();
            for (var i = 0; i < spec.Properties.Count; i++)
            {
                w.WriteLine($"{LocalType(spec.Properties[i])} v{i} = default;");
                w.WriteLine($"{KnownNames.Text}.DumpLocation l{i} = {KnownNames.Text}.DumpLocation.None;");
            }

            w.WriteLine("var present = global::System.Collections.Immutable.ImmutableArray.CreateBuilder<string>(source.Properties.Length);");
            w.WriteLine($"global::System.Collections.Immutable.ImmutableArray<{B}.TruncatedValue>.Builder? truncated = null;");
            w.WriteLine("foreach (var property in source.Properties)");
            w.OpenBrace();
            w.WriteLine("if (!s_propertyIndex.TryGetValue(property.Name, out var index))");
            w.OpenBrace();
            w.WriteLine("context.OnUnmatchedProperty(property, Info);");
            w.WriteLine("continue;");
            w.CloseBrace();
            w.WriteLine();
            w.WriteLine("present.Add(s_dumpNames[index]);");
            w.WriteLine("if (property.Value.IsTruncated || HasTruncatedItem(property.Value))");
            w.OpenBrace();
            w.WriteLine($"(truncated ??= global::System.Collections.Immutable.ImmutableArray.CreateBuilder<{B}.TruncatedValue>()).Add({B}.TruncatedValue.From(property with {{ Name = s_dumpNames[index] }}));");
            w.CloseBrace();
            w.WriteLine();
            w.WriteLine("switch (index)");
            w.OpenBrace();
            for (var i = 0; i < spec.Properties.Count; i++)
            {
                w.WriteLine($"case {i}:");
                w.Indent();
                w.WriteLine($"v{i} = {Conversion(spec.Properties[i])};");
                w.WriteLine($"l{i} = property.ValueLocation;");
                w.WriteLine("break;");
                w.Unindent();
            }

            w.CloseBrace();
            w.CloseBrace();
            w.WriteLine();
            w.WriteLine($"return new {spec.TypeName}");
            w.OpenBrace();
            for (var i = 0; i < spec.Properties.Count; i++)
            {
                w.WriteLine($"{spec.Properties[i].ClrName} = {Assignment(spec.Properties[i], i)},");
            }

            w.WriteLine($"Source = new {B}.RecordSource(source.SourcePath, source.Location, source.Cmdlet, truncated?.ToImmutable() ?? [], SharedPresent(present)),");
            w.WriteLine($"Locations = new PropertyLocations({string.Join(", ", Enumerable.Range(0, spec.Properties.Count).Select(i => "l" + i))}),");
            w.CloseBrace(";");
            w.CloseBrace();
            w.WriteLine();

            w.WriteLine("/// <summary>The objects of one cmdlet print the same properties: consecutive records share one list of them.</summary>");
            w.WriteLine("private static global::System.Collections.Immutable.ImmutableArray<string> s_lastPresent = [];");
            w.WriteLine();
            w.WriteLine("private static global::System.Collections.Immutable.ImmutableArray<string> SharedPresent(global::System.Collections.Immutable.ImmutableArray<string>.Builder present)");
            w.OpenBrace();
            w.WriteLine("var last = s_lastPresent;");
            w.WriteLine("if (last.Length == present.Count)");
            w.OpenBrace();
            w.WriteLine("var same = true;");
            w.WriteLine("for (var i = 0; i < last.Length && same; i++)");
            w.OpenBrace();
            w.WriteLine("// The names are s_dumpNames' own strings, so identity is equality.");
            w.WriteLine("same = ReferenceEquals(last[i], present[i]);");
            w.CloseBrace();
            w.WriteLine();
            w.WriteLine("if (same)");
            w.OpenBrace();
            w.WriteLine("return last;");
            w.CloseBrace();
            w.CloseBrace();
            w.WriteLine();
            w.WriteLine("var names = present.DrainToImmutable();");
            w.WriteLine("s_lastPresent = names;");
            w.WriteLine("return names;");
            w.CloseBrace();
            w.WriteLine();
            w.WriteLine($"private static bool HasTruncatedItem({KnownNames.Dumps}.DumpValue value)");
            w.OpenBrace();
            w.WriteLine("foreach (var item in value.Items)");
            w.OpenBrace();
            w.WriteLine("if (item.IsTruncated)");
            w.OpenBrace();
            w.WriteLine("return true;");
            w.CloseBrace();
            w.CloseBrace();
            w.WriteLine();
            w.WriteLine("return false;");
            w.CloseBrace();
            w.WriteLine();

            w.WriteLine("/// <summary>One location per bound property: where a rule points when it reports that property.</summary>");
            w.WriteLine($"public readonly record struct PropertyLocations({string.Join(", ", spec.Properties.Select(p => $"{KnownNames.Text}.DumpLocation {p.ClrName}"))});");
            w.CloseBrace();
            return w.ToString();
        }

        public static string EmitRegistry(IReadOnlyList<DumpRecordSpec> specs)
        {
            var w = new SourceWriter();
            WriteHeader(w);
            w.WriteLine("namespace LyncExchange.Analyzer.Model.Binding;");
            w.WriteLine();
            w.WriteLine("/// <summary>Every dump record type, sorted by name; built at compile time, no reflection.</summary>");
            w.WriteLine("public static partial class DumpRecordRegistry");
            w.OpenBrace();
            w.WriteLine("public static global::System.Collections.Immutable.ImmutableArray<DumpRecordInfo> All { get; } =");
            w.WriteLine("[");
            w.Indent();
            foreach (var spec in specs)
            {
                var full = spec.Namespace.Length > 0 ? "global::" + spec.Namespace + "." + spec.TypeName : spec.TypeName;
                w.WriteLine($"{full}.Info,");
            }

            w.Unindent();
            w.WriteLine("];");
            w.CloseBrace();
            return w.ToString();
        }

        private static void WriteHeader(SourceWriter w)
        {
            w.WriteLine("// <auto-generated/>");
            w.WriteLine("#nullable enable");
            w.WriteLine();
        }

        private static string LocalType(DumpPropertySpec p)
        {
            if (p.IsCollection)
            {
                return $"{B}.ValueList<{p.ElementTypeFullName}>";
            }

            return p.IsValueType ? p.ElementTypeFullName + "?" : p.ElementTypeFullName + "?";
        }

        private static string Conversion(DumpPropertySpec p)
        {
            const string Args = "(property, context, RecordName)";
            var c = $"{B}.ValueConverters.";
            if (p.IsCollection)
            {
                return p.Kind switch
                {
                    ValueKind.Enum => $"{c}ToEnumList<{p.ElementTypeFullName}>{Args}",
                    ValueKind.Parsed => $"{c}ToParsedList<{p.ElementTypeFullName}>{Args}",
                    _ => $"{c}ToTextList{Args}",
                };
            }

            return p.Kind switch
            {
                ValueKind.Text => $"{c}ToText{Args}",
                ValueKind.Boolean => $"{c}ToBoolean{Args}",
                ValueKind.Int32 => $"{c}ToInt32{Args}",
                ValueKind.Int64 => $"{c}ToInt64{Args}",
                ValueKind.Double => $"{c}ToDouble{Args}",
                ValueKind.Guid => $"{c}ToGuid{Args}",
                ValueKind.Uri => $"{c}ToUri{Args}",
                ValueKind.DateTime => $"{c}ToDateTime{Args}",
                ValueKind.TimeSpan => $"{c}ToTimeSpan{Args}",
                ValueKind.Enum => $"{c}ToEnum<{p.ElementTypeFullName}>{Args}",
                _ => $"{c}ToParsed<{p.ElementTypeFullName}>{Args}",
            };
        }

        private static string Assignment(DumpPropertySpec p, int index)
        {
            if (p.IsCollection)
            {
                return "v" + index;
            }

            if (p.IsValueType && !p.IsNullableValueType)
            {
                return $"v{index}.GetValueOrDefault()";
            }

            if (p.IsNonNullableReference)
            {
                return $"v{index} ?? string.Empty";
            }

            return "v" + index;
        }
    }
}
