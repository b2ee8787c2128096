using System.Diagnostics.Tracing;
using System.Globalization;

namespace LyncExchange.Analyzer.Benchmarks;

/// <summary>
/// Samples the runtime's allocation ticks (one per ~100 KB allocated) by type, in process, so a benchmark can say
/// which types its allocations are without an external profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload![eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        lock (_bytesByType)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }

    public void Print(int top)
    {
        lock (_bytesByType)
        {
            foreach (var (type, bytes) in _bytesByType.OrderByDescending(p => p.Value).Take(top))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0,8:F1} MB  {type}"));
            }
        }
    }
}
