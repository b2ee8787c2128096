using System.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Collector;

/// <summary>
/// Runs the repository's pinned PowerShell (<c>dotnet tool run pwsh</c>, .config/dotnet-tools.json) from the repository
/// root. CI runs <c>dotnet tool restore</c> first, so these tests run there.
/// </summary>
internal static class Pwsh
{
    private static readonly Lazy<string?> Unavailable = new(Probe);

    /// <summary>Why pwsh cannot run here, or null when it can.</summary>
    public static string? WhyUnavailable => Unavailable.Value;

    public static (int Exit, string Output, string Error) Run(TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])["tool", "run", "pwsh", "-NoProfile", "-NonInteractive", .. arguments])
        {
            start.ArgumentList.Add(a);
        }

        // Keep the collector's environment deterministic regardless of the test host's.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pwsh {string.Join(' ', arguments)} did not finish within {timeout}");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static string? Probe()
    {
        try
        {
            var (exit, output, error) = Run(TimeSpan.FromMinutes(2), "-Command", "$PSVersionTable.PSVersion.ToString()");
            return exit == 0 && output.Trim().Length > 0 ? null : $"'dotnet tool run pwsh' is not available (run 'dotnet tool restore'): {error.Trim()}";
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or TimeoutException)
        {
            return $"'dotnet tool run pwsh' is not available: {ex.Message}";
        }
    }
}

/// <summary>A fact that needs pwsh; skipped (not passed) only when <c>dotnet tool run pwsh</c> cannot run.</summary>
public sealed class PwshFactAttribute : FactAttribute
{
    public PwshFactAttribute()
    {
        if (Pwsh.WhyUnavailable is { } why)
        {
            Skip = why;
        }
    }
}
