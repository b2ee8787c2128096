using System.Runtime.InteropServices;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.FormatList;

/// <summary>
/// Collects the properties of one Format-List object and turns each raw value into a <see cref="DumpValue"/>.
/// Reusable: <see cref="Flush"/> leaves it empty for the next object, so one builder serves a whole file.
/// </summary>
internal sealed class ObjectBuilder(string path, ReaderContext context)
{
    private readonly List<DumpProperty> _properties = [];
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<CollectionItem> _items = [];
    private int _firstLine;

    /// <summary>
    /// A repeated first label means the blank line between two objects was lost (a trimmed paste):
    /// start a new object instead of reporting a duplicate.
    /// </summary>
    public bool ShouldStartNewObject(string label) =>
        _properties.Count > 0 && string.Equals(_properties[0].Name, label, StringComparison.OrdinalIgnoreCase);

    public void Add(PendingProperty pending)
    {
        if (_properties.Count == 0)
        {
            _firstLine = pending.Line;
        }

        var nameLocation = DumpLocation.OnLine(path, pending.Line, 1, pending.Label.Length);
        if (!_names.Add(pending.Label))
        {
            context.Diagnostics.Report(new InputDiagnostic(
                InputDiagnosticIds.ParseError,
                nameLocation,
                $"property '{pending.Label}' appears twice in one object; the object boundary is ambiguous and the second value is ignored"));
            return;
        }

        _properties.Add(new DumpProperty(pending.Label, ToValue(pending), nameLocation));
    }

    public void Flush(List<DumpObject> results)
    {
        if (_properties.Count == 0)
        {
            return;
        }

        results.Add(new DumpObject
        {
            SourcePath = path,
            Location = DumpLocation.OnLine(path, _firstLine, 1, _properties[0].Name.Length),
            Properties = [.. _properties],
        });
        _properties.Clear();
        _names.Clear();
    }

    private DumpValue ToValue(PendingProperty pending)
    {
        var text = pending.TrimmedValue;
        var location = pending.LocationOf(path, 0, text.Length);
        if (text.Length == 0)
        {
            return DumpValue.Null(location);
        }

        if (text.Length >= 2 && text[0] == '{' && text[^1] == '}')
        {
            // What FormatListValueGrammar.TryParseCollection answers, without its intermediate collection.
            var mark = FormatListValueGrammar.SplitCollection(text, _items);
            var items = new DumpValue[_items.Count];
            for (var i = 0; i < items.Length; i++)
            {
                var item = _items[i];
                items[i] = DumpValue.Scalar(item.Text, pending.LocationOf(path, item.Offset, item.Length));
            }

            return new DumpValue
            {
                Kind = DumpValueKind.Collection,
                Items = ImmutableCollectionsMarshal.AsImmutableArray(items),
                Location = location,
                IsTruncated = mark is not null,
                TruncationMark = mark,
                Text = text,
            };
        }

        return DumpValue.Scalar(text, location);
    }
}
