using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LyncExchange.Analyzer.Generators.Common;

/// <summary>An equatable stand-in for <see cref="Location"/>, which must not enter pipeline models.</summary>
public sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location? location) =>
        location?.SourceTree is null ? null : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
}
