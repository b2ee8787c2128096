using System.CommandLine;

namespace LyncExchange.Analyzer.Cli.Commands;

/// <summary>
/// <c>lxa collector [--output FILE]</c>: writes Collect-LyncExchangeDump.ps1, embedded in this executable, byte for
/// byte, so a support engineer can hand it to a customer on an air-gapped machine.
/// </summary>
internal static class CollectorCommand
{
    public const string ResourceName = "Collect-LyncExchangeDump.ps1";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the script to this file instead of standard output." };
        var command = new Command("collector", "Write the collection script Collect-LyncExchangeDump.ps1 (run it in the Exchange and the Lync Server Management Shell).") { output };
        command.SetAction(parse =>
        {
            var bytes = ReadScript();
            if (parse.GetValue(output) is { } file)
            {
                try
                {
                    File.WriteAllBytes(file.FullName, bytes);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"lxa: cannot write '{file.FullName}': {ex.Message}");
                    return ExitCodes.InputError;
                }

                return ExitCodes.Clean;
            }

            // The script is ASCII (a test checks it), so text and bytes are the same on any console encoding.
            stdout.Write(System.Text.Encoding.ASCII.GetString(bytes));
            stdout.Flush();
            return ExitCodes.Clean;
        });
        return command;
    }

    public static byte[] ReadScript()
    {
        using var stream = typeof(CollectorCommand).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
