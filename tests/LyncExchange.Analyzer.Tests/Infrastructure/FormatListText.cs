namespace LyncExchange.Analyzer.Tests.Infrastructure;

/// <summary>
/// Lays out properties the way Format-List does (labels padded to the longest, " : ", blank line before each
/// object), for rule tests that need a minimal object rather than a whole fixture.
/// </summary>
public static class FormatListText
{
    public static string Object(params (string Name, string Value)[] properties)
    {
        var width = properties.Max(p => p.Name.Length);
        return "\n" + string.Concat(properties.Select(p => p.Name.PadRight(width) + " : " + p.Value + "\n"));
    }

    public static string Objects(params string[] objects) => string.Concat(objects) + "\n";
}
