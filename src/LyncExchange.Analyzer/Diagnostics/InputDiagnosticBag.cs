namespace LyncExchange.Analyzer.Diagnostics;

/// <summary>A thread-safe collector of input diagnostics.</summary>
public sealed class InputDiagnosticBag : IInputDiagnosticSink
{
    private readonly List<InputDiagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Report(InputDiagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public IReadOnlyList<InputDiagnostic> ToList()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }
}
