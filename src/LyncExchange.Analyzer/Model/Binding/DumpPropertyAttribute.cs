namespace LyncExchange.Analyzer.Model.Binding;

/// <summary>Names the dump property a record property binds from, when the CLR name differs.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class DumpPropertyAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>Other spellings seen in the wild (older product versions, <c>Select-Object</c> aliases).</summary>
    public string[] Aliases { get; init; } = [];
}
