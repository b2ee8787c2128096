namespace LyncExchange.Analyzer.Generators.DumpRecords.Specs;

/// <summary>How a dump property's text becomes a typed value; one runtime converter per kind.</summary>
public enum ValueKind
{
    Text,
    Boolean,
    Int32,
    Int64,
    Double,
    Guid,
    Uri,
    DateTime,
    TimeSpan,
    Enum,
    Parsed,
}
