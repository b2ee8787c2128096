using System.CommandLine;

namespace LyncExchange.Analyzer.Cli;

/// <summary>The options shared by commands, each with its description.</summary>
internal static class CliOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Dump folders, files or .zip archives to analyse.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string> Format(params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", allowed) + ".",
            DefaultValueFactory = _ => allowed[0],
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<FileInfo?> Output() => new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
    };

    public static Option<string> FailOn()
    {
        var option = new Option<string>("--fail-on")
        {
            Description = "Exit with code 1 when a finding is at or above this severity (error, warning, info, none).",
            DefaultValueFactory = _ => "error",
        };
        option.AcceptOnlyFromAmong("error", "warning", "info", "hidden", "none");
        return option;
    }

    public static Option<string> SourceCulture() => new("--source-culture")
    {
        Description = "Culture the customer's shell formatted dates and numbers in.",
        DefaultValueFactory = _ => "en-US",
    };

    public static Option<string[]> Rule() => new("--rule")
    {
        Description = "Run only these rule IDs (repeatable).",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<string[]> ExcludeRule() => new("--exclude-rule")
    {
        Description = "Do not run these rule IDs (repeatable).",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<bool> Verbose() => new("--verbose")
    {
        Description = "Show stack traces of unexpected failures.",
    };
}
