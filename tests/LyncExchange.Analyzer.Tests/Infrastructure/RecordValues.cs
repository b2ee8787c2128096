using System.Collections;
using System.Globalization;
using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Tests.Infrastructure;

/// <summary>Compares two records' bound values, leaving out their provenance (Source, Locations).</summary>
public static class RecordValues
{
    public static List<string> Differences(IDumpRecord left, IDumpRecord right)
    {
        var differences = new List<string>();
        foreach (var property in left.GetType().GetProperties().Where(p => p.CanWrite && p.Name is not ("Source" or "Locations")))
        {
            var a = Render(property.GetValue(left));
            var b = Render(property.GetValue(right));
            if (a != b)
            {
                differences.Add($"{property.Name}: '{a}' vs '{b}'");
            }
        }

        return differences;
    }

    private static string Render(object? value) => value switch
    {
        null => "(null)",
        string s => s,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IEnumerable e => "{" + string.Join(", ", e.Cast<object?>().Select(Render)) + "}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
