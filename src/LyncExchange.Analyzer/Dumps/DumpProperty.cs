using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Dumps;

/// <summary>One property of a dumped object, with where its name and its value sit in the file.</summary>
public sealed record DumpProperty(string Name, DumpValue Value, DumpLocation NameLocation)
{
    public DumpLocation ValueLocation => Value.Location.IsNone ? NameLocation : Value.Location;
}
