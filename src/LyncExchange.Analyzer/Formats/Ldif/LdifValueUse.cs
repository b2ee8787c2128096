namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>What a typed reader does with an attribute's values: decode them, count their bytes, or only check them.</summary>
internal enum LdifValueUse
{
    Keep,
    LengthOnly,
    Skip,
}
