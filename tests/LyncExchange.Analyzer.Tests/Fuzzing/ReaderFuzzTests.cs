using LyncExchange.Analyzer.Diagnostics;
using Xunit.Abstractions;

namespace LyncExchange.Analyzer.Tests.Fuzzing;

/// <summary>
/// The CI fuzz pass: a fixed number of seeded mutations per reader (a count, not a time, so every run tests the same
/// inputs and a failure reproduces). No exception may escape a reader and every problem must carry a location.
/// The long afl++ campaigns live in tests/LyncExchange.Analyzer.Fuzz; what they find is pinned in Hostile/.
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    /// <summary>Mutations per reader per CI run; FUZZ_ITERATIONS raises it for a longer local campaign.</summary>
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 2_500;

    /// <summary>A mutated fixture of at most 256 KiB is read in milliseconds; this much means a hang or a blow-up.</summary>
    private static readonly TimeSpan MaxPerInput = TimeSpan.FromSeconds(10);

    public static TheoryData<string> Targets => [.. FuzzTarget.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Read_SeededMutationsOfTheFixtures_NeverThrowAndLocateEveryProblem(string name)
    {
        var target = FuzzTarget.Named(name);
        var seeds = target.LoadSeeds();
        Assert.NotEmpty(seeds);
        var fuzzer = new MutationFuzzer(seeds, seed: 2614242 ^ StableHash(name));
        var diagnostics = 0L;
        var started = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < Iterations; i++)
        {
            var input = fuzzer.Next();
            var failure = RunOne(target, input, out var reported);
            if (failure is not null)
            {
                var saved = Save(name, i, input);
                Assert.Fail($"{name} iteration {i}: {failure} (input saved to {saved})");
            }

            diagnostics += reported;
        }

        output.WriteLine($"{name}: {Iterations:N0} mutations of {seeds.Count} seeds in {started.Elapsed.TotalSeconds:0.0}s, {diagnostics:N0} diagnostics");
    }

    [Fact]
    public void Fuzzer_SameSeed_GivesTheSameInputs()
    {
        var seeds = FuzzTarget.Named("clixml").LoadSeeds();
        var a = new MutationFuzzer(seeds, 7);
        var b = new MutationFuzzer(seeds, 7);
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(a.Next(), b.Next());
        }
    }

    /// <summary>Runs one input on a worker so that a hang fails the test instead of stalling CI.</summary>
    internal static string? RunOne(FuzzTarget target, byte[] input, out int reported)
    {
        IReadOnlyList<InputDiagnostic> diagnostics = [];
        var task = Task.Run(() => diagnostics = target.Run(input).Diagnostics);
        try
        {
            if (!task.Wait(MaxPerInput))
            {
                reported = 0;
                return $"reading took more than {MaxPerInput.TotalSeconds:0}s";
            }
        }
        catch (AggregateException ex)
        {
            reported = 0;
            return "exception escaped the reader: " + ex.InnerException;
        }

        reported = diagnostics.Count;
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            if (location.IsNone || string.IsNullOrEmpty(location.Path) || location.Line < 1 || location.Column < 1)
            {
                return $"diagnostic {diagnostic.Id} '{diagnostic.Message}' has no usable location ({location})";
            }

            if (!diagnostic.Id.StartsWith("LXA09", StringComparison.Ordinal))
            {
                return $"diagnostic id {diagnostic.Id} is not an LXA09xx input diagnostic";
            }
        }

        return null;
    }

    private static string Save(string name, int iteration, byte[] input)
    {
        var folder = Path.Combine(Path.GetTempPath(), "lxa-fuzz-crashes");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}-{iteration}.bin");
        File.WriteAllBytes(path, input);
        return path;
    }

    /// <summary>string.GetHashCode is randomised per process; the fuzz seed must not be.</summary>
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
