using System.Reflection;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>What every report says about the tool that wrote it. The version excludes build metadata (a commit hash) so reports stay byte-identical across builds.</summary>
public sealed record ToolInfo(string Name, string FullName, string SemanticVersion, string InformationUri)
{
    /// <summary>KB 2614242 is the article the rules implement; replace with the project's home page once it has one.</summary>
    public const string DefaultInformationUri = "https://support.microsoft.com/help/2614242";

    public static ToolInfo Current { get; } = FromAssembly(typeof(ToolInfo).Assembly);

    private static ToolInfo FromAssembly(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational is null
            ? assembly.GetName().Version?.ToString(3) ?? "0.0.0"
            : informational.Split('+')[0];
        return new ToolInfo("lxa", "LyncExchange.Analyzer", version, DefaultInformationUri);
    }
}
